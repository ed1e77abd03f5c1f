package io.jekyll4j.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The public API: language names, Jekyll's highlight tag and kramdown's code block wrapper. */
class HighlighterTest {
  private final Highlighter highlighter = new Highlighter();

  @Test
  void knowsRougeNamesAndAliasesCaseSensitively() {
    for (String name :
        new String[] {
          "ruby", "rb", "js", "javascript", "sh", "bash", "shell", "console", "shell_session",
          "yml", "py", "html", "text", "plaintext", "c++", "golang", "ts", "md", "erb", "toml"
        }) {
      assertThat(highlighter.knows(name)).as(name).isTrue();
    }
    assertThat(highlighter.knows("Ruby")).isFalse();
    assertThat(highlighter.knows("nosuchlang")).isFalse();
    assertThat(highlighter.knows(null)).isFalse();
    assertThat(highlighter.knows("console?lang=sh")).isTrue();
  }

  @Test
  void unknownOrMissingLanguageIsEscapedPlainText() {
    assertThat(highlighter.highlight("a < b && \"c\"", "nosuchlang"))
        .isEqualTo("a &lt; b &amp;&amp; \"c\"");
    assertThat(highlighter.highlight("x > y", null)).isEqualTo("x &gt; y");
  }

  @Test
  void highlightTagStripsOuterLineBreaksAndWrapsInAFigure() {
    assertThat(highlighter.highlightTag("\n\r\nx = 1\n\n", "Ruby", false))
        .isEqualTo(
            "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">"
                + "<span class=\"n\">x</span> <span class=\"o\">=</span> "
                + "<span class=\"mi\">1</span></code></pre></figure>");
  }

  @Test
  void highlightTagClassReplacesPlusSigns() {
    assertThat(highlighter.highlightTag("int x;", "c++", false))
        .startsWith("<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\">");
  }

  @Test
  void linenosNumberEveryLineIncludingTheLastWithoutNewline() {
    String html = highlighter.highlightTag("a\nb\nc", "text", true);
    assertThat(html)
        .isEqualTo(
            "<figure class=\"highlight\"><pre><code class=\"language-text\" data-lang=\"text\">"
                + "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\">"
                + "<pre class=\"lineno\">1\n2\n3\n</pre></td><td class=\"code\"><pre>a\nb\nc\n"
                + "</pre></td></tr></tbody></table></code></pre></figure>");
  }

  @Test
  void fencedBlockWithKnownLanguageUsesKramdownsRougeWrapper() {
    assertThat(highlighter.fencedBlock("x\n", "js"))
        .isEqualTo(
            "<div class=\"language-js highlighter-rouge\"><div class=\"highlight\"><pre"
                + " class=\"highlight\"><code><span class=\"nx\">x</span>\n"
                + "</code></pre></div></div>\n");
  }

  @Test
  void fencedBlockWithoutLanguageIsPlainTextInTheWrapper() {
    assertThat(highlighter.fencedBlock("a & b\n", null))
        .isEqualTo(
            "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre"
                + " class=\"highlight\"><code>a &amp; b\n</code></pre></div></div>\n");
  }

  @Test
  void fencedBlockWithUnknownLanguageIsAPlainPreWithTheLanguageClass() {
    assertThat(highlighter.fencedBlock("a < b\n", "Ruby"))
        .isEqualTo("<pre><code class=\"language-Ruby\">a &lt; b\n</code></pre>\n");
  }

  @Test
  void consoleWithWindowsLineEndsTerminatesAndKeepsCarriageReturnsInTheLine() {
    // Rouge's line regex ends lines at \n only, so "\r" stays part of each line (this once
    // looped forever: Java's $ also matches before \r). Expected text is Rouge 3.30's output.
    assertThat(highlighter.highlight("$ ls\r\nfile\r\n", "console"))
        .isEqualTo(
            "<span class=\"gp\">$</span><span class=\"w\"> </span>"
                + "<span class=\"nb\">ls</span>\r\n"
                + "<span class=\"go\">file\r\n</span>");
  }

  @Test
  void fencedBlockOptionsAfterQuestionMarkStayOutOfTheClass() {
    // Jekyll 4.3 output for ```console?lang=sh
    assertThat(highlighter.fencedBlock("$ ls\n", "console?lang=sh"))
        .isEqualTo(
            "<div class=\"language-console highlighter-rouge\"><div class=\"highlight\"><pre"
                + " class=\"highlight\"><code><span class=\"gp\">$</span><span class=\"w\">"
                + " </span><span class=\"nb\">ls</span>\n</code></pre></div></div>\n");
  }

  @Test
  void emptyHighlightTagBodyGivesEmptyCodeOrOneNumberedLine() {
    assertThat(highlighter.highlightTag("", "ruby", false))
        .isEqualTo(
            "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">"
                + "</code></pre></figure>");
    assertThat(highlighter.highlightTag("\n\n", "ruby", true))
        .contains("<pre class=\"lineno\">1\n</pre></td><td class=\"code\"><pre>\n</pre>");
  }

  @Test
  void guessPicksTheLexerFromAShebangOrFallsBackToPlainText() {
    // Rouge 3.30: Lexer.find_fancy("guess", code)
    assertThat(highlighter.highlight("#!/bin/sh\necho x\n", "guess"))
        .isEqualTo("<span class=\"c\">#!/bin/sh</span>\n<span class=\"nb\">echo </span>x\n");
    assertThat(highlighter.highlight("a < b", "guess")).isEqualTo("a &lt; b");
  }

  @Test
  void consoleOptionsChooseThePromptAndTheCommandLanguage() {
    // Rouge 3.30: Lexer.find_fancy("console?lang=ruby&prompt=%3E")
    assertThat(highlighter.highlight("irb(main):001:0> puts 1\n1\n", "console?lang=ruby&prompt=%3E"))
        .isEqualTo(
            "<span class=\"gp\">irb(main):001:0&gt;</span><span class=\"w\"> </span>"
                + "<span class=\"nb\">puts</span> <span class=\"mi\">1</span>\n"
                + "<span class=\"go\">1\n</span>");
  }

  @Test
  void unknownLanguageBlockKeepsQuotesUnescapedAsKramdownDoes() {
    // Jekyll 4.3 output for ```nosuchlang
    assertThat(highlighter.fencedBlock("say \"hi\" & <b> 'x'\n", "nosuchlang"))
        .isEqualTo(
            "<pre><code class=\"language-nosuchlang\">say \"hi\" &amp; &lt;b&gt; 'x'\n"
                + "</code></pre>\n");
  }
}
