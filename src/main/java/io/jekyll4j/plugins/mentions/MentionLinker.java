package io.jekyll4j.plugins.mentions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * html-pipeline's MentionFilter as jekyll-mentions configures it: every {@code @login} in the
 * text of an HTML fragment becomes {@code <a href="BASE/login" class="user-mention">@login</a>},
 * except in text inside {@code pre}, {@code code}, {@code a}, {@code style} and {@code script},
 * in attribute values and in comments; {@code @mention}, {@code @mentions}, {@code @mentioned}
 * and {@code @mentioning} stay text. Works on the markup as written instead of re-serialising a
 * parsed tree; of the round trip's changes it makes those a reader can see ({@link
 * NokogiriRoundTrip}).
 */
final class MentionLinker {
  /** jekyll-mentions' username pattern inside html-pipeline's mention pattern. */
  static final Pattern MENTION = Pattern.compile(
      "(?:^|\\W)@((?>\\w[\\w-]*))(?!/)(?=\\.+[ \\t\\W]|\\.+$|[^0-9a-zA-Z_.]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Set<String> INFO_LOGINS = Set.of("mention", "mentions", "mentioned", "mentioning");
  private static final Set<String> IGNORED = Set.of("pre", "code", "a");
  private static final Set<String> RAW_TEXT = Set.of("script", "style");
  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9:-]*)");

  private final String base;

  /** Links to {@code baseUrl/login} ({@code baseUrl} gets a slash unless it ends in / or ~). */
  MentionLinker(String baseUrl) {
    this.base = baseUrl.endsWith("/") || baseUrl.endsWith("~") ? baseUrl : baseUrl + "/";
  }

  /** The fragment with its mentions linked. */
  String link(String html) {
    StringBuilder out = new StringBuilder(html.length() + 64);
    int ignored = 0;
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = nextMarkup(html, i);
      if (lt > i) {
        String text = NokogiriRoundTrip.text(html.substring(i, lt));
        out.append(ignored == 0 && text.indexOf('@') >= 0 ? linkText(text) : text);
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
      } else if (IGNORED.contains(tag)) {
        if (closing) ignored = Math.max(0, ignored - 1);
        else if (!markup.endsWith("/>")) ignored++;
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

  /** One text node with its mentions linked. */
  String linkText(String text) {
    Matcher m = MENTION.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int pos = 0;
    while (m.find()) {
      String login = m.group(1);
      if (INFO_LOGINS.contains(login.toLowerCase(Locale.ROOT))) continue;
      out.append(text, pos, m.start(1) - 1);
      out.append("<a href=\"").append(base).append(login).append("\" class=\"user-mention\">@")
          .append(login).append("</a>");
      pos = m.end();
    }
    return pos == 0 ? text : out.append(text, pos, text.length()).toString();
  }
}
