package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.highlight.Highlighter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidMarkdownConverterTest {
  @Test
  void anUnknownMarkdownProcessorFailsTheFirstConversionWithJekyllsMessage() {
    Converter md = new ConverterRegistry(Map.of("markdown", "redcarpet"), new Highlighter()).markdown();
    assertThat(md.matches(".md")).isTrue();
    assertThatThrownBy(() -> md.convert("# Title"))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("Invalid Markdown processor given: redcarpet");
  }

  @Test
  void kramdownIsAcceptedInAnyCase() {
    assertThat(new ConverterRegistry(Map.of("markdown", "Kramdown"), new Highlighter()).markdown())
        .isInstanceOf(KramdownConverter.class);
  }
}
