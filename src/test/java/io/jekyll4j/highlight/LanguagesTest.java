package io.jekyll4j.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  @Test
  void everyDeclaredLanguageIsMadeOnFirstUseUnderItsOwnNames() {
    LexerRegistry registry = LexerRegistry.builtIn();
    Set<String> tags = new HashSet<>();
    for (Lexer lexer : Languages.all(registry::find)) {
      assertThat(tags.add(lexer.tag())).as("declared twice: " + lexer.tag()).isTrue();
      // a language without its case in Languages.create, or whose rule table has other names, fails here
      assertThatCode(lexer::newLexing).as(lexer.tag()).doesNotThrowAnyException();
      assertThat(registry.find(lexer.tag())).as(lexer.tag()).isPresent();
    }
    assertThat(tags).hasSizeGreaterThan(200).contains("go", "ruby", "html", "markdown", "console", "plaintext");
  }
}
