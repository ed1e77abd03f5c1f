package io.jekyll4j.source;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.config.Yaml;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code _data} into {@code site.data}: YAML, JSON, CSV and TSV files (with headers),
 * nested folders becoming nested maps, keys from file names as Jekyll sanitizes them.
 */
final class DataReader {
  private final Path source;
  private final EntryFilter filter;

  DataReader(Path source, SiteConfig config, EntryFilter filter) {
    this.source = source;
    this.filter = filter;
  }

  Map<String, Object> read(String dataDir) {
    Path dir = source.resolve(dataDir);
    Map<String, Object> out = new LinkedHashMap<>();
    if (Files.isDirectory(dir)) readDir(dir, dataDir, out);
    return out;
  }

  private void readDir(Path dir, String rel, Map<String, Object> out) {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      String entryRel = rel + "/" + name;
      if (!filter.accept(entryRel, entry)) continue;
      if (Files.isDirectory(entry)) {
        Map<String, Object> sub = new LinkedHashMap<>();
        readDir(entry, entryRel, sub);
        out.put(sanitize(name), sub);
        continue;
      }
      int dot = name.lastIndexOf('.');
      if (dot <= 0) continue;
      String ext = name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
      String key = sanitize(name.substring(0, dot));
      Object value =
          switch (ext) {
            case "yml", "yaml", "json" -> Yaml.load(text(entry, entryRel), entryRel, 0);
            case "csv" -> Csv.parse(text(entry, entryRel), ',');
            case "tsv" -> Csv.parse(text(entry, entryRel), '\t');
            default -> null;
          };
      if (ext.matches("yml|yaml|json|csv|tsv")) out.put(key, value);
    }
  }

  private static String text(Path file, String rel) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildException(SourceLocation.of(rel), "Cannot read " + rel, e);
    }
  }

  /** Jekyll's {@code DataReader#sanitize_filename}. */
  static String sanitize(String name) {
    return name.replaceAll("[^\\w\\s-]+|(?<=^|\\b\\s)\\s+(?=$|\\s?\\b)", "").replaceAll("\\s+", "_");
  }

  /** CSV/TSV with a header row into a list of maps, as Ruby's CSV with {@code headers: true}. */
  static final class Csv {
    static List<Map<String, Object>> parse(String text, char sep) {
      List<List<String>> rows = rows(text, sep);
      List<Map<String, Object>> out = new ArrayList<>();
      if (rows.isEmpty()) return out;
      List<String> header = rows.get(0);
      for (int r = 1; r < rows.size(); r++) {
        Map<String, Object> row = new LinkedHashMap<>();
        List<String> cells = rows.get(r);
        for (int c = 0; c < header.size(); c++) row.put(header.get(c), c < cells.size() ? cells.get(c) : null);
        out.add(row);
      }
      return out;
    }

    private static List<List<String>> rows(String text, char sep) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"' && sep == ',') {
          quoted = true;
          any = true;
        } else if (c == sep) {
          row.add(cell.toString());
          cell.setLength(0);
          any = true;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
          if (any || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
          }
          row = new ArrayList<>();
          cell.setLength(0);
          any = false;
        } else {
          cell.append(c);
          any = true;
        }
      }
      if (any || cell.length() > 0) {
        row.add(cell.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
