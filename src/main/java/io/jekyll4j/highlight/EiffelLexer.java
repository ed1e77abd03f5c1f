package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Eiffel lexer ({@code eiffel}) as a rule table, state for state. */
final class EiffelLexer {
  private EiffelLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("eiffel");
    b.state(
        "root",
        s ->
            s.rule("\"\\[", STRING_OTHER, "aligned_verbatim_string")
                .rule("\"\\{", STRING_OTHER, "non_aligned_verbatim_string")
                .rule("\"(?:[^%\\x08\\f\\n\\r\\x0B]|%[A-DFHLNQR-V%'\"()<>]|%/(?:0[xX][\\da-fA-F](?:_*[\\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\\d(?:_*\\d)*)/)*?\"", STRING_DOUBLE)
                .rule("--.*", COMMENT_SINGLE)
                .rule("'(?:[^%\\x08\\f\\n\\r\\t\\x0B]|%[A-DFHLNQR-V%'\"()<>]|%/(?:0[xX][\\da-fA-F](?:_*[\\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\\d(?:_*\\d)*)/)'", STRING_CHAR)
                .rule("(?:across|agent|alias|all|and|attached|as|assign|attribute|check|class|convert|create|debug|deferred|detachable|do|else|elseif|end|ensure|expanded|export|external|feature|from|frozen|if|implies|inherit|inspect|invariant|like|local|loop|not|note|obsolete|old|once|or|Precursor|redefine|rename|require|rescue|retry|select|separate|some|then|undefine|until|variant|Void|when|xor)\\b", KEYWORD)
                .rule("(?:Current|Result)\\b", KEYWORD_VARIABLE)
                .rule("(?:True|False)\\b", KEYWORD_CONSTANT)
                .rule("\\b0[xX][\\da-fA-F](?:_*[\\da-fA-F])*b", NUMBER_HEX)
                .rule("\\b0[cC][0-7](?:_*[0-7])*\\b", NUMBER_OCT)
                .rule("\\b0[bB][01](?:_*[01])*\\b", NUMBER_BIN)
                .rule("\\d(?:_*\\d)*", NUMBER_INTEGER)
                .rule("(?:\\d(?:_*\\d)*)?\\.(?:(?:\\d(?:_*\\d)*)?[eE][+-]?)?\\d(?:_*\\d)*|\\d(?:_*\\d)*\\.?", NUMBER_FLOAT)
                .rule(":=|<<|>>|\\(\\||\\|\\)|->|\\.|[{}\\[\\];(),:?]", PUNCTUATION_INDICATOR)
                .rule("\\\\\\\\|\\|\\.\\.\\||\\.\\.|/[~/]?|[></]=?|[-+*^=~]", OPERATOR)
                .rule("[A-Z][\\dA-Z_]*", NAME_CLASS)
                .rule("[A-Za-z][\\dA-Za-z_]*", NAME)
                .rule("\\s+", TEXT));
    b.state(
        "aligned_verbatim_string",
        s ->
            s.rule("]\"", STRING_OTHER, POP)
                .rule("(?:[^\"%\\x08\\f\\x0B]|%[A-DFHLNQR-V%'\"()<>]|%/(?:0[xX][\\da-fA-F](?:_*[\\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\\d(?:_*\\d)*)/)+?", STRING_OTHER));
    b.state(
        "non_aligned_verbatim_string",
        s ->
            s.rule("}\"", STRING_OTHER, POP)
                .rule("(?:[^\"%\\x08\\f\\x0B]|%[A-DFHLNQR-V%'\"()<>]|%/(?:0[xX][\\da-fA-F](?:_*[\\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\\d(?:_*\\d)*)/)+?", STRING_OTHER));
    return b.build();
  }
}
