package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins {@link YamlScalars#psych} to Psych: the table was written by psych-scalars.rb. */
class YamlScalarsTest {

  @ParameterizedTest(name = "[{index}] <{0}> is written {1}")
  @MethodSource("psychTable")
  void writesStringsAsPsychDoes(String input, String expected) {
    assertThat(YamlScalars.psych(input)).isEqualTo(expected);
  }

  @Test
  void keepsTheSiteStyleWhenItCanHoldTheValue() {
    assertThat(YamlScalars.render("Getting Involved", ScalarStyle.DOUBLE_QUOTED))
        .isEqualTo("\"Getting Involved\"");
    assertThat(YamlScalars.render("It's here", ScalarStyle.SINGLE_QUOTED))
        .isEqualTo("'It''s here'");
    assertThat(YamlScalars.render("Hello: World", ScalarStyle.PLAIN)).isEqualTo("'Hello: World'");
    assertThat(YamlScalars.render("true", ScalarStyle.PLAIN)).isEqualTo("'true'");
  }

  static Stream<Arguments> psychTable() throws IOException {
    byte[] bytes;
    try (var in =
        Objects.requireNonNull(
            YamlScalarsTest.class.getResourceAsStream("/compose/psych-scalars.txt"))) {
      bytes = in.readAllBytes();
    }
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    return lines.stream()
        .map(line -> line.split("\t", 2))
        .map(
            cells ->
                Arguments.of(
                    cells[0].replace("\\t", "\t").replace("\\\\", "\\"), cells[1]));
  }
}
