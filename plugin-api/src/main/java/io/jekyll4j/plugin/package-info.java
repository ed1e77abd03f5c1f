/**
 * jekyll4j's public plugin API, version {@value io.jekyll4j.plugin.PluginApi#VERSION}: Jekyll's
 * plugin types in Java. It is its own artifact, {@code io.jekyll4j:jekyll4j-plugin-api}, which a
 * plugin depends on with scope {@code provided} (the engine brings it at run time).
 *
 * <ul>
 *   <li>{@link io.jekyll4j.plugin.Generator}: runs after the site is read, before it renders; may
 *       add pages, documents and data (Jekyll's {@code Jekyll::Generator}).
 *   <li>{@link io.jekyll4j.plugin.Converter}: turns a source extension into output (Jekyll's
 *       {@code Jekyll::Converter}).
 *   <li>{@link io.jekyll4j.plugin.LiquidTag}, {@link io.jekyll4j.plugin.LiquidBlock} and {@link
 *       io.jekyll4j.plugin.LiquidFilter}: Liquid tags, blocks and filters ({@code
 *       Liquid::Template.register_tag} and {@code register_filter}).
 *   <li>{@link io.jekyll4j.plugin.SiteHooks} and {@link io.jekyll4j.plugin.ItemHooks}: Jekyll's
 *       {@code Jekyll::Hooks.register} owners and events, as typed callbacks.
 * </ul>
 *
 * <p>A plugin is a public class with a public no-argument constructor that implements one or more
 * of these interfaces, listed in {@code META-INF/services/io.jekyll4j.plugin.Plugin} of its jar
 * ({@link java.util.ServiceLoader}). A jar in the site's {@code plugins_dir} ({@code _plugins/})
 * is loaded whole; a plugin on the class path runs when the site's {@code plugins} lists its
 * {@link io.jekyll4j.plugin.Plugin#name()}. Plugins see the site through read-only views ({@link
 * io.jekyll4j.plugin.SiteView}, {@link io.jekyll4j.plugin.PageView}, {@link
 * io.jekyll4j.plugin.DocumentView}, {@link io.jekyll4j.plugin.StaticFileView}, {@link
 * io.jekyll4j.plugin.ConfigView}) and change it only through the contexts and return values the
 * API gives them: {@link io.jekyll4j.plugin.GenerateContext} (add, update or paginate pages and
 * documents, set config, data and layouts), {@link io.jekyll4j.plugin.SiteInit} (complete the
 * configuration in {@code :after_init}), {@link io.jekyll4j.plugin.TagContext} (includes, filters
 * and Liquid rendering from a tag) and {@link io.jekyll4j.plugin.HookContext} (the HTML text
 * rewrite of html-pipeline plugins). A plugin stops the build on purpose with {@link
 * io.jekyll4j.plugin.PluginException} (or, from Liquid, {@link io.jekyll4j.plugin.LiquidException}).
 *
 * <p>jekyll4j's own plugins (package {@code io.jekyll4j.plugins}) use this API and nothing else:
 * what one of them needs from the engine, the API offers every plugin. This package depends on
 * nothing but the JDK.
 */
package io.jekyll4j.plugin;
