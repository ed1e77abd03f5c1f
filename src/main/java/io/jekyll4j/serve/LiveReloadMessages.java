package io.jekyll4j.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON messages of the LiveReload protocol (version 7) plus our two overlay commands, which
 * are only ever sent to clients that announced {@link #OVERLAY_PROTOCOL}. The official browser
 * extensions drop the connection on unknown commands, so they never see those.
 */
final class LiveReloadMessages {
  static final String OFFICIAL_7 = "http://livereload.com/protocols/official-7";
  static final String OVERLAY_PROTOCOL = "http://jekyll4j.io/protocols/overlay-1";

  private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
  private static final Pattern COMMAND = Pattern.compile("\"command\"\\s*:\\s*" + STRING);
  private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*" + STRING);
  private static final Pattern PROTOCOLS = Pattern.compile("\"protocols\"\\s*:\\s*\\[([^\\]]*)]");
  private static final Pattern ANY_STRING = Pattern.compile(STRING);

  private LiveReloadMessages() {}

  static String hello() {
    return "{\"command\":\"hello\",\"protocols\":[" + quote(OFFICIAL_7) + ","
        + quote(OVERLAY_PROTOCOL) + "],\"serverName\":\"jekyll4j\"}";
  }

  static String reload(String path, boolean liveCss) {
    return "{\"command\":\"reload\",\"path\":" + quote(path) + ",\"liveCSS\":" + liveCss
        + ",\"liveImg\":true}";
  }

  static String error(BuildFailure failure) {
    return "{\"command\":\"jekyll4j-error\",\"message\":" + quote(failure.message())
        + ",\"file\":" + quote(failure.file().orElse("")) + ",\"line\":" + failure.line()
        + ",\"location\":" + quote(failure.location()) + "}";
  }

  static String ok() {
    return "{\"command\":\"jekyll4j-ok\"}";
  }

  /** The {@code command} of an incoming message, if it has one. */
  static Optional<String> command(String json) {
    return first(COMMAND, json);
  }

  /** The {@code url} an {@code info} or {@code url} message reports. */
  static Optional<String> url(String json) {
    return first(URL, json);
  }

  /** The protocols a {@code hello} message lists. */
  static List<String> protocols(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = PROTOCOLS.matcher(json);
    if (m.find()) {
      Matcher s = ANY_STRING.matcher(m.group(1));
      while (s.find()) {
        out.add(unescape(s.group(1)));
      }
    }
    return out;
  }

  private static Optional<String> first(Pattern p, String json) {
    Matcher m = p.matcher(json);
    return m.find() ? Optional.of(unescape(m.group(1))) : Optional.empty();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          if (i + 4 < s.length()) {
            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }
}
