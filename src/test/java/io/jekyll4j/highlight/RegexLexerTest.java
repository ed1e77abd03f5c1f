package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule engine on small made-up languages: states, merging, errors, scanner semantics. */
class RegexLexerTest {

  /** A toy language: words, numbers, "strings" with \escapes, and (nested (parens)). */
  private static final RegexLexer TOY =
      RegexLexer.builder("toy")
          .state(
              "root",
              s ->
                  s.rule("\\s+", Token.TEXT)
                      .rule("\"", Token.STRING_DOUBLE, "string")
                      .rule("\\(", Token.PUNCTUATION, "parens")
                      .mixin("atoms"))
          .state("atoms", s -> s.rule("[0-9]+", Token.NUMBER_INTEGER).rule("[a-z]+", Token.NAME))
          .state(
              "string",
              s ->
                  s.rule("\\\\.", Token.STRING_ESCAPE)
                      .rule("\"", Token.STRING_DOUBLE, POP)
                      .rule("[^\"\\\\]+", Token.STRING_DOUBLE))
          .state(
              "parens",
              s ->
                  s.rule("\\(", Token.PUNCTUATION, PUSH)
                      .rule("\\)", Token.PUNCTUATION, POP)
                      .rule("\\s+", Token.TEXT)
                      .rule("[a-z]+", Token.KEYWORD))
          .build();

  private static String html(Lexer lexer, String code) {
    return HtmlFormatter.format(lexer, code);
  }

  private static List<String> tokens(Lexer lexer, String code) {
    List<String> out = new ArrayList<>();
    TokenMerger merger = new TokenMerger((t, v) -> out.add(t.shortName() + ":" + v));
    lexer.lex(code, merger);
    merger.finish();
    return out;
  }

  @Test
  void pushedStateLexesUntilItsRulePops() {
    assertThat(html(TOY, "a \"x\\ny\" b"))
        .isEqualTo(
            "<span class=\"n\">a</span> <span class=\"s2\">\"x</span><span class=\"se\">\\n</span>"
                + "<span class=\"s2\">y\"</span> <span class=\"n\">b</span>");
  }

  @Test
  void pushWithoutNameNestsTheCurrentState() {
    assertThat(html(TOY, "(a (b) c) d"))
        .isEqualTo(
            "<span class=\"p\">(</span><span class=\"k\">a</span> <span class=\"p\">(</span>"
                + "<span class=\"k\">b</span><span class=\"p\">)</span> <span class=\"k\">c</span>"
                + "<span class=\"p\">)</span> <span class=\"n\">d</span>");
  }

  @Test
  void consecutiveTokensOfOneTypeBecomeOneSpan() {
    RegexLexer oneCharAtATime =
        RegexLexer.builder("chars").state("root", s -> s.rule(".", Token.NAME)).build();
    assertThat(html(oneCharAtATime, "abc")).isEqualTo("<span class=\"n\">abc</span>");
    assertThat(html(TOY, "((")).isEqualTo("<span class=\"p\">((</span>");
  }

  @Test
  void textIsHtmlEscapedAndPlainTextHasNoSpan() {
    RegexLexer all =
        RegexLexer.builder("all")
            .state("root", s -> s.rule("<[^>]*>", Token.NAME_TAG).rule("[^<]+", Token.TEXT))
            .build();
    assertThat(html(all, "<a href=\"x\">&'</a>"))
        .isEqualTo(
            "<span class=\"nt\">&lt;a href=\"x\"&gt;</span>&amp;'<span class=\"nt\">&lt;/a&gt;</span>");
  }

  @Test
  void emptyMatchesYieldNoToken() {
    RegexLexer groups =
        RegexLexer.builder("g")
            .state("root", s -> s.groups("(a)(b?)(c)", Token.NAME, Token.KEYWORD, Token.NAME))
            .build();
    assertThat(tokens(groups, "ac")).containsExactly("n:ac");
  }

  @Test
  void unmatchedCharacterIsAnErrorToken() {
    assertThat(html(TOY, "a$b")).isEqualTo(
        "<span class=\"n\">a</span><span class=\"err\">$</span><span class=\"n\">b</span>");
  }

  @Test
  void emptyMatchLoopsGiveUpAfterFiveStepsWithAnError() {
    RegexLexer stuck =
        RegexLexer.builder("stuck")
            .state("root", s -> s.rule("(?=x)", (lx, m) -> {}).rule("y", Token.NAME))
            .build();
    assertThat(tokens(stuck, "xy")).containsExactly("err:x", "n:y");
  }

  @Test
  void lookBehindDoesNotSeeTextBeforeTheScanPositionAsInRubysStringScanner() {
    RegexLexer lexer =
        RegexLexer.builder("lb")
            .state(
                "root",
                s -> s.rule("(?<!\\.)[a-z]+", Token.NAME_BUILTIN).rule("\\.", Token.PUNCTUATION))
            .build();
    assertThat(tokens(lexer, "a.b")).containsExactly("nb:a", "p:.", "nb:b");
  }

  @Test
  void ruleStartingWithCaretOnlyTriesAtLineStart() {
    RegexLexer lexer =
        RegexLexer.builder("bol")
            .state(
                "root",
                s ->
                    s.rule("^#.*", Token.COMMENT)
                        .rule("#", Token.OPERATOR)
                        .rule("[a-z ]+", Token.TEXT)
                        .rule("\\n", Token.TEXT))
            .build();
    assertThat(tokens(lexer, "#x\na #y"))
        .containsExactly("c:#x", ":\na ", "o:#", ":y");
  }

  @Test
  void gotoReplacesTheTopStateAndResetStackGoesBackToRoot() {
    RegexLexer lexer =
        RegexLexer.builder("go")
            .state(
                "root",
                s -> s.rule("a", Token.NAME, "one").rule("[;\\s]", Token.TEXT))
            .state("one", s -> s.rule("b", (lx, m) -> {
              lx.token(Token.KEYWORD);
              lx.gotoState("two");
            }))
            .state("two", s -> s.rule("c", Token.NUMBER).rule(";", (lx, m) -> {
              lx.token(Token.PUNCTUATION);
              lx.resetStack();
            }))
            .build();
    assertThat(tokens(lexer, "abc;a")).containsExactly("n:a", "k:b", "m:c", "p:;", "n:a");
  }

  @Test
  void delegatedLexingContinuesItsOwnStateAcrossPieces() {
    RegexLexer host =
        RegexLexer.builder("host")
            .state(
                "root",
                s ->
                    s.rule("\\|", Token.OPERATOR)
                        .rule("[^|]+", (lx, m) -> lx.delegate(lx.sub("toy", TOY), m.group())))
            .build();
    // The string opened before the bar is still open after it.
    assertThat(tokens(host, "\"ab|cd\"")).containsExactly("s2:\"ab", "o:|", "s2:cd\"");
  }

  @Test
  void rubyRegexSyntaxIsTranslated() {
    assertThat(RubyPattern.compile("\\h+").matcher("aF0").matches()).isTrue();
    assertThat(RubyPattern.compile("[[:alpha:]_]+").matcher("é_x").matches()).isTrue();
    assertThat(RubyPattern.compile("[ru]{,2}x").matcher("rux").matches()).isTrue();
    assertThat(RubyPattern.compile("#{a}").matcher("#{a}").matches()).isTrue();
    assertThat(RubyPattern.compile("\\p{Word}+").matcher("ab_1é").matches()).isTrue();
    assertThat(RubyPattern.compile("a.b").matcher("a\nb").matches()).isFalse();
  }
}
