package io.jekyll4j.plugins.titlesfromheadings;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.SiteView;
import io.jekyll4j.plugins.ghpages.GhPagesSite;
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

  static void generate(GenerateContext context) {
    SiteView site = context.site();
    ConfigView config = site.config();
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled"))) return;
    for (PageView p : site.pages()) titled(context, config, p);
    if (Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "collections"))) {
      List<DocumentView> written = GhPagesSite.docsToWrite(site);
      for (DocumentView d : written) titled(context, config, d);
    }
  }

  private static void titled(GenerateContext context, ConfigView config, ItemView item) {
    if (!GhPagesSite.markdown(config, item.extension())) return;
    // a document's title may be the one inferred from its file name: the heading wins over it
    if (!(item instanceof DocumentView) && item.data().get("title") != null) return;
    UnaryOperator<String> markdownify = context::markdownify;
    Map<String, Object> data = new LinkedHashMap<>(item.data());
    Matcher m = HEADING.matcher(item.body());
    if (m.find()) data.put("title", plain(m.group(1) != null ? m.group(1) : m.group(2), markdownify));
    else data.put("title", item.data().get("title"));
    String body = item.body();
    boolean strip = data.containsKey("strip_title")
        ? Boolean.TRUE.equals(data.get("strip_title"))
        : Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "strip_title"));
    if (strip) body = rubyStrip(HEADING.matcher(body).replaceFirst(""));
    ItemView updated = context.update(item, data, body);
    // the plugin sets a new excerpt for a post whose title it stripped
    if (strip && updated instanceof DocumentView d && d.collection().equals("posts")) context.excerptAgain(d);
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
