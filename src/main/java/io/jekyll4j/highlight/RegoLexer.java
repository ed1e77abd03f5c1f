package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Rego lexer ({@code lexers/rego.rb}) as a rule table. */
final class RegoLexer {
  private RegoLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "false null true");

  private static final Set<String> WORDS1 =
      Words.set(
          "as default else import not package some with");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("rego");
    b.state(
        "basic",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*", COMMENT_SINGLE)
                .rule("[\\[\\](){}|.,;!]", PUNCTUATION)
                .rule("\"[^\"]*\"", STRING_DOUBLE)
                .rule("-?\\d+\\.\\d+([eE][+-]?\\d+)?", NUMBER_FLOAT)
                .rule("-?\\d+([eE][+-]?\\d+)?", NUMBER)
                .rule("\\\\u[0-9a-fA-F]{4}", NUMBER_HEX)
                .rule("\\\\[\"/bfnrt]", STRING_ESCAPE));
    b.state(
        "operators",
        s ->
            s.rule("(=|!=|>=|<=|>|<|\\+|-|\\*|%|/|\\||&|:=)", OPERATOR)
                .rule("[/:?@^~]+", OPERATOR));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .mixin("operators")
                .rule(
              "[[:word:]]+",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD_CONSTANT);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(OPERATOR_WORD);
                  } else {
                    lx.token(NAME);
                  }
                }
              }));
    return b.build();
  }
}
