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

  private final SiteConfig config;
  private final EntryFilter filter;

  DataReader(Path source, SiteConfig config, EntryFilter filter) {
    this.source = source;
    this.config = config;
    this.filter = filter;
  }

  Map<String, Object> read(String dataDir) {
    Path dir = source.resolve(dataDir);
    Map<String, Object> out = new LinkedHashMap<>();
    if (Files.isDirectory(dir)) readDir(dir, dataDir, out);
    return out;
  }

  private void readDir(Path dir, String rel, Map<String, Object> out) {
    for (Path entry : entries(dir)) {
      String name = entry.getFileName().toString();
      String entryRel = rel + "/" + name;
      // Jekyll's data reader skips no names (only unsafe symbolic links in safe mode);
      // jekyll4j never reads through a link out of the site (one warning per build).
      if (filter.outsideLink(entry, entryRel)) continue;
      if (Files.isDirectory(entry)) {
        Map<String, Object> sub = new LinkedHashMap<>();
        readDir(entry, entryRel, sub);
        out.put(sanitize(name), sub);
        continue;
      }
      int dot = name.lastIndexOf('.');
      if (dot <= 0) continue;
      String ext = name.substring(dot + 1);
      String key = sanitize(name.substring(0, dot));
      Object value =
          switch (ext) {
            case "yml", "yaml", "json" -> Yaml.load(text(entry, entryRel), entryRel, 0);
            case "csv" -> CsvData.read(text(entry, entryRel), ',', readerSettings("csv_reader"));
            case "tsv" -> CsvData.read(text(entry, entryRel), '\t', readerSettings("tsv_reader"));
            default -> null;
          };
      if (ext.matches("yml|yaml|json|csv|tsv")) out.put(key, value);
    }
  }

  private Map<String, Object> readerSettings(String key) {
    return config.map(key);
  }

  /**
   * The entries in Jekyll's order ({@code Dir["*.{yaml,yml,json,csv,tsv}"]} then folders): files
   * by extension in that order, each group sorted, then the sub-folders, sorted.
   */
  private static List<Path> entries(Path dir) {
    List<Path> all;
    try (Stream<Path> s = Files.list(dir)) {
      all = s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> out = new ArrayList<>();
    for (String ext : List.of(".yaml", ".yml", ".json", ".csv", ".tsv")) {
      for (Path p : all) {
        String name = p.getFileName().toString();
        if (name.endsWith(ext) && !name.startsWith(".") && !Files.isDirectory(p)) out.add(p);
      }
    }
    for (Path p : all) if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) out.add(p);
    return out;
  }

  private static String text(Path file, String rel) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      if (e instanceof java.nio.charset.CharacterCodingException) {
        throw new BuildException(new SourceLocation(rel, io.jekyll4j.diag.SourceLines.firstInvalidUtf8(file)),
            "Invalid UTF-8 in " + rel, e);
      }
      throw new BuildException(SourceLocation.of(rel), "Cannot read " + rel, e);
    }
  }

  /** Jekyll's {@code DataReader#sanitize_filename}. */
  static String sanitize(String name) {
    return name.replaceAll("[^\\w\\s-]+|(?<=^|\\b\\s)\\s+(?=$|\\s?\\b)", "").replaceAll("\\s+", "_");
  }
}
