package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's MessageTrans lexer ({@code lexers/msgtrans.rb}) as a rule table. */
final class MsgtransLexer {
  private MsgtransLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("msgtrans");
    b.state(
        "root",
        s ->
            s.rule("^#[^\\n]*", COMMENT)
                .rule("[^\\t\\n\\r ,):?/]+", NAME_VARIABLE)
                .rule("[\\n/?]", OPERATOR)
                .rule(":", OPERATOR, "value"));
    b.state(
        "value",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("%[0-3%]", OPERATOR)
                .rule("[^\\n%]", STRING));
    return b.build();
  }
}
