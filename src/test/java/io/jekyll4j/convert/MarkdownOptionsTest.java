package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.highlight.Highlighter;
import io.jekyll4j.testkit.SiteCompare;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Site settings that change the Markdown output ({@code kramdown:} options, {@code markdown:
 * CommonMark} with {@code commonmark:} options), each checked against real Jekyll's output
 * ({@code src/test/resources/markdown/options/NAME}), and the {@code smartify} filter.
 */
class MarkdownOptionsTest {
  private static final Path OPTIONS = Path.of("src/test/resources/markdown/options");
  private static final Path SMARTIFY = Path.of("src/test/resources/markdown/smartify");

  static List<String> optionSets() throws IOException {
    try (Stream<Path> s = Files.list(OPTIONS)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionSets")
  void siteOptionsChangeTheOutputAsInJekyll(String name) throws IOException {
    Path dir = OPTIONS.resolve(name);
    Map<String, Object> config = new Yaml().load(Files.readString(dir.resolve("config.yml")));
    String page = Files.readString(dir.resolve("page.md"), StandardCharsets.UTF_8).substring(8);
    String expected = Files.readString(dir.resolve("page.html"), StandardCharsets.UTF_8);
    Converter converter = new ConverterRegistry(config, new Highlighter()).markdown();
    String actual = converter.convert(page);
    assertThat(SiteCompare.compareHtml(expected, actual))
        .as("%s\n--- expected\n%s\n--- actual\n%s", name, expected, actual).isEmpty();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void smartifyGivesWhatJekyllsFilterGives() throws IOException {
    List<String> cases = new Yaml().load(Files.readString(SMARTIFY.resolve("cases.yml")));
    String[] expected = Files.readString(SMARTIFY.resolve("expected.txt")).split("\n<<<END>>>\n", -1);
    KramdownConverter converter = new KramdownConverter(Map.of(), new Highlighter());
    for (int i = 0; i < cases.size(); i++) {
      assertThat(converter.smartify(cases.get(i))).as("case %d", i).isEqualTo(expected[i]);
    }
  }

  @Test
  void registryPicksKramdownByDefaultAndCommonMarkWhenAsked() {
    assertThat(new ConverterRegistry(Map.of(), new Highlighter()).markdown())
        .isInstanceOf(KramdownConverter.class);
    assertThat(new ConverterRegistry(Map.of("markdown", "CommonMark"), new Highlighter()).markdown())
        .isInstanceOf(CommonMarkConverter.class);
  }

  @Test
  void markdownExtensionsComeFromMarkdownExt() {
    Converter dflt = new KramdownConverter(Map.of(), new Highlighter());
    assertThat(dflt.matches(".md")).isTrue();
    assertThat(dflt.matches(".MARKDOWN")).isTrue();
    assertThat(dflt.matches(".txt")).isFalse();
    Converter custom = new KramdownConverter(Map.of("markdown_ext", "txt,md"), new Highlighter());
    assertThat(custom.matches(".txt")).isTrue();
    assertThat(custom.matches(".mkd")).isFalse();
    assertThat(custom.outputExtension(".txt")).isEqualTo(".html");
  }
}
