package io.jekyll4j.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.source.ThemeSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The {@code .gem} jekyll4j writes: RubyGems' layout, checksums and YAML gemspec. */
class GemFileTest {
  private static final ThemeSpec SPEC = new ThemeSpec("1.2.0", List.of("Ann \"A\" Author"), "A summary.", "",
      Map.of("plugin_type", "theme"), List.of("jekyll (>= 3.5, < 5.0)", "jekyll-feed (~> 0.9)"),
      List.of("ann@example.org"), "https://example.org", List.of("MIT"));

  /** The entries of a ustar archive, by name (prefix joined), read back by hand. */
  static Map<String, byte[]> untar(byte[] tar) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    int at = 0;
    while (at + 512 <= tar.length && tar[at] != 0) {
      String name = field(tar, at, 100);
      String prefix = field(tar, at + 345, 155);
      int size = Integer.parseInt(field(tar, at + 124, 12).strip(), 8);
      long sum = 0;
      for (int i = 0; i < 512; i++) sum += (i >= 148 && i < 156) ? ' ' : tar[at + i] & 0xff;
      assertThat(Long.parseLong(field(tar, at + 148, 7).strip(), 8)).as("checksum of " + name).isEqualTo(sum);
      assertThat(field(tar, at + 257, 6)).isEqualTo("ustar");
      byte[] data = java.util.Arrays.copyOfRange(tar, at + 512, at + 512 + size);
      out.put(prefix.isEmpty() ? name : prefix + "/" + name, data);
      at += 512 + (size + 511) / 512 * 512;
    }
    return out;
  }

  private static String field(byte[] b, int at, int len) {
    int end = at;
    while (end < at + len && b[end] != 0) end++;
    return new String(b, at, end - at, StandardCharsets.UTF_8);
  }

  static byte[] gunzip(byte[] gz) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  @Test
  void aGemIsATarOfMetadataDataAndChecksumsThatMatch() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("_layouts/default.html", "{{ content }}".getBytes(StandardCharsets.UTF_8));
    String deep = "assets/" + "very-long-folder-name/".repeat(6) + "file.css";
    files.put(deep, "a{}".getBytes(StandardCharsets.UTF_8));

    Map<String, byte[]> gem = untar(GemFile.write("zz", "1.2.0", SPEC, files, 1893456000L));

    assertThat(gem.keySet()).containsExactly("metadata.gz", "data.tar.gz", "checksums.yaml.gz");
    Map<String, byte[]> data = untar(gunzip(gem.get("data.tar.gz")));
    assertThat(data.keySet()).containsExactly("_layouts/default.html", deep);
    assertThat(new String(data.get(deep), StandardCharsets.UTF_8)).isEqualTo("a{}");
    String checksums = new String(gunzip(gem.get("checksums.yaml.gz")), StandardCharsets.UTF_8);
    assertThat(checksums).contains("  metadata.gz: " + HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(gem.get("metadata.gz"))));
    assertThat(checksums).contains("  data.tar.gz: " + HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-512").digest(gem.get("data.tar.gz"))));
  }

  @Test
  void theMetadataIsRubyGemsYamlGemspec() throws Exception {
    Map<String, byte[]> gem = untar(GemFile.write("zz", "1.2.0", SPEC,
        Map.of("_layouts/a.html", new byte[0]), 1893456000L));
    String yaml = new String(gunzip(gem.get("metadata.gz")), StandardCharsets.UTF_8);

    assertThat(yaml).startsWith("--- !ruby/object:Gem::Specification\nname: \"zz\"\n"
        + "version: !ruby/object:Gem::Version\n  version: \"1.2.0\"\nplatform: ruby\nauthors:\n- \"Ann \\\"A\\\" Author\"\n");
    assertThat(yaml).contains("date: 2030-01-01 00:00:00.000000000 Z\n");
    assertThat(yaml).contains("""
        - !ruby/object:Gem::Dependency
          name: "jekyll"
          requirement: !ruby/object:Gem::Requirement
            requirements:
            - - ">="
              - !ruby/object:Gem::Version
                version: "3.5"
            - - "<"
              - !ruby/object:Gem::Version
                version: "5.0"
          type: :runtime
        """);
    assertThat(yaml).contains("files:\n- \"_layouts/a.html\"\n", "metadata:\n  \"plugin_type\": \"theme\"\n",
        "summary: \"A summary.\"\n", "licenses:\n- \"MIT\"\n");
  }
}
