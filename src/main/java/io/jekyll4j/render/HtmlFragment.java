package io.jekyll4j.render;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An html-pipeline text filter over an HTML fragment (Nokogiri's {@code DocumentFragment}):
 * each text node outside the ignored elements is rewritten, and the fragment is written back
 * with the round trip's visible changes ({@link NokogiriRoundTrip}). Works on the markup as
 * written rather than on a parsed tree. The content of {@code script} and {@code style} is
 * never rewritten, nor are attribute values and comments. Used by jekyll-mentions and jemoji.
 */
public final class HtmlFragment {
  private static final Set<String> RAW_TEXT = Set.of("script", "style");
  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9:-]*)");

  private HtmlFragment() {}

  /**
   * The fragment with {@code rewrite} applied to each text node (as the round trip writes it:
   * escaped, named references decoded) that has no ancestor named in {@code ignored}.
   */
  public static String rewriteText(String html, Set<String> ignored, UnaryOperator<String> rewrite) {
    StringBuilder out = new StringBuilder(html.length() + 64);
    int depth = 0;
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = nextMarkup(html, i);
      if (lt > i) {
        String text = NokogiriRoundTrip.text(html.substring(i, lt));
        out.append(depth == 0 ? rewrite.apply(text) : text);
        i = lt;
        continue;
      }
      int end = markupEnd(html, i);
      String markup = html.substring(i, end);
      i = end;
      Matcher name = TAG_NAME.matcher(markup);
      if (!name.lookingAt()) {
        out.append(markup);
        continue;
      }
      String tag = name.group(1).toLowerCase(Locale.ROOT);
      boolean closing = markup.startsWith("</");
      out.append(closing ? markup : NokogiriRoundTrip.startTag(tag, markup));
      if (!closing && RAW_TEXT.contains(tag)) {
        int close = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, i);
        int stop = close < 0 ? n : close;
        out.append(html, i, stop);
        i = stop;
      } else if (ignored.contains(tag)) {
        if (closing) depth = Math.max(0, depth - 1);
        else if (!markup.endsWith("/>")) depth++;
      }
    }
    return out.toString();
  }

  /** Where the next tag, comment or declaration starts (a lone {@code <} is text), or the end. */
  private static int nextMarkup(String html, int from) {
    int i = html.indexOf('<', from);
    while (i >= 0 && i + 1 < html.length()) {
      char c = html.charAt(i + 1);
      if (Character.isLetter(c) || c == '/' || c == '!' || c == '?') return i;
      i = html.indexOf('<', i + 1);
    }
    return html.length();
  }

  /** The end (exclusive) of the markup starting at {@code start}. */
  private static int markupEnd(String html, int start) {
    if (html.startsWith("<!--", start)) {
      int close = html.indexOf("-->", start + 4);
      return close < 0 ? html.length() : close + 3;
    }
    char quote = 0;
    for (int j = start + 1; j < html.length(); j++) {
      char c = html.charAt(j);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j + 1;
      }
    }
    return html.length();
  }
}
