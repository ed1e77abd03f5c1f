package io.jekyll4j.plugins.mentions;

import io.jekyll4j.plugin.HookContext;
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
 * HookContext#rewriteHtmlText}).
 */
final class MentionLinker {
  /** jekyll-mentions' username pattern inside html-pipeline's mention pattern. */
  static final Pattern MENTION = Pattern.compile(
      "(?:^|\\W)@((?>\\w[\\w-]*))(?!/)(?=\\.+[ \\t\\W]|\\.+$|[^0-9a-zA-Z_.]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Set<String> INFO_LOGINS = Set.of("mention", "mentions", "mentioned", "mentioning");
  private static final Set<String> IGNORED = Set.of("pre", "code", "a");

  private final String base;
  private final HookContext html;

  /** Links text to {@code baseUrl/login} ({@code baseUrl} gets a slash unless it ends in / or ~). */
  MentionLinker(String baseUrl) {
    this(baseUrl, null);
  }

  /** Links to {@code baseUrl/login}; {@code html} rewrites the text of HTML. */
  MentionLinker(String baseUrl, HookContext html) {
    this.base = baseUrl.endsWith("/") || baseUrl.endsWith("~") ? baseUrl : baseUrl + "/";
    this.html = html;
  }

  /** The fragment with its mentions linked. */
  String link(String fragment) {
    return html.rewriteHtmlText(fragment, IGNORED, text -> text.indexOf('@') >= 0 ? linkText(text) : text);
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
