package io.jekyll4j.plugins.avatar;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * jekyll-avatar's {@code <img>}: the avatar at 1x to 4x, from the avatars server the gem picks by
 * a CRC-32 of the image path, so the URL is computed without the network.
 */
final class AvatarImage {
  private static final List<Integer> SCALES = List.of(1, 2, 3, 4);

  private AvatarImage() {}

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
  static String literal(String text) {
    String first = text.contains(" ") ? text.strip().split("[ \\t\\n\\r\\f\\u000b]+")[0] : text;
    return first.startsWith("@") ? first.substring(1) : first;
  }
}
