package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterDocumentTest {
  private static final List<String> ORDER = List.of("layout", "title", "date", "tags");

  private static FrontMatterDocument parse(String text) {
    return FrontMatterDocument.parse("x.md", text).orElseThrow();
  }

  @Test
  void unchangedDocumentGivesBackItsExactText() {
    String text = "---   \n# note\nlayout: post\ntitle:  'A' # c\n...\nBody\n\n";

    assertThat(parse(text).text()).isEqualTo(text);
  }

  @Test
  void textWithoutFrontMatterIsNotADocument() {
    assertThat(FrontMatterDocument.parse("x.md", "# Title\n---\n")).isEmpty();
    assertThat(FrontMatterDocument.parse("x.md", "---\nopen: never closed\n")).isEmpty();
  }

  @Test
  void replacingAValueKeepsSpacingQuotesAndComment() {
    FrontMatterDocument doc = parse("---\ntitle:   \"Old\" # keep\n---\n");

    assertThat(doc.with("title", "\"New\"", ORDER, " ").text())
        .isEqualTo("---\ntitle:   \"New\" # keep\n---\n");
  }

  @Test
  void replacingAnEmptyOrBlockValueRewritesTheEntry() {
    FrontMatterDocument doc = parse("---\ntitle:\ntags:\n  - a\n  - b\nlayout: x\n---\n");

    assertThat(doc.with("title", "T", ORDER, " ").with("tags", "[]", ORDER, " ").text())
        .isEqualTo("---\ntitle: T\ntags: []\nlayout: x\n---\n");
  }

  @Test
  void newKeysGoAfterTheKeyTheOrderPutsBeforeThem() {
    FrontMatterDocument doc = parse("---\nlayout: post\ntitle: T\ntags: [a]\n---\nBody");

    assertThat(doc.with("date", "2024-01-01", ORDER, "  ").text())
        .isEqualTo("---\nlayout: post\ntitle: T\ndate:  2024-01-01\ntags: [a]\n---\nBody");
  }

  @Test
  void removingAKeyDropsItsValueLinesButNotTheNextKeysComment() {
    FrontMatterDocument doc =
        parse("---\ndate:\n  2024-01-01\n# about tags\ntags: [a]\n---\n");

    assertThat(doc.without("date").text()).isEqualTo("---\n# about tags\ntags: [a]\n---\n");
  }

  @Test
  void windowsLineEndingsAreKept() {
    FrontMatterDocument doc = parse("---\r\ntitle: A\r\n---\r\nBody\r\n");

    assertThat(doc.with("title", "B", ORDER, " ").text())
        .isEqualTo("---\r\ntitle: B\r\n---\r\nBody\r\n");
  }

  @Test
  void valuesAfterWideCharactersAreFoundByCodePoint() {
    FrontMatterDocument doc = parse("---\n\"🎉\": x\ntitle: Old\n---\n");

    assertThat(doc.with("title", "New", ORDER, " ").text())
        .isEqualTo("---\n\"🎉\": x\ntitle: New\n---\n");
  }

  @Test
  void brokenYamlNamesFileAndLine() {
    assertThatThrownBy(() -> parse("---\ntitle: A\ntags: [a\n---\n"))
        .isInstanceOf(ComposeException.class)
        .hasMessageStartingWith("x.md:3: invalid YAML front matter");
  }
}
