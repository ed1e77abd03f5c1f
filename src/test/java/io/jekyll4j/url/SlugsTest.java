package io.jekyll4j.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins {@link Slugs} to real Jekyll 4.3: {@code url/slugify-table.txt} was written by
 * {@code src/test/scripts/slugify-table.rb} with {@code Jekyll::Utils.slugify}.
 */
class SlugsTest {

  @ParameterizedTest(name = "[{index}] {0} cased={1}: \"{2}\"")
  @MethodSource("jekyllTable")
  void slugifiesAsJekyllDoes(String mode, boolean cased, String input, String expected) {
    String actual =
        mode.equals("(nil)") ? (cased ? Slugs.slugify(input, null, true) : Slugs.slugify(input))
            : Slugs.slugify(input, mode, cased);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void tableCoversEveryModeAndBothCases() throws IOException {
    List<Arguments> rows = jekyllTable().toList();
    assertThat(rows).hasSizeGreaterThan(1000);
    assertThat(rows.stream().map(r -> r.get()[0]).distinct())
        .contains("raw", "default", "pretty", "ascii", "latin", "none", "(nil)", "unknown");
  }

  @Test
  void latinModeDropsAccentsAndSpecialLetters() {
    assertThat(Slugs.slugify("Ünïcödé Title!", "latin", false)).isEqualTo("unicode-title");
    assertThat(Slugs.slugify("Straße Łódź Øre þing Đak", "latin", false))
        .isEqualTo("strasse-lodz-ore-thing-dak");
  }

  @Test
  void noneModeOnlyLowercases() {
    assertThat(Slugs.slugify("Hello, World!", "none", false)).isEqualTo("hello, world!");
    assertThat(Slugs.slugify("Hello, World!", "none", true)).isEqualTo("Hello, World!");
  }

  @Test
  void lowercasingIgnoresGreekFinalSigmaLikeRuby() {
    assertThat(Slugs.slugify("ΟΔΟΣ")).isEqualTo("οδοσ");
  }

  static Stream<Arguments> jekyllTable() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                SlugsTest.class.getResourceAsStream("/url/slugify-table.txt"), "table");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t", -1);
        rows.add(
            Arguments.of(
                cells[0], Boolean.parseBoolean(cells[1]), unescape(cells[2]), unescape(cells[3])));
      }
    }
    return rows.stream();
  }

  /** Reverses the script's escapes of backslash, tab, newline and hex code points. */
  static String unescape(String cell) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = cell.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'u' -> {
          int close = cell.indexOf('}', i);
          out.appendCodePoint(Integer.parseInt(cell.substring(i + 2, close), 16));
          i = close;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
