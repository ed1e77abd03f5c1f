package io.jekyll4j.plugins.avatar;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.liquid.tag.IncludeTag;
import io.jekyll4j.liquid.tag.Partials;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * jekyll-avatar's {@code {% avatar USER size=N %}} (or {@code user=variable}, {@code lazy=true}):
 * an {@code <img>} of a GitHub user's avatar at 1x to 4x, from the avatars server the gem picks
 * by a CRC-32 of the image path, so the URL is computed without the network. The markup itself
 * is Liquid-rendered first, as the gem does. Registered only when the site lists jekyll-avatar.
 */
public final class AvatarTag extends Tag {
  /** The plugin's name in {@code plugins}. */
  public static final String PLUGIN = "jekyll-avatar";
  private static final Pattern SIZE = Pattern.compile("\\bsize=(\\d+)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern USER = Pattern.compile("\\buser=([\\w.]+)\\b");
  private static final List<Integer> SCALES = List.of(1, 2, 3, 4);
  private final Partials partials;

  /** An avatar tag that renders its markup's Liquid through {@code partials}. */
  public AvatarTag(Partials partials) {
    super("avatar");
    this.partials = partials;
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    String raw = Origin.of(nodes[0].render(context)).markup().strip();
    Matcher size = SIZE.matcher(raw);
    Matcher user = USER.matcher(raw);
    String text = raw.contains("{{") || raw.contains("{%") ? partials.renderMarkup(raw, context) : raw;
    String login = user.find() ? IncludeTag.valueOrName(context, user.group(1)) : literal(text);
    return image(login, size.find() ? size.group(1) : "40", text.contains("lazy=true"));
  }

  /** The {@code <img>} element the gem writes. */
  static String image(String login, String size, boolean lazy) {
    String cls = new BigInteger(size).compareTo(BigInteger.valueOf(48)) < 0 ? "avatar avatar-small" : "avatar";
    StringBuilder out = new StringBuilder("<img class=\"").append(cls).append("\" alt=\"").append(login)
        .append("\" width=\"").append(size).append("\" height=\"").append(size)
        .append("\" data-proofer-ignore=\"true\" src=\"");
    String host = host(login, size);
    String srcset = SCALES.stream().map(s -> url(host, login, size, s) + " " + s + "x")
        .collect(Collectors.joining(", "));
    if (lazy) {
      out.append("\" data-src=\"").append(url(host, login, size, 1)).append("\" data-srcset=\"").append(srcset);
    } else {
      out.append(url(host, login, size, 1)).append("\" srcset=\"").append(srcset);
    }
    return out.append("\" />").toString();
  }

  private static String path(String login, String size, int scale) {
    String s = scale == 1 ? size : new BigInteger(size).multiply(BigInteger.valueOf(scale)).toString();
    return login + "?v=3&s=" + s;
  }

  /** One of four servers, chosen by the CRC-32 of the 1x path. */
  private static String host(String login, String size) {
    CRC32 crc = new CRC32();
    crc.update(path(login, size, 1).getBytes(StandardCharsets.UTF_8));
    return "https://avatars" + (crc.getValue() % 4) + ".githubusercontent.com";
  }

  private static String url(String host, String login, String size, int scale) {
    return host + "/" + path(login, size, scale);
  }

  /** The first word of the rendered markup, without a leading {@code @}. */
  private static String literal(String text) {
    String first = text.contains(" ") ? text.strip().split("[ \\t\\n\\r\\f\\u000b]+")[0] : text;
    return first.startsWith("@") ? first.substring(1) : first;
  }
}
