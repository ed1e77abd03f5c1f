package io.jekyll4j.plugin;

import java.util.Map;
import java.util.Set;

/**
 * Jekyll's {@code :pages}, {@code :documents}, {@code :posts} and any collection's hooks as typed
 * callbacks, for the items of the {@link #owners()}; implement the events you need.
 *
 * <table>
 *   <caption>The item events</caption>
 *   <tr><th>Jekyll</th><th>method</th><th>when</th></tr>
 *   <tr><td>{@code :post_init}</td><td>{@link #postInit}</td><td>the item is read (or generated)</td></tr>
 *   <tr><td>{@code :pre_render}</td><td>{@link #preRender}</td><td>before its Liquid; the payload may be changed</td></tr>
 *   <tr><td>{@code :post_convert}</td><td>{@link #postConvert}</td><td>converted, before layouts: returns the content</td></tr>
 *   <tr><td>{@code :post_render}</td><td>{@link #postRender}</td><td>in its layouts: returns the output</td></tr>
 *   <tr><td>{@code :post_write}</td><td>{@link #postWrite}</td><td>its output is written</td></tr>
 * </table>
 */
public interface ItemHooks extends Plugin {
  /**
   * Whose events these are ({@code Set.of(HookOwner.PAGES, HookOwner.collection("recipes"))}). A
   * document fires the hooks of its collection ({@link HookOwner#POSTS} for a post, {@link
   * HookOwner#collection(String)} for the others), then the {@link HookOwner#DOCUMENTS} hooks, as
   * Jekyll's {@code Document#trigger_hooks} does: hooks owning both run twice for it.
   */
  Set<HookOwner> owners();

  /** The order among the hooks of one owner: higher first, then load order (Jekyll's hook priority). */
  default Priority priority() {
    return Priority.NORMAL;
  }

  /** {@code :post_init}: the item exists (read from a file or added by a generator). */
  default void postInit(ItemView item) {}

  /**
   * {@code :pre_render}: before the item's Liquid; entries put into {@code payload} become
   * top-level Liquid variables of its render ({@code page} and {@code site} are there too).
   */
  default void preRender(ItemView item, Map<String, Object> payload) {}

  /** {@code :post_convert}: the item's converted content, which the result replaces. */
  default String postConvert(ItemView item, String content) {
    return content;
  }

  /** {@code :post_render}: the item's output (in its layouts), which the result replaces. */
  default String postRender(ItemView item, String output) {
    return output;
  }

  /**
   * {@code :post_render} with the site's configuration and the engine's HTML rewriting at hand;
   * the engine calls this one, which calls {@link #postRender(ItemView, String)} unless overridden.
   */
  default String postRender(ItemView item, String output, HookContext context) {
    return postRender(item, output);
  }

  /** {@code :post_write}: the item's output is written. */
  default void postWrite(ItemView item) {}
}
