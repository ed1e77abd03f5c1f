package io.jekyll4j.plugins.githubmetadata;

import io.jekyll4j.plugin.TagContext;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gem's {@code {% github_edit_link ["text"] %}}: the URL where the current page is edited on
 * GitHub ({@code site.github.repository_url}/edit/{@code source.branch}/{@code source.path}/
 * {@code page.path}, joined and normalized as Addressable does), or an {@code <a>} with the quoted
 * text. When a part is missing it warns and writes an empty URL.
 */
final class EditLink {
  /** The tag's name. */
  public static final String NAME = "github_edit_link";
  private static final Pattern LINK_TEXT = Pattern.compile("(?:\"(.*)\"|'(.*)')");

  private EditLink() {}

  static String render(String markup, TagContext context) {
    Matcher m = LINK_TEXT.matcher(markup);
    String text = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    String uri = uri(context);
    return text == null ? uri : "<a href=\"" + uri + "\">" + text + "</a>";
  }

  private static String uri(TagContext context) {
    Object github = context.site() == null ? null : context.site().config().get("github");
    Object source = get(github, "source");
    List<Object> parts = new ArrayList<>();
    parts.add(get(github, "repository_url"));
    parts.add("edit/");
    parts.add(get(source, "branch"));
    parts.add(get(source, "path"));
    parts.add(get(context.get("page"), "path"));
    if (parts.contains(null)) {
      context.warn("JekyllEditLink:  Cannot generate edit URLs due to missing site.github data");
      return "";
    }
    StringBuilder url = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String part = String.valueOf(parts.get(i));
      if (part.startsWith("/")) part = part.substring(1);
      if (i < parts.size() - 1 && !part.endsWith("/")) part += "/";
      if (part.equals("/")) part = "";
      url.append(part);
    }
    return normalize(url.toString());
  }

  private static Object get(Object hash, String key) {
    return hash instanceof Map<?, ?> m ? m.get(key) : null;
  }

  /** Addressable's {@code normalize} of the path: NFC, and characters a path may not hold escaped. */
  static String normalize(String url) {
    String s = Normalizer.normalize(url, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%?#".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
