package io.jekyll4j.plugins.sitemap;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.StaticFileView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The jekyll-sitemap generator (1.4), written on the public plugin API alone: adds a {@code
 * /sitemap.xml} page listing the documents of output collections, the HTML pages and the static
 * HTML and PDF files (its Liquid template does the listing), and a {@code /robots.txt} page
 * pointing at it. Either is left out when a page or static file of the site already has that URL.
 */
public final class SitemapPlugin implements Generator {
  /** jekyll-sitemap keeps the line break after a {@code >} but drops the indentation after it. */
  private static final Pattern MINIFY = Pattern.compile("(?<=>\n|})\\s+");

  @Override
  public String name() {
    return "jekyll-sitemap";
  }

  @Override
  public Priority priority() {
    return Priority.LOWEST;
  }

  /** The pages it adds render on every rebuild and record what they list. */
  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void generate(GenerateContext ctx) {
    List<String> taken = new ArrayList<>();
    for (PageView p : ctx.site().pages()) taken.add(ctx.urlOf(p));
    for (StaticFileView f : ctx.site().staticFiles()) taken.add(f.url());
    if (!taken.contains("/sitemap.xml")) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("layout", null);
      data.put("xsl", taken.contains("/sitemap.xsl"));
      ctx.addPage("sitemap.xml", data, MINIFY.matcher(template("sitemap.xml")).replaceAll(""));
    }
    if (!taken.contains("/robots.txt")) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("layout", null);
      ctx.addPage("robots.txt", data, template("robots.txt"));
    }
  }

  private static String template(String name) {
    try (InputStream in = SitemapPlugin.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing bundled template " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
