package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Pony lexer ({@code lexers/pony.rb}) as a rule table. */
final class PonyLexer {
  private PonyLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "box iso ref tag trn val");

  private static final Set<String> WORDS1 =
      Words.set(
          "actor addressof and as be break class compiler_intrinsic"
              + " " + "consume continue do else elseif embed end error"
              + " " + "for fun if ifdef in interface is isnt"
              + " " + "lambda let match new not object primitive recover"
              + " " + "repeat return struct then this trait try type"
              + " " + "until use var where while with");

  private static final Set<String> WORDS2 =
      Words.set(
          "Align EventID F32 F64 Float FloatFormat I128 I16"
              + " " + "I32 I64 I8 IntFormat Number NumberPrefix Signed Type"
              + " " + "U128 U32 U64 U8 Unsigned");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("pony");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("\"\"\"", STRING_DOC, "docstring")
                .rule("//.*", COMMENT_SINGLE)
                .rule("/(\\\\\\n)?[*](.|\\n)*?[*](\\\\\\n)?/", COMMENT_MULTILINE)
                .rule("\"", STRING, "string")
                .rule("[~!%^&*+=\\|?:<>/-]", OPERATOR)
                .rule("(true|false|NULL)\\b", NAME_CONSTANT)
                .rule("(?:[A-Z_][a-zA-Z0-9_]*)", NAME_CLASS)
                .rule("[()\\[\\],.';]", PUNCTUATION)
                .rule("0[xX]([0-9a-fA-F_]*\\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\\-]?[0-9_]+[fFL]?[i]?", NUMBER_FLOAT)
                .rule("[0-9_]+(\\.[0-9_]+[eE][+\\-]?[0-9_]+|\\.[0-9_]*|[eE][+\\-]?[0-9_]+)[fFL]?[i]?", NUMBER_FLOAT)
                .rule("\\.(0|[1-9][0-9_]*)([eE][+\\-]?[0-9_]+)?[fFL]?[i]?", NUMBER_FLOAT)
                .rule("0[xX][0-9a-fA-F_]+", NUMBER_HEX)
                .rule("(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?", NUMBER_INTEGER)
                .rule(
              "(?i)[a-z_][a-z0-9_]*",
              (lx, m) -> {
                String v_match = lx.group(0);
                if (WORDS0.contains(v_match)) {
                  lx.token(KEYWORD_DECLARATION);
                } else {
                  if (WORDS1.contains(v_match)) {
                    lx.token(KEYWORD_RESERVED);
                  } else {
                    if (WORDS2.contains(v_match)) {
                      lx.token(KEYWORD_TYPE);
                    } else {
                      lx.token(NAME);
                    }
                  }
                }
              }));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    b.state(
        "docstring",
        s ->
            s.rule("\"\"\"", STRING_DOC, POP)
                .rule("\\n", STRING_DOC)
                .rule(".", STRING_DOC));
    return b.build();
  }
}
