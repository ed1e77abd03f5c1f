package io.jekyll4j.render;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Layout;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.drop.Drops;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders one page or document as Jekyll's {@code Renderer#run} does: Liquid in the body (when it
 * has Liquid markup), then the converter, then the layout chain with {@code content} and the
 * merged {@code layout.*} data. Stateless apart from the engines it is given; each call builds
 * its own payload, so items can render in parallel.
 */
public final class ItemRenderer {
  private final Site site;
  private final LiquidEngine liquid;
  private final ConverterSet converters;
  private final Drops drops;
  private final Map<String, Object> jekyll;
  private final Diagnostics diagnostics;
  private final Path source;
  private final RenderProfile profile;
  private final RenderHooks hooks;
  private final Map<String, Object> globals;

  public ItemRenderer(
      Site site, LiquidEngine liquid, ConverterSet converters, Drops drops,
      Map<String, Object> jekyll, Diagnostics diagnostics, Path source, RenderProfile profile) {
    this(site, liquid, converters, drops, jekyll, diagnostics, source, profile, PostRender.NONE);
  }

  /** As the other constructor, with the plugins' hooks applied to each item. */
  public ItemRenderer(
      Site site, LiquidEngine liquid, ConverterSet converters, Drops drops,
      Map<String, Object> jekyll, Diagnostics diagnostics, Path source, RenderProfile profile,
      RenderHooks hooks) {
    this(site, liquid, converters, drops, jekyll, diagnostics, source, profile, hooks, Map.of());
  }

  /**
   * As the other constructors, with more top-level Liquid variables for every item ({@code
   * theme}), which the item's own ({@code site}, {@code page} ...) never yield to.
   */
  public ItemRenderer(
      Site site, LiquidEngine liquid, ConverterSet converters, Drops drops,
      Map<String, Object> jekyll, Diagnostics diagnostics, Path source, RenderProfile profile,
      RenderHooks hooks, Map<String, Object> globals) {
    this.globals = globals;
    this.hooks = hooks;
    this.site = site;
    this.liquid = liquid;
    this.converters = converters;
    this.drops = drops;
    this.jekyll = jekyll;
    this.diagnostics = diagnostics;
    this.source = source;
    this.profile = profile;
    refuseRelativePermalinks(site);
  }

  /** Jekyll aborts before rendering a site that still sets {@code relative_permalinks} (gone since 3.0). */
  private static void refuseRelativePermalinks(Site site) {
    Object v = site.config().raw().get("relative_permalinks");
    if (v != null && !Boolean.FALSE.equals(v)) {
      throw new BuildException(
          io.jekyll4j.diag.SourceLocation.of("_config.yml"),
          "relative_permalinks: since v3.0, permalinks for pages in subfolders must be relative to the site"
              + " source directory, not the parent directory. Check https://jekyllrb.com/docs/upgrading/ for more info.");
    }
  }

  /** Renders Liquid, recording the template in the profile when one is kept. */
  private String liquid(String file, String text, int line, Map<String, Object> payload) {
    if (profile == null) return liquid.render(file, text, line, payload);
    long t = System.nanoTime();
    String out = liquid.render(file, text, line, payload);
    profile.record(file, out.length(), System.nanoTime() - t);
    return out;
  }

  /** Renders the item and stores its content and output on it. */
  public void render(Convertible item) {
    render(item, Map.of());
  }

  /**
   * Renders the item with extra top-level variables in the outermost Liquid scope (beside {@code
   * site} and {@code page}), as a {@code :pre_render} hook that writes into the payload would.
   */
  public void render(Convertible item, Map<String, Object> globals) {
    Map<String, Object> payload = payload(item);
    payload.put("layout", contentLayout(item));
    globals.forEach(payload::putIfAbsent);
    hooks.preRender(item, payload);
    String ext = item.extension();
    String body = item.body();
    if (!Boolean.FALSE.equals(item.data().get("render_with_liquid"))) {
      body = liquid(item.relativePath(), body, item.bodyLine(), payload);
    }
    Path dir = source.resolve(item.relativePath()).getParent();
    String content;
    try {
      content = hooks.postConvert(item, converters.convert(ext, body, item.relativePath(), dir));
    } catch (io.jekyll4j.diag.BuildException e) {
      // a converter counts lines in the content; the file's lines start after the front matter
      var at = e.location().orElse(null);
      if (at == null || at.line() <= 0 || !at.path().equals(item.relativePath()) || item.bodyLine() <= 1) throw e;
      io.jekyll4j.diag.BuildException moved = new io.jekyll4j.diag.BuildException(
          new io.jekyll4j.diag.SourceLocation(at.path(), at.line() + item.bodyLine() - 1), e.getMessage(), e.getCause());
      throw moved;
    } catch (io.jekyll4j.convert.NestingTooDeepException e) {
      throw new io.jekyll4j.diag.BuildException(
          new io.jekyll4j.diag.SourceLocation(item.relativePath(), item.bodyLine() + e.line() - 1),
          e.getMessage(), e);
    }
    item.setContent(content);
    String output = content;
    if (placeInLayout(item)) output = placeInLayouts(item, content, payload);
    item.setOutput(hooks.postRender(item, output));
  }

  private Map<String, Object> payload(Convertible item) {
    Map<String, Object> payload = new HashMap<>();
    payload.put("site", drops.siteDropFor(item));
    payload.put("page", drops.pageVariable(item));
    payload.put("jekyll", jekyll);
    payload.put("layout", null);
    payload.put("content", null);
    payload.put(
        "paginator",
        item instanceof Page page ? page.pager().map(drops::paginator).orElse(null) : null);
    payload.put("highlighter_prefix", null);
    payload.put("highlighter_suffix", null);
    globals.forEach(payload::putIfAbsent);
    return payload;
  }

  private volatile Map<Convertible, Map<String, Object>> leftovers;

  /**
   * What {@code layout} holds while an item's own content renders. Jekyll's {@code
   * assign_layout_data!} deep-merges the item's layout data under the {@code layout} the shared
   * site payload still holds from the item rendered before it (documents of each collection, then
   * pages; {@code place_in_layouts} resets it and leaves the merged data of that item's layout
   * chain). That order is fixed, so the value is computed here for every item at once, and items
   * can still render in any order.
   */
  private Map<String, Object> contentLayout(Convertible item) {
    Map<Convertible, Map<String, Object>> m = leftovers;
    if (m == null) {
      synchronized (this) {
        if (leftovers == null) leftovers = computeLeftovers();
        m = leftovers;
      }
    }
    return withDirectLayout(item, m.get(item));
  }

  private Map<String, Object> withDirectLayout(Convertible item, Map<String, Object> left) {
    String name = item.layoutName();
    Layout direct = name == null ? null : site.layouts().get(name);
    if (direct == null) return left;
    Map<String, Object> out = new java.util.LinkedHashMap<>(direct.data());
    if (left != null) io.jekyll4j.config.ConfigLoader.deepMerge(out, left);
    return out;
  }

  private Map<Convertible, Map<String, Object>> computeLeftovers() {
    Map<Convertible, Map<String, Object>> out = new java.util.IdentityHashMap<>();
    List<Convertible> order = new java.util.ArrayList<>();
    site.collections().values().forEach(order::addAll);
    order.addAll(site.pages());
    Map<String, Object> current = null;
    for (Convertible item : order) {
      out.put(item, current);
      current = placeInLayout(item) ? chainData(item) : withDirectLayout(item, current);
    }
    return out;
  }

  /** The {@code layout} data left after an item's layout chain rendered (null without a layout). */
  private Map<String, Object> chainData(Convertible item) {
    String name = item.layoutName();
    Layout layout = name == null ? null : site.layouts().get(name);
    Map<String, Object> data = null;
    Set<String> used = new HashSet<>();
    while (layout != null) {
      used.add(layout.name());
      Map<String, Object> merged = new java.util.LinkedHashMap<>(layout.data());
      if (data != null) io.jekyll4j.config.ConfigLoader.deepMerge(merged, data);
      data = merged;
      String parent = layout.parentName();
      if (parent == null || used.contains(parent)) break;
      layout = site.layouts().get(parent);
    }
    return data;
  }

  private boolean placeInLayout(Convertible item) {
    String ext = item.extension();
    if (ext.equals(".scss") || ext.equals(".sass") || ext.equals(".coffee")) return false;
    return !"none".equals(item.layoutName());
  }

  private String placeInLayouts(Convertible item, String content, Map<String, Object> payload) {
    String name = item.layoutName();
    if (name == null) return content;
    Layout layout = site.layouts().get(name);
    if (layout == null) {
      diagnostics.warn(
          "Build Warning: Layout '" + name + "' requested in " + item.relativePath() + " does not exist.");
      return content;
    }
    String output = content;
    Set<String> used = new HashSet<>();
    Map<String, Object> layoutData = new HashMap<>();
    while (layout != null) {
      used.add(layout.name());
      payload.put("content", output);
      Map<String, Object> merged = new HashMap<>(layout.data());
      merged.putAll(layoutData);
      layoutData = merged;
      payload.put("layout", layoutData);
      try {
        output = liquid(layout.relativePath(), layout.body(), layout.bodyLine(), payload);
      } catch (BuildException e) {
        throw e.within("rendering " + item.relativePath());
      }
      String parent = layout.parentName();
      if (parent == null || used.contains(parent)) break;
      layout = site.layouts().get(parent);
    }
    return output;
  }

  /**
   * Prepares Jekyll's document excerpt, rendered on first use: a front-matter {@code excerpt} is
   * used as it is; otherwise, with a non-empty separator, the extracted head is rendered (Liquid
   * when it has Liquid markup, then the converter, no layout). Call for every document before
   * rendering anything, since any item may read any excerpt.
   */
  public void prepareExcerpt(Document doc) {
    Object given = doc.data().get("excerpt");
    if (given != null) {
      doc.setExcerptSource(() -> String.valueOf(given));
      return;
    }
    Object sepData = doc.data().get("excerpt_separator");
    String sep = sepData != null ? String.valueOf(sepData) : site.config().string("excerpt_separator", "\n\n");
    if (sep.isEmpty()) return;
    // Jekyll builds the excerpt when it reads the document, so its warning comes for every
    // document whose separator cuts a Liquid block open, used or not.
    // a body without {% cuts no Liquid block open: known without reading a body not read yet
    if (!doc.bodyKnownFreeOfLiquid()) Excerpts.checkModified(doc.excerptBody(), sep, () -> excerptModified(doc, sep));
    doc.setExcerptSource(() -> renderExcerpt(doc, Excerpts.extract(doc.excerptBody(), sep)));
  }

  /** Excerpt#print_build_warning. */
  private void excerptModified(Document doc, String sep) {
    diagnostics.warn("Warning: Excerpt modified in " + doc.jekyllRelativePath() + "!");
    diagnostics.warn("Found a Liquid block containing the excerpt separator " + rubyInspect(sep) + ".");
    diagnostics.warn("The block has been modified with the appropriate closing tag.");
    diagnostics.warn("Feel free to define a custom excerpt or excerpt_separator in the");
    diagnostics.warn("document's Front Matter if the generated excerpt is unsatisfactory.");
  }

  /** Ruby's String#inspect for a separator: quoted, with \n, \t, \" and \\ escaped. */
  private static String rubyInspect(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private String renderExcerpt(Document doc, String excerpt) {
    boolean liquidMarkup = excerpt.contains("{%") || excerpt.contains("{{");
    if (liquidMarkup && !Boolean.FALSE.equals(doc.data().get("render_with_liquid"))) {
      excerpt = liquid.render(doc.relativePath(), excerpt, doc.bodyLine(), payload(doc));
    }
    Path dir = source.resolve(doc.relativePath()).getParent();
    return converters.convert(doc.extension(), excerpt, doc.relativePath(), dir);
  }
}
