package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's TeX/LaTeX lexer as a rule table (commands, inline and display math). */
final class TexLexer {
  private TexLexer() {}

  private static final String COMMAND = "(?i)\\\\([a-z]+|\\s+|.)";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("tex", "TeX", "LaTeX", "latex");
    b.state("general", s -> s.rule("%.*$", COMMENT).rule("[{}&_^]", PUNCTUATION));
    b.state(
        "root",
        s ->
            s.rule("\\\\\\[", PUNCTUATION, "displaymath")
                .rule("\\\\\\(", PUNCTUATION, "inlinemath")
                .rule("\\$\\$", PUNCTUATION, "displaymath")
                .rule("\\$", PUNCTUATION, "inlinemath")
                .rule("\\\\(begin|end)\\{.*?\\}", NAME_TAG)
                .groups(
                    "(\\\\verb)\\b(\\S)(.*?)(\\2)",
                    NAME_BUILTIN,
                    KEYWORD_PSEUDO,
                    STRING_OTHER,
                    KEYWORD_PSEUDO)
                .rule(COMMAND, KEYWORD, "command")
                .mixin("general")
                .rule("[^\\\\$%&_^{}]+", TEXT));
    b.state(
        "math",
        s ->
            s.rule(COMMAND, NAME_VARIABLE)
                .mixin("general")
                .rule("[0-9]+", NUMBER)
                .rule("[-=!+*/()\\[\\]]", OPERATOR)
                .rule("[^=!+*/()\\[\\]\\\\$%&_^{}0-9-]+", NAME_BUILTIN));
    b.state(
        "inlinemath",
        s -> s.rule("\\\\\\)", PUNCTUATION, POP).rule("\\$", PUNCTUATION, POP).mixin("math"));
    b.state(
        "displaymath",
        s ->
            s.rule("\\\\\\]", PUNCTUATION, POP)
                .rule("\\$\\$", PUNCTUATION, POP)
                .rule("\\$", NAME_BUILTIN)
                .mixin("math"));
    b.state(
        "command",
        s ->
            s.rule("\\[.*?\\]", NAME_ATTRIBUTE)
                .rule("\\*", KEYWORD)
                .rule("", (lx, m) -> lx.pop()));
    return b.build();
  }
}
