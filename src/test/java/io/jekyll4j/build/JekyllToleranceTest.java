package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where Jekyll 4.3 warns, repairs or skips, the build goes on here too, with Jekyll's wording
 * (checked against the oracle: {@code jekyll build} on the same files).
 */
class JekyllToleranceTest {
  @TempDir Path tmp;

  private static final byte[] BINARY = {'-', '-', '-', '\n', (byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, '\n'};

  private Path site(String config) throws IOException {
    Path src = tmp.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve("_config.yml"), config);
    Files.writeString(src.resolve("index.html"), "---\n---\n<p>home</p>\n");
    return src;
  }

  private BuildResult build(Path src) {
    return new Pipeline(BuildOptions.of(src, tmp.resolve("out"))).build();
  }

  @Test
  void aBinaryFileStartingWithDashesIsCopiedWithJekyllsWarning() throws IOException {
    Path src = site("collections:\n  docs:\n    output: true\n");
    Files.createDirectories(src.resolve("assets"));
    Files.write(src.resolve("assets/img.png"), BINARY);
    Files.createDirectories(src.resolve("_docs"));
    Files.write(src.resolve("_docs/d.bin"), BINARY);
    Files.createDirectories(src.resolve("_posts"));
    Files.write(src.resolve("_posts/2020-01-01-bad.md"),
        "---\ntitle: x\n---\n\u00ff bad\n".getBytes(StandardCharsets.ISO_8859_1));

    BuildResult r = build(src);

    assertThat(tmp.resolve("out/assets/img.png")).hasBinaryContent(BINARY);
    assertThat(tmp.resolve("out/docs/d.bin")).hasBinaryContent(BINARY);
    assertThat(tmp.resolve("out/2020/01/01/bad.html")).doesNotExist();
    String abs = src.toAbsolutePath().normalize().toString();
    assertThat(r.warnings()).contains(
        "Error reading file " + abs + "/assets/img.png: invalid byte sequence in UTF-8",
        "Error: could not read file " + abs + "/_docs/d.bin: invalid byte sequence in UTF-8",
        "Error: could not read file " + abs + "/_posts/2020-01-01-bad.md: invalid byte sequence in UTF-8");
  }

  @Test
  void anExcerptSeparatorInsideALiquidBlockGivesJekyllsExcerptModifiedWarning() throws IOException {
    Path src = site("title: t\n");
    Files.createDirectories(src.resolve("_posts"));
    Files.writeString(src.resolve("_posts/2020-01-01-cut.md"),
        "---\n---\n{% if true %}\nfirst\n\nsecond\n{% endif %}\n");
    Files.writeString(src.resolve("_posts/2020-01-02-whole.md"),
        "---\n---\n{% if true %}first{% endif %}\n\nsecond\n");

    BuildResult r = build(src);

    assertThat(r.warnings()).containsSubsequence(List.of(
        "Warning: Excerpt modified in _posts/2020-01-01-cut.md!",
        "Found a Liquid block containing the excerpt separator \"\\n\\n\".",
        "The block has been modified with the appropriate closing tag.",
        "Feel free to define a custom excerpt or excerpt_separator in the",
        "document's Front Matter if the generated excerpt is unsatisfactory."));
    assertThat(r.warnings()).noneMatch(w -> w.contains("2020-01-02-whole"));
    assertThat(tmp.resolve("out/2020/01/01/cut.html")).exists();
  }

  @Test
  void anUnparseableFrontMatterDateStillStopsTheBuildAsInJekyll() throws IOException {
    Path src = site("title: t\n");
    Files.createDirectories(src.resolve("_posts"));
    Files.writeString(src.resolve("_posts/2020-01-01-a.md"), "---\ndate: not a date\n---\nx\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> build(src))
        .hasMessageContaining("Invalid date 'not a date'")
        .hasMessageContaining("does not have a valid date in the YAML front matter");
  }
}
