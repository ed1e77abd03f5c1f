package io.jekyll4j.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** jekyll-relative-links' {@code exclude} patterns match as Jekyll's {@code glob_include?} does. */
class RubyGlobTest {
  @Test
  void aStarCrossesFoldersAsFnmatchWithoutFlagsDoes() {
    assertThat(RubyGlob.anyMatches(List.of("*.md"), "docs/deep/a.md")).isTrue();
    assertThat(RubyGlob.anyMatches(List.of("docs/*.md"), "docs/deep/a.md")).isTrue();
    assertThat(RubyGlob.anyMatches(List.of("*.md"), "docs/a.markdown")).isFalse();
  }

  @Test
  void aPatternThatIsAPrefixOfThePathMatches() {
    assertThat(RubyGlob.anyMatches(List.of("drafts"), "drafts-list.md")).isTrue();
    assertThat(RubyGlob.anyMatches(List.of("docs/"), "docs/a.md")).isTrue();
    assertThat(RubyGlob.anyMatches(List.of("docs/"), "doc.md")).isFalse();
  }

  @Test
  void questionMarksClassesAndEscapesMatchOneCharacter() {
    assertThat(RubyGlob.anyMatches(List.of("a?.md"), "ab.md")).isTrue();
    assertThat(RubyGlob.anyMatches(List.of("[!x]b.md"), "ab.md")).isTrue();
    assertThat(RubyGlob.anyMatches(List.of("[!a]b.md"), "ab.md")).isFalse();
    assertThat(RubyGlob.anyMatches(List.of("a\\*.md"), "ab.md")).isFalse();
    assertThat(RubyGlob.anyMatches(List.of("a\\*.md"), "a*.md")).isTrue();
  }

  @Test
  void patternsThatAreNotStringsAreIgnored() {
    assertThat(RubyGlob.anyMatches(List.of(42, "x"), "a.md")).isFalse();
  }
}
