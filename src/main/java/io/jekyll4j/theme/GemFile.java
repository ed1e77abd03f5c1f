package io.jekyll4j.theme;

import io.jekyll4j.source.ThemeSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a {@code .gem} as RubyGems' {@code gem build} does, without Ruby: an uncompressed tar of
 * {@code metadata.gz} (the gemspec as YAML, {@code --- !ruby/object:Gem::Specification}),
 * {@code data.tar.gz} (the gem's files) and {@code checksums.yaml.gz} (SHA256 and SHA512 of the
 * other two), so that {@code gem install --local NAME-VERSION.gem} installs a theme for real
 * Jekyll.
 */
public final class GemFile {
  private GemFile() {}

  /**
   * The gem {@code name} {@code version} holding {@code files} (relative path to content, in the
   * order given), described by {@code spec}, every time set to {@code epochSeconds}.
   */
  public static byte[] write(String name, String version, ThemeSpec spec, Map<String, byte[]> files,
      long epochSeconds) {
    Tar data = new Tar(epochSeconds);
    files.forEach((path, bytes) -> data.add(path, bytes, 0644));
    byte[] metadata = gzip(spec(name, version, spec, List.copyOf(files.keySet()), epochSeconds)
        .getBytes(StandardCharsets.UTF_8));
    byte[] dataGz = gzip(data.bytes());
    String checksums = "---\nSHA256:\n"
        + "  metadata.gz: " + digest("SHA-256", metadata) + "\n"
        + "  data.tar.gz: " + digest("SHA-256", dataGz) + "\n"
        + "SHA512:\n"
        + "  metadata.gz: " + digest("SHA-512", metadata) + "\n"
        + "  data.tar.gz: " + digest("SHA-512", dataGz) + "\n";
    return new Tar(epochSeconds)
        .add("metadata.gz", metadata, 0444)
        .add("data.tar.gz", dataGz, 0444)
        .add("checksums.yaml.gz", gzip(checksums.getBytes(StandardCharsets.UTF_8)), 0444)
        .bytes();
  }

  /** The gemspec in RubyGems' YAML form. */
  static String spec(String name, String version, ThemeSpec spec, List<String> files, long epochSeconds) {
    StringBuilder y = new StringBuilder("--- !ruby/object:Gem::Specification\n");
    y.append("name: ").append(q(name)).append('\n');
    y.append("version: !ruby/object:Gem::Version\n  version: ").append(q(version)).append('\n');
    y.append("platform: ruby\n");
    list(y, "authors", spec.authors());
    y.append("autorequire:\nbindir: bin\ncert_chain: []\n");
    y.append("date: ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd")
        .format(Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC))).append(" 00:00:00.000000000 Z\n");
    if (spec.dependencies().isEmpty()) {
      y.append("dependencies: []\n");
    } else {
      y.append("dependencies:\n");
      for (String d : spec.dependencies()) dependency(y, d);
    }
    y.append("description:").append(spec.description().isEmpty() ? "" : " " + q(spec.description())).append('\n');
    list(y, "email", spec.email());
    y.append("executables: []\nextensions: []\nextra_rdoc_files: []\n");
    list(y, "files", files);
    y.append("homepage:").append(spec.homepage().isEmpty() ? "" : " " + q(spec.homepage())).append('\n');
    list(y, "licenses", spec.licenses());
    if (spec.metadata().isEmpty()) {
      y.append("metadata: {}\n");
    } else {
      y.append("metadata:\n");
      spec.metadata().forEach((k, v) -> y.append("  ").append(q(k)).append(": ").append(q(v)).append('\n'));
    }
    y.append("post_install_message:\nrdoc_options: []\nrequire_paths:\n- lib\n");
    y.append("required_ruby_version: ").append(requirement("", List.of(">= 0")));
    y.append("required_rubygems_version: ").append(requirement("", List.of(">= 0")));
    y.append("requirements: []\nrubygems_version: 3.3.15\nsigning_key:\nspecification_version: 4\n");
    y.append("summary: ").append(q(spec.summary().isEmpty() ? name : spec.summary())).append('\n');
    y.append("test_files: []\n");
    return y.toString();
  }

  /** One {@code NAME (OP VERSION, ...)} dependency as a {@code Gem::Dependency}. */
  private static void dependency(StringBuilder y, String printed) {
    int open = printed.indexOf(" (");
    String name = open < 0 ? printed : printed.substring(0, open);
    List<String> reqs = open < 0 ? List.of(">= 0")
        : List.of(printed.substring(open + 2, printed.length() - 1).split(",\\s*"));
    y.append("- !ruby/object:Gem::Dependency\n  name: ").append(q(name)).append('\n');
    y.append("  requirement: ").append(requirement("  ", reqs));
    y.append("  type: :runtime\n  prerelease: false\n");
    y.append("  version_requirements: ").append(requirement("  ", reqs));
  }

  private static String requirement(String indent, List<String> reqs) {
    StringBuilder y = new StringBuilder("!ruby/object:Gem::Requirement\n");
    y.append(indent).append("  requirements:\n");
    for (String r : reqs) {
      String[] opVersion = r.strip().split("\\s+", 2);
      String op = opVersion.length == 2 ? opVersion[0] : "=";
      String v = opVersion.length == 2 ? opVersion[1] : opVersion[0];
      y.append(indent).append("  - - ").append(q(op)).append('\n');
      y.append(indent).append("    - !ruby/object:Gem::Version\n");
      y.append(indent).append("      version: ").append(q(v)).append('\n');
    }
    return y.toString();
  }

  private static void list(StringBuilder y, String key, List<String> values) {
    if (values.isEmpty()) {
      y.append(key).append(": []\n");
      return;
    }
    y.append(key).append(":\n");
    for (String v : values) y.append("- ").append(q(v)).append('\n');
  }

  /** A YAML double-quoted string. */
  static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\x%02x", (int) c)); else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String digest(String algorithm, byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
