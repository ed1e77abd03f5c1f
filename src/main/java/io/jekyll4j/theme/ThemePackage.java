package io.jekyll4j.theme;

import io.jekyll4j.source.ThemeJars;
import io.jekyll4j.source.ThemeSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code theme package}: makes a theme jar and a {@code .gem} of a folder's look. A theme project
 * or an installed gem (a folder with a gemspec, its own or RubyGems' {@code
 * ../../specifications/NAME-VERSION.gemspec}) gives what its gemspec would ({@code assets},
 * {@code _data}, {@code _layouts}, {@code _includes}, {@code _sass}, {@code _config.yml}, the
 * LICENSE and README), name, version and dependencies; any other site gives its {@code
 * _layouts}, {@code _includes}, {@code _sass} and {@code assets}.
 */
public final class ThemePackage {
  private static final Pattern GEM_FILE =
      Pattern.compile("(?i)^(assets|_data|_layouts|_includes|_sass|LICENSE|README|_config\\.yml)");
  private static final List<String> SITE_LOOK = List.of("_layouts", "_includes", "_sass", "assets");

  /** What was written. */
  public record Written(String name, String version, Path jar, Path gem, List<String> files) {}

  private final Path folder;
  private final Optional<Path> gemspec;
  private final String name;
  private final String version;
  private final ThemeSpec spec;

  /**
   * The package of {@code folder}; {@code name} and {@code version} when given win over the
   * gemspec's (default: the folder's name, and 0.1.0).
   */
  public ThemePackage(Path folder, Optional<String> name, Optional<String> version) {
    this.folder = folder.toAbsolutePath().normalize();
    this.gemspec = findGemspec(this.folder, name);
    String specText = gemspec.map(ThemePackage::read).orElse("");
    this.name = name.or(() -> attribute(specText, "name")).orElseGet(() -> fromFolderName(this.folder))
        .strip().toLowerCase(Locale.ROOT);
    ThemeSpec read = gemspec.map(ThemeSpec::read).orElse(ThemeSpec.NONE);
    this.version = version.orElse(read.version().isEmpty() ? "0.1.0" : read.version());
    this.spec = gemspec.isPresent() ? read : new ThemeSpec(this.version, List.of(), this.name + " theme", "",
        Map.of("plugin_type", "theme"), List.of(), List.of(), "", List.of());
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  /** Writes {@code NAME-VERSION.jar} and {@code NAME-VERSION.gem} into {@code out}. */
  public Written write(Path out, long epochSeconds) {
    Map<String, Path> files = files();
    try {
      Files.createDirectories(out);
      Path jar = out.resolve(name + "-" + version + ".jar");
      Files.write(jar, jar(files));
      Path gem = out.resolve(name + "-" + version + ".gem");
      Map<String, byte[]> contents = new LinkedHashMap<>();
      for (Map.Entry<String, Path> f : files.entrySet()) contents.put(f.getKey(), Files.readAllBytes(f.getValue()));
      Files.write(gem, GemFile.write(name, version, spec, contents, epochSeconds));
      return new Written(name, version, jar, gem, List.copyOf(files.keySet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files the theme is made of, by relative path, sorted. */
  Map<String, Path> files() {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String rel = folder.relativize(p).toString().replace('\\', '/');
        if (hidden(rel)) continue;
        boolean wanted = gemspec.isPresent()
            ? GEM_FILE.matcher(rel).find()
            : SITE_LOOK.stream().anyMatch(d -> rel.startsWith(d + "/"));
        if (wanted) out.put(rel, p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean hidden(String rel) {
    for (String part : rel.split("/")) if (part.startsWith(".")) return true;
    return false;
  }

  /** The theme jar: the files under {@code META-INF/jekyll4j/themes/NAME/}, with their times, and the gemspec. */
  private byte[] jar(Map<String, Path> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String root = ThemeJars.PREFIX + name + "/";
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      long now = FileTime.from(java.time.Instant.ofEpochSecond(epochOf(files))).toMillis();
      entry(zip, "META-INF/MANIFEST.MF", ("Manifest-Version: 1.0\r\nCreated-By: jekyll4j\r\n"
          + "Jekyll4j-Theme: " + name + "\r\nJekyll4j-Theme-Version: " + version + "\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8), now);
      List<String> dirs = new ArrayList<>();
      String prefix = "";
      for (String part : root.split("/")) {
        prefix += part + "/";
        dirs.add(prefix);
      }
      for (String rel : files.keySet()) {
        String[] parts = rel.split("/");
        String d = root;
        for (int i = 0; i < parts.length - 1; i++) {
          d += parts[i] + "/";
          if (!dirs.contains(d)) dirs.add(d);
        }
      }
      for (String d : dirs.stream().sorted().toList()) {
        if (d.equals("META-INF/")) continue;
        ZipEntry e = new ZipEntry(d);
        e.setTime(now);
        zip.putNextEntry(e);
        zip.closeEntry();
      }
      for (Map.Entry<String, Path> f : files.entrySet()) {
        entry(zip, root + f.getKey(), Files.readAllBytes(f.getValue()),
            Files.getLastModifiedTime(f.getValue()).toMillis());
      }
      entry(zip, root + name + ".gemspec", gemspec.map(ThemePackage::read).orElseGet(this::rubyGemspec)
          .getBytes(StandardCharsets.UTF_8), now);
    }
    return bytes.toByteArray();
  }

  private static long epochOf(Map<String, Path> files) throws IOException {
    long latest = 0;
    for (Path p : files.values()) latest = Math.max(latest, Files.getLastModifiedTime(p).toMillis() / 1000);
    return latest;
  }

  private static void entry(ZipOutputStream zip, String name, byte[] data, long millis) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(millis);
    zip.putNextEntry(e);
    zip.write(data);
    zip.closeEntry();
  }

  /** A gemspec for a theme made from a site, which has none. */
  private String rubyGemspec() {
    return "# frozen_string_literal: true\n\nGem::Specification.new do |spec|\n"
        + "  spec.name     = " + GemFile.q(name) + "\n"
        + "  spec.version  = " + GemFile.q(version) + "\n"
        + "  spec.authors  = []\n"
        + "  spec.summary  = " + GemFile.q(spec.summary()) + "\n"
        + "  spec.metadata = { \"plugin_type\" => \"theme\" }\n"
        + "end\n";
  }

  private static Optional<Path> findGemspec(Path folder, Optional<String> name) {
    if (name.isPresent() && Files.isRegularFile(folder.resolve(name.get() + ".gemspec"))) {
      return Optional.of(folder.resolve(name.get() + ".gemspec"));
    }
    try (Stream<Path> s = Files.list(folder)) {
      Optional<Path> own = s.filter(p -> p.getFileName().toString().endsWith(".gemspec")).sorted().findFirst();
      if (own.isPresent()) return own;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path parent = folder.getParent();
    if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("gems")
        && parent.getParent() != null) {
      Path installed = parent.getParent().resolve("specifications").resolve(folder.getFileName() + ".gemspec");
      if (Files.isRegularFile(installed)) return Optional.of(installed);
    }
    return Optional.empty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> attribute(String text, String key) {
    Matcher m = Pattern.compile("\\.\\s*" + key + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(text);
    return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
  }

  private static String fromFolderName(Path folder) {
    String n = folder.getFileName() == null ? "theme" : folder.getFileName().toString();
    return n.replaceFirst("-\\d[\\w.]*$", "").replaceAll("[^A-Za-z0-9_-]+", "-");
  }
}
