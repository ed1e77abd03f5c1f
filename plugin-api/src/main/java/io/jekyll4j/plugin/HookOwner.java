package io.jekyll4j.plugin;

import java.util.Objects;

/**
 * The owner of item hooks, Jekyll's first argument of {@code Jekyll::Hooks.register}: {@link
 * #PAGES} ({@code :pages}), {@link #DOCUMENTS} ({@code :documents}), or one collection by its label
 * ({@code :posts}, {@code :recipes}, ...: {@link #collection(String)}).
 *
 * <p>As Jekyll's {@code Document#trigger_hooks} does, a document of a collection fires the hooks
 * of its collection's label first, then the {@code :documents} hooks; a page fires the {@code
 * :pages} hooks. Owners are names, as Jekyll's symbols are: {@code collection("posts")} is {@link
 * #POSTS}, and a collection labelled {@code pages} or {@code documents} fires the hooks of that
 * owner, as in Jekyll.
 *
 * <p>This was an enum before collections could own hooks: the constants are unchanged, but a set
 * of owners is made with {@link java.util.Set#of}, not {@code EnumSet.of}.
 */
public final class HookOwner {
  /** Every page ({@code :pages}). */
  public static final HookOwner PAGES = new HookOwner("pages");
  /** Every document of every collection, posts included ({@code :documents}). */
  public static final HookOwner DOCUMENTS = new HookOwner("documents");
  /** The documents of the posts collection ({@code :posts}); equal to {@code collection("posts")}. */
  public static final HookOwner POSTS = new HookOwner("posts");

  private final String label;

  private HookOwner(String label) {
    this.label = label;
  }

  /**
   * The owner of the hooks of the collection with this label (Jekyll's {@code
   * Jekyll::Hooks.register :recipes, ...}): its documents fire these hooks, then the {@link
   * #DOCUMENTS} hooks.
   *
   * @param label the collection's label, as in the site's {@code collections:} ({@code "posts"}
   *     gives {@link #POSTS})
   * @throws IllegalArgumentException if the label is empty
   */
  public static HookOwner collection(String label) {
    Objects.requireNonNull(label, "label");
    if (label.isEmpty()) throw new IllegalArgumentException("a collection's label is not empty");
    return switch (label) {
      case "pages" -> PAGES;
      case "documents" -> DOCUMENTS;
      case "posts" -> POSTS;
      default -> new HookOwner(label);
    };
  }

  /** The owner's name, Jekyll's symbol without its colon: {@code "pages"}, {@code "recipes"}. */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HookOwner h && h.label.equals(label);
  }

  @Override
  public int hashCode() {
    return label.hashCode();
  }

  /** Jekyll's symbol: {@code :pages}, {@code :recipes}. */
  @Override
  public String toString() {
    return ":" + label;
  }
}
