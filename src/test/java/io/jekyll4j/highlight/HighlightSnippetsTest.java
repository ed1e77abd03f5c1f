package io.jekyll4j.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.testkit.SiteCompare;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every snippet under {@code highlight/snippets/<lang>/} against the HTML real Jekyll 4.3 (Rouge
 * 3.30, kramdown) made of it, committed beside it by {@code src/test/scripts/
 * make-highlight-expected}: as a fenced block in Markdown, through {@code {% highlight %}}, and
 * with {@code linenos}.
 */
class HighlightSnippetsTest {
  private static final Highlighter HIGHLIGHTER = new Highlighter();

  /** One expected file: the snippet, its language (directory name) and the kind of output. */
  record Case(String lang, Path snippet, String kind, Path expected) {
    @Override
    public String toString() {
      return lang + "/" + snippet.getFileName() + " " + kind;
    }

    String actual() throws IOException {
      String code = Files.readString(snippet, StandardCharsets.UTF_8);
      String block = code.endsWith("\n") ? code : code + "\n";
      return switch (kind) {
        case "fenced" -> HIGHLIGHTER.fencedBlock(block, lang);
        case "tag" -> HIGHLIGHTER.highlightTag("\n" + block, lang, false);
        case "linenos" -> HIGHLIGHTER.highlightTag("\n" + block, lang, true);
        default -> throw new IllegalArgumentException(kind);
      };
    }

    String expectedHtml() throws IOException {
      return Files.readString(expected, StandardCharsets.UTF_8);
    }
  }

  static Stream<Case> cases() throws IOException, URISyntaxException {
    Path root =
        Path.of(Objects.requireNonNull(HighlightSnippetsTest.class.getResource("/highlight/snippets")).toURI());
    List<Case> out = new java.util.ArrayList<>();
    try (Stream<Path> langs = Files.list(root)) {
      for (Path dir : langs.sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.sorted().toList()) {
            String name = f.getFileName().toString();
            if (name.matches(".*\\.(fenced|tag|linenos)\\.html")) {
              continue; // an expected output, not a snippet
            }
            for (String kind : List.of("fenced", "tag", "linenos")) {
              Path expected = dir.resolve(name + "." + kind + ".html");
              if (Files.exists(expected)) {
                out.add(new Case(dir.getFileName().toString(), f, kind, expected));
              }
            }
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void snippetIsHighlightedExactlyAsJekyllDoes(Case c) throws IOException {
    String expected = c.expectedHtml();
    String actual = c.actual();
    assertThat(SiteCompare.compareHtml(expected, actual)).isEmpty();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void everyLanguageHasSnippetsAndAllMatch() throws Exception {
    Map<String, int[]> perLang = new TreeMap<>();
    for (Case c : cases().toList()) {
      String expected = c.expectedHtml();
      String actual = c.actual();
      int[] counts = perLang.computeIfAbsent(c.lang(), k -> new int[3]);
      counts[0]++;
      Optional<String> diff = SiteCompare.compareHtml(expected, actual);
      if (diff.isEmpty()) {
        counts[1]++;
      }
      if (expected.equals(actual)) {
        counts[2]++;
      }
    }
    StringBuilder report = new StringBuilder("language: cases / equivalent / byte-exact\n");
    int[] total = new int[3];
    perLang.forEach(
        (lang, c) -> {
          report.append(String.format("  %-14s %3d %3d %3d%n", lang, c[0], c[1], c[2]));
          for (int i = 0; i < 3; i++) {
            total[i] += c[i];
          }
        });
    report.append(String.format("  %-14s %3d %3d %3d%n", "TOTAL", total[0], total[1], total[2]));
    // the table is in the failure message; printed on a passing run only when asked for
    if (Boolean.getBoolean("jekyll4j.report")) System.out.print(report);
    assertThat(total[1]).as(report.toString()).isEqualTo(total[0]);
    assertThat(total[2]).as(report.toString()).isEqualTo(total[0]);
  }
}
