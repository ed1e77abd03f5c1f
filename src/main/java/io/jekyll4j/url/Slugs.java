package io.jekyll4j.url;

import java.util.Locale;

/** Placeholder for Jekyll's slugify (the compose branch brings the full version). */
public final class Slugs {
  private Slugs() {}

  public static String slugify(String s, String mode, boolean cased) {
    if (s == null) return "";
    String re =
        switch (mode) {
          case "raw" -> "\\s+";
          case "pretty" -> "[^\\p{L}\\p{N}._~!$&'()+,;=@]+";
          case "ascii" -> "[^a-zA-Z0-9]+";
          case "none" -> null;
          default -> "[^\\p{L}\\p{N}]+";
        };
    String out = re == null ? s : s.replaceAll(re, "-").replaceAll("^-+|-+$", "");
    return cased ? out : out.toLowerCase(Locale.ROOT);
  }
}
