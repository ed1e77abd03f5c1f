package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Email lexer ({@code email}) as a rule table, state for state. */
final class EmailLexer {
  private EmailLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("email", "eml", "e-mail");
    b.start(lx -> lx.push("fields"));
    b.state(
        "fields",
        s ->
            s.rule("[:]", OPERATOR, "field_body")
                .rule("[^\\n\\r:]+", NAME_TAG)
                .rule("[\\n\\r]", NAME_TAG));
    b.state(
        "field_body",
        s ->
            s.rule("(\\r?\\n){2}", (lx, m) -> {
                  lx.token(TEXT);
                  lx.pop(2);
                })
                .rule("\\r?\\n(?![ \\x0B\\t\\f])", TEXT, POP)
                .rule("[^\\n\\r]+", NAME_ATTRIBUTE)
                .rule("[\\n\\r]", NAME_ATTRIBUTE));
    b.state(
        "root",
        s ->
            s.rule("\\n", TEXT)
                .rule("^>.*", COMMENT)
                .rule(".+", TEXT));
    return b.build();
  }
}
