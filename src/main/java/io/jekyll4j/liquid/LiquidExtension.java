package io.jekyll4j.liquid;

import io.jekyll4j.plugin.Plugin;
import io.jekyll4j.liquid.tag.Partials;
import java.util.function.Consumer;
import liqp.tags.Tag;

/**
 * How a built-in plugin whose tags need the engine's Liquid internals (include files, the drops of
 * the page being rendered) adds them: an engine-side sibling of the public {@link
 * io.jekyll4j.plugin.LiquidTag}, used only by plugins shipped with jekyll4j. The engine calls
 * {@link #extend} once per Liquid engine when the plugin is enabled.
 */
public interface LiquidExtension extends Plugin {
  /** Adds this plugin's tags. */
  void extend(Registry registry);

  /** What an extension may add, and the engine services its tags may use. */
  interface Registry {
    /**
     * Adds a tag named {@code markupName}; it receives its markup as {@link
     * io.jekyll4j.liquid.parse.Origin#of} reads it.
     */
    void tag(String markupName, Tag tag);

    /** Makes {@code {% name ... %}} an {@code include} that receives its raw markup. */
    void includeAlias(String name);

    /** The include files and template cache. */
    Partials partials();

    /** Where Liquid warnings go. */
    Consumer<String> warnings();
  }
}
