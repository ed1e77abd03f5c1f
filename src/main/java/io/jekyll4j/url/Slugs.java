package io.jekyll4j.url;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code Jekyll::Utils.slugify}: turns a title into the URL- and file-name-safe slug
 * that permalinks ({@code :slug}, {@code :title}), the Liquid {@code slugify} filter and the
 * compose commands all use, so that every one of them agrees with Jekyll 4.3 character for
 * character.
 *
 * <p>Modes: {@code raw} (white space only), {@code default} (keeps Unicode letters, marks and
 * decimal digits), {@code pretty} (also keeps {@code ._~!$&'()+,;=@}), {@code ascii} (keeps only
 * {@code A-Za-z0-9}) and {@code latin} (transliterates Latin letters to ASCII as Ruby's i18n
 * does, turns every other non-ASCII character into a separator, then acts as {@code default}).
 * Any other mode, {@code none} included, only lowercases the string.
 */
public final class Slugs {
  /** The modes that really slugify; any other mode only changes case. */
  public static final String DEFAULT_MODE = "default";

  private static final Pattern RAW = Pattern.compile("\\s+");
  private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
  private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
  private static final Pattern ASCII = Pattern.compile("[^A-Za-z0-9]+");

  /** Latin letters whose ASCII form is not their canonical decomposition's base letter. */
  private static final Map<Character, String> LATIN_SPECIALS =
      Map.ofEntries(
          Map.entry('Æ', "AE"), Map.entry('æ', "ae"),
          Map.entry('Ð', "D"), Map.entry('ð', "d"),
          Map.entry('Ø', "O"), Map.entry('ø', "o"),
          Map.entry('Þ', "Th"), Map.entry('þ', "th"),
          Map.entry('ß', "ss"), Map.entry('×', "x"),
          Map.entry('Đ', "D"), Map.entry('đ', "d"),
          Map.entry('Ħ', "H"), Map.entry('ħ', "h"),
          Map.entry('ı', "i"), Map.entry('ĸ', "k"),
          Map.entry('Ĳ', "IJ"), Map.entry('ĳ', "ij"),
          Map.entry('Ŀ', "L"), Map.entry('ŀ', "l"),
          Map.entry('Ł', "L"), Map.entry('ł', "l"),
          Map.entry('ŉ', "'n"),
          Map.entry('Ŋ', "NG"), Map.entry('ŋ', "ng"),
          Map.entry('Œ', "OE"), Map.entry('œ', "oe"),
          Map.entry('Ŧ', "T"), Map.entry('ŧ', "t"));

  private Slugs() {}

  /** Slugifies in the {@code default} mode, lowercased. */
  public static String slugify(String text) {
    return slugify(text, DEFAULT_MODE, false);
  }

  /**
   * Slugifies {@code text} as Jekyll does with {@code mode} and {@code cased}.
   *
   * @param mode one of {@code raw}, {@code default}, {@code pretty}, {@code ascii},
   *     {@code latin}, or {@code null} for {@code default}; anything else (such as
   *     {@code none}) only lowercases
   * @param cased keep the original letter case
   * @return the slug, which may be empty (and is empty for a {@code null} text, which Jekyll
   *     turns into {@code nil})
   */
  public static String slugify(String text, String mode, boolean cased) {
    if (text == null) {
      return "";
    }
    Pattern separators;
    String source = text;
    switch (mode == null ? DEFAULT_MODE : mode) {
      case "raw" -> separators = RAW;
      case "default" -> separators = DEFAULT;
      case "pretty" -> separators = PRETTY;
      case "ascii" -> separators = ASCII;
      case "latin" -> {
        separators = DEFAULT;
        source = transliterate(text);
      }
      default -> {
        return cased ? text : lowercase(text);
      }
    }
    String slug = trimOneHyphen(replaceSeparators(source, separators));
    return cased ? slug : lowercase(slug);
  }

  private static final int KEPT_BY_DEFAULT = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
      | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
      | (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
      | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.DECIMAL_DIGIT_NUMBER);

  /**
   * {@code separators.matcher(text).replaceAll("-")} for the four separator classes, without a
   * regex: each run of code points outside the mode's class becomes one hyphen ({@code \p{L}},
   * {@code \p{M}} and {@code \p{Nd}} are the {@link Character#getType} categories, as in
   * {@link Pattern}). Slugs are made for every document's URL.
   */
  static String replaceSeparators(String text, Pattern separators) {
    StringBuilder out = null;
    boolean inRun = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean kept = kept(cp, separators);
      if (!kept && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      }
      if (out != null) {
        if (kept) {
          out.append(text, i, next);
          inRun = false;
        } else if (!inRun) {
          out.append('-');
          inRun = true;
        }
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  private static boolean kept(int cp, Pattern separators) {
    if (separators == RAW) {
      return !(cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r');
    }
    if (separators == ASCII) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) return true;
      return separators == PRETTY && "._~!$&'()+,;=@".indexOf(cp) >= 0;
    }
    return ((KEPT_BY_DEFAULT >> Character.getType(cp)) & 1) != 0;
  }

  /**
   * Replaces each non-ASCII character by its ASCII approximation if it is a Latin letter
   * (Latin-1 Supplement and Latin Extended-A, as i18n's default table), else by {@code ?}.
   */
  static String transliterate(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.append(cp < 0x80 ? Character.toString(cp) : ascii(cp)));
    return out.toString();
  }

  private static String ascii(int codePoint) {
    if (codePoint < 0xC0 || codePoint > 0x17E || codePoint == 0xF7) {
      return "?";
    }
    String special = LATIN_SPECIALS.get((char) codePoint);
    if (special != null) {
      return special;
    }
    String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
    char base = decomposed.charAt(0);
    return base < 0x80 ? String.valueOf(base) : "?";
  }

  /** Ruby's {@code gsub(/^-|-$/, "")} on a single-line string: one hyphen off each end. */
  private static String trimOneHyphen(String slug) {
    int start = slug.startsWith("-") ? 1 : 0;
    int end = slug.length();
    if (end > start && slug.endsWith("-")) {
      end--;
    }
    return slug.substring(start, end);
  }

  /**
   * Ruby's {@code String#downcase}: full Unicode lowercase mapping of each character on its
   * own, without the context rules (such as Greek final sigma) that Java applies.
   */
  static String lowercase(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 0x80;
    if (ascii) return text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> out.append(Character.toString(cp).toLowerCase(Locale.ROOT)));
    return out.toString();
  }
}
