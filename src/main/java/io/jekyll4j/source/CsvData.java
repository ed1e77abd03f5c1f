package io.jekyll4j.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV and TSV data files as Jekyll reads them with Ruby's CSV: a header row naming the fields
 * ({@code headers: true}, unless the {@code csv_reader}/{@code tsv_reader} settings say false),
 * quoted fields in both formats, empty unquoted fields as nil, blank lines as rows of nils, and
 * the {@code csv_converters} {@code integer}, {@code float}, {@code numeric} and {@code all}.
 */
final class CsvData {
  private CsvData() {}

  /** Parses {@code text}; {@code settings} is the site's {@code csv_reader} or {@code tsv_reader} map. */
  static List<Object> read(String text, char sep, Map<String, Object> settings) {
    List<List<String>> rows = rows(text, sep);
    List<String> converters = new ArrayList<>();
    if (settings.get("csv_converters") instanceof List<?> l) for (Object o : l) converters.add(String.valueOf(o));
    List<Object> out = new ArrayList<>();
    if (Boolean.FALSE.equals(settings.get("headers"))) {
      for (List<String> row : rows) out.add(convert(row, converters));
      return out;
    }
    if (rows.isEmpty()) return out;
    List<String> header = rows.get(0);
    for (int r = 1; r < rows.size(); r++) {
      List<Object> cells = convert(rows.get(r), converters);
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < Math.max(header.size(), cells.size()); c++) {
        String key = c < header.size() ? header.get(c) : null;
        if (!row.containsKey(key)) row.put(key, c < cells.size() ? cells.get(c) : null);
      }
      out.add(row);
    }
    return out;
  }

  private static List<Object> convert(List<String> row, List<String> converters) {
    List<Object> out = new ArrayList<>(row.size());
    for (String v : row) out.add(v == null ? null : convert(v, converters));
    return out;
  }

  private static Object convert(String v, List<String> converters) {
    boolean all = converters.contains("all") || converters.contains("numeric");
    if (all || converters.contains("integer")) {
      if (v.matches("[-+]?\\d+")) {
        try {
          return Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
        } catch (NumberFormatException e) {
          return v;
        }
      }
    }
    if ((all || converters.contains("float")) && v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      return Double.parseDouble(v);
    }
    return v;
  }

  private static List<List<String>> rows(String text, char sep) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inQuotes = false;
    boolean wasQuoted = false;
    boolean lineHasContent = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          inQuotes = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        inQuotes = true;
        wasQuoted = true;
        lineHasContent = true;
      } else if (c == sep) {
        row.add(field(cell, wasQuoted));
        cell.setLength(0);
        wasQuoted = false;
        lineHasContent = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        if (lineHasContent || cell.length() > 0) row.add(field(cell, wasQuoted));
        rows.add(row);
        row = new ArrayList<>();
        cell.setLength(0);
        wasQuoted = false;
        lineHasContent = false;
      } else {
        cell.append(c);
        lineHasContent = true;
      }
    }
    if (lineHasContent || cell.length() > 0) {
      row.add(field(cell, wasQuoted));
      rows.add(row);
    }
    return rows;
  }

  private static String field(StringBuilder cell, boolean quoted) {
    return cell.length() == 0 && !quoted ? null : cell.toString();
  }
}
