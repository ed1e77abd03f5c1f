package io.jekyll4j.url;

import io.jekyll4j.content.Document;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Jekyll's {@code UrlDrop}: the placeholder values a document's permalink can use. */
final class UrlPlaceholders {
  private UrlPlaceholders() {}

  /**
   * Jekyll's {@code cleaned_relative_path}: the relative path without extension, trailing dots
   * and the first {@code _label}.
   */
  static String cleanedRelativePath(String relativePath, String extension, String label) {
    String cleaned = relativePath.substring(0, relativePath.length() - extension.length());
    cleaned = cleaned.replaceAll("\\.*$", "");
    int at = cleaned.indexOf("_" + label);
    if (at >= 0) cleaned = cleaned.substring(0, at) + cleaned.substring(at + label.length() + 1);
    return cleaned;
  }

  static Map<String, String> of(Document doc, String outputExt) {
    Map<String, String> v = new LinkedHashMap<>();
    String label = doc.collection();
    v.put("collection", label);
    v.put("path", cleanedRelativePath(doc.jekyllRelativePath(), doc.extension(), label));
    String basename = doc.basename();
    v.put("name", Slugs.slugify(basename, "default", false));
    Object slugData = doc.data().get("slug");
    String slugSource = slugData == null ? basename : String.valueOf(slugData);
    if (label.equals("posts") && slugData == null) slugSource = doc.slug();
    v.put("title", Slugs.slugify(slugSource, "pretty", true));
    v.put("slug", Slugs.slugify(slugSource, "default", false));
    Set<String> cats = new LinkedHashSet<>();
    for (String c : doc.categories()) cats.add(c.toLowerCase(Locale.ROOT));
    v.put("categories", String.join("/", cats));
    v.put("output_ext", outputExt);
    ZonedDateTime d = doc.date();
    v.put("year", String.valueOf(d.getYear()));
    v.put("month", String.format("%02d", d.getMonthValue()));
    v.put("day", String.format("%02d", d.getDayOfMonth()));
    v.put("hour", String.format("%02d", d.getHour()));
    v.put("minute", String.format("%02d", d.getMinute()));
    v.put("second", String.format("%02d", d.getSecond()));
    v.put("i_day", String.valueOf(d.getDayOfMonth()));
    v.put("i_month", String.valueOf(d.getMonthValue()));
    v.put("short_month", d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    v.put("long_month", d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    v.put("short_year", String.format("%02d", d.getYear() % 100));
    v.put("y_day", String.format("%03d", d.getDayOfYear()));
    v.put("short_day", d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    v.put("long_day", d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    v.put("w_year", String.valueOf(d.get(IsoFields.WEEK_BASED_YEAR)));
    v.put("week", String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    DayOfWeek dow = d.getDayOfWeek();
    v.put("w_day", String.valueOf(dow.getValue()));
    return v;
  }
}
