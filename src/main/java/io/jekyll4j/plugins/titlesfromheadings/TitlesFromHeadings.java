package io.jekyll4j.plugins.titlesfromheadings;

import io.jekyll4j.plugins.ghpages.GhPagesSite;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jekyll-titles-from-headings generator (0.5.3): a Markdown page without {@code title} takes
 * the text of the heading its body starts with (Markdown converted, tags stripped, white space
 * folded). With {@code titles_from_headings: {collections: true}} written documents take it too,
 * even over a title of their own. {@code strip_title} (option, or a page's own front matter)
 * removes that heading from the body; a post's excerpt is then cut again.
 */
final class TitlesFromHeadings {
  static final String PLUGIN = "jekyll-titles-from-headings";
  private static final String KEY = "titles_from_headings";
  /** The gem's heading at the start of the body: ATX (one to three {@code #}) or setext. */
  static final Pattern HEADING = Pattern.compile(
      "\\A\\s*(?:#{1,3}\\s+(.*)(?:\\s+#{1,3})?|(.*)\\r?\\n[-=]+\\s*)$", Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]*\\]");
  private static final Pattern HTML_BLOCKS =
      Pattern.compile("<script.*?</script>|<!--.*?-->|<style.*?</style>", Pattern.DOTALL);
  private static final Pattern HTML_TAGS = Pattern.compile("<.*?>", Pattern.DOTALL);

  private TitlesFromHeadings() {}

  static Site generate(Site site, boolean future, UnaryOperator<String> markdownify) {
    SiteConfig config = site.config();
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled"))) return site;
    List<Page> pages = new ArrayList<>();
    for (Page p : site.pages()) pages.add((Page) titled(config, p, markdownify));
    Map<String, List<Document>> collections = site.collections();
    if (Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "collections"))) {
      Map<Document, Document> done = new java.util.IdentityHashMap<>();
      for (Document d : GhPagesSite.docsToWrite(site, future)) done.put(d, (Document) titled(config, d, markdownify));
      collections = new LinkedHashMap<>();
      for (Map.Entry<String, List<Document>> e : site.collections().entrySet()) {
        collections.put(e.getKey(), e.getValue().stream().map(d -> done.getOrDefault(d, d)).toList());
      }
    }
    return GhPagesSite.with(site, pages, collections, site.staticFiles());
  }

  private static Convertible titled(SiteConfig config, Convertible item, UnaryOperator<String> markdownify) {
    if (!GhPagesSite.markdown(config, item.extension())) return item;
    // a document's title may be the one inferred from its file name: the heading wins over it
    if (!(item instanceof Document) && item.data().get("title") != null) return item;
    Map<String, Object> data = new LinkedHashMap<>(item.data());
    Matcher m = HEADING.matcher(item.body());
    if (m.find()) data.put("title", plain(m.group(1) != null ? m.group(1) : m.group(2), markdownify));
    else data.put("title", item.data().get("title"));
    String body = item.body();
    boolean strip = data.containsKey("strip_title")
        ? Boolean.TRUE.equals(data.get("strip_title"))
        : Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "strip_title"));
    boolean newExcerpt = false;
    if (strip) {
      body = rubyStrip(HEADING.matcher(body).replaceFirst(""));
      newExcerpt = item instanceof Document d && d.collection().equals("posts");
    }
    return GhPagesSite.copy(item, data, body, newExcerpt);
  }

  /** Ruby's {@code String#strip}: ASCII white space (and trailing NULs), not Unicode spaces. */
  private static String rubyStrip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && " \t\n\u000B\f\r".indexOf(s.charAt(start)) >= 0) start++;
    while (end > start && " \t\n\u000B\f\r\0".indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(start, end);
  }

  /** The gem's {@code strip_markup}: markdownify, strip_html, normalize_whitespace, no footnote marks. */
  private static String plain(String heading, UnaryOperator<String> markdownify) {
    String html = markdownify.apply(heading);
    String text = HTML_TAGS.matcher(HTML_BLOCKS.matcher(html).replaceAll("")).replaceAll("");
    text = rubyStrip(text.replaceAll("\\s+", " "));
    return FOOTNOTE.matcher(text).replaceAll("");
  }
}
