package io.jekyll4j.url;

import io.jekyll4j.content.Document;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Jekyll's {@code UrlDrop}: the placeholder values a document's permalink can use. */
final class UrlPlaceholders {
  private UrlPlaceholders() {}

  /** Every placeholder a document's permalink may name, in {@code UrlDrop}'s order. */
  static final List<String> KEYS = List.of(
      "collection", "path", "name", "title", "slug", "categories", "output_ext", "year", "month", "day",
      "hour", "minute", "second", "i_day", "i_month", "short_month", "long_month", "short_year", "y_day",
      "short_day", "long_day", "w_year", "week", "w_day");
  private static final Set<String> KEY_SET = Set.copyOf(KEYS);
  private static final Pattern TRAILING_DOTS = Pattern.compile("\\.*$");

  /**
   * Jekyll's {@code cleaned_relative_path}: the relative path without extension, trailing dots
   * and the first {@code _label}.
   */
  static String cleanedRelativePath(String relativePath, String extension, String label) {
    String cleaned = relativePath.substring(0, relativePath.length() - extension.length());
    if (!cleaned.isEmpty() && (cleaned.endsWith(".") || cleaned.indexOf('\n') >= 0 || cleaned.indexOf('\r') >= 0
        || cleaned.indexOf('\u0085') >= 0 || cleaned.indexOf('\u2028') >= 0 || cleaned.indexOf('\u2029') >= 0)) {
      cleaned = TRAILING_DOTS.matcher(cleaned).replaceAll("");
    }
    int at = cleaned.indexOf("_" + label);
    if (at >= 0) cleaned = cleaned.substring(0, at) + cleaned.substring(at + label.length() + 1);
    return cleaned;
  }

  /**
   * The placeholders of {@code doc}: a map that computes a value when a template asks for it
   * (a permalink names a few of the two dozen; each costs slugs or date formatting).
   */
  static Map<String, String> of(Document doc, String outputExt) {
    return new Lazy(doc, outputExt);
  }

  /** One placeholder's value (never null for a key of {@link #KEYS}). */
  static String value(Document doc, String outputExt, String key) {
    switch (key) {
      case "collection": return doc.collection();
      case "path": return cleanedRelativePath(doc.jekyllRelativePath(), doc.extension(), doc.collection());
      case "name": return Slugs.slugify(doc.basename(), "default", false);
      case "title": return Slugs.slugify(slugSource(doc), "pretty", true);
      case "slug": return Slugs.slugify(slugSource(doc), "default", false);
      case "categories": {
        Set<String> cats = new LinkedHashSet<>();
        for (String c : doc.categories()) cats.add(c.toLowerCase(Locale.ROOT));
        return String.join("/", cats);
      }
      case "output_ext": return outputExt;
      default: return dateValue(doc.date(), key);
    }
  }

  private static String slugSource(Document doc) {
    Object slugData = doc.data().get("slug");
    if (doc.collection().equals("posts") && slugData == null) return doc.slug();
    return slugData == null ? doc.basename() : String.valueOf(slugData);
  }

  private static String dateValue(ZonedDateTime d, String key) {
    return switch (key) {
      case "year" -> String.valueOf(d.getYear());
      case "month" -> pad(d.getMonthValue(), 2);
      case "day" -> pad(d.getDayOfMonth(), 2);
      case "hour" -> pad(d.getHour(), 2);
      case "minute" -> pad(d.getMinute(), 2);
      case "second" -> pad(d.getSecond(), 2);
      case "i_day" -> String.valueOf(d.getDayOfMonth());
      case "i_month" -> String.valueOf(d.getMonthValue());
      case "short_month" -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "long_month" -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "short_year" -> pad(d.getYear() % 100, 2);
      case "y_day" -> pad(d.getDayOfYear(), 3);
      case "short_day" -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "long_day" -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "w_year" -> String.valueOf(d.get(IsoFields.WEEK_BASED_YEAR));
      case "week" -> pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
      case "w_day" -> {
        DayOfWeek dow = d.getDayOfWeek();
        yield String.valueOf(dow.getValue());
      }
      default -> null;
    };
  }

  /** {@code String.format("%0Nd", n)}: zero-padded to {@code width}, the sign first. */
  static String pad(int n, int width) {
    String digits = Long.toString(Math.abs((long) n));
    int size = digits.length() + (n < 0 ? 1 : 0);
    StringBuilder b = new StringBuilder(Math.max(width, size));
    if (n < 0) b.append('-');
    for (int i = size; i < width; i++) b.append('0');
    return b.append(digits).toString();
  }

  /** The placeholders as a map that computes each value once, when asked. */
  private static final class Lazy extends AbstractMap<String, String> {
    private final Document doc;
    private final String outputExt;
    private final Map<String, String> known = new HashMap<>();

    Lazy(Document doc, String outputExt) {
      this.doc = doc;
      this.outputExt = outputExt;
    }

    @Override
    public boolean containsKey(Object key) {
      return KEY_SET.contains(key);
    }

    @Override
    public String get(Object key) {
      if (!KEY_SET.contains(key)) return null;
      String k = (String) key;
      String v = known.get(k);
      if (v == null) {
        v = value(doc, outputExt, k);
        known.put(k, v);
      }
      return v;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      Map<String, String> all = new LinkedHashMap<>();
      for (String k : KEYS) all.put(k, get(k));
      return all.entrySet();
    }
  }
}
