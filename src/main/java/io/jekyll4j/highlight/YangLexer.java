package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's YANG lexer ({@code lexers/yang.rb}) as a rule table. */
final class YangLexer {
  private YangLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "module submodule");

  private static final Set<String> WORDS1 =
      Words.set(
          "belongs-to namespace prefix yang-version");

  private static final Set<String> WORDS2 =
      Words.set(
          "contact description organization reference revision");

  private static final Set<String> WORDS3 =
      Words.set(
          "import include revision-date");

  private static final Set<String> WORDS4 =
      Words.set(
          "action argument augment deviation extension feature grouping identity"
              + " " + "if-feature input notification output rpc typedef");

  private static final Set<String> WORDS5 =
      Words.set(
          "anydata anyxml case choice config container deviate leaf"
              + " " + "leaf-list list must presence refine uses when");

  private static final Set<String> WORDS6 =
      Words.set(
          "base bit default enum error-app-tag error-message fraction-digits length"
              + " " + "max-elements min-elements modifier ordered-by path pattern position range"
              + " " + "require-instance status type units value yin-element");

  private static final Set<String> WORDS7 =
      Words.set(
          "key mandatory unique");

  private static final Set<String> WORDS8 =
      Words.set(
          "binary bits boolean decimal64 empty enumeration identityref instance-identifier"
              + " " + "int16 int32 int64 int8 leafref string uint16 uint32"
              + " " + "uint64 uint8 union");

  private static final Set<String> WORDS9 =
      Words.set(
          "add current delete deprecated false invert-match max min"
              + " " + "not-supported obsolete replace true unbounded user");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("yang");
    b.state(
        "comment",
        s ->
            s.rule("[^*/]", COMMENT)
                .rule("/\\*", COMMENT, "comment")
                .rule("\\*/", COMMENT, POP)
                .rule("[*/]", COMMENT));
    b.state(
        "root",
        s ->
            s.rule("\\s+", WHITESPACE)
                .rule("[\\{\\}\\;]+", PUNCTUATION)
                .rule("(?<![\\-\\w])(and|or|not|\\+|\\.)(?![\\-\\w])", OPERATOR)
                .rule("\"(?:\\\\\"|[^\"])*?\"", STRING_DOUBLE)
                .rule("'(?:\\\\'|[^'])*?'", STRING_SINGLE)
                .rule("/\\*", COMMENT, "comment")
                .rule("//.*?$", COMMENT)
                .rule(
              "(?:^|(?<=[\\s{};]))([\\w.-]+)(:)([\\w.-]+)(?=[\\s{};])",
              (lx, m) -> {
                lx.groups(NAME_NAMESPACE, PUNCTUATION, NAME);
              })
                .rule("([0-9]{4}\\-[0-9]{2}\\-[0-9]{2})(?=[\\s\\{\\}\\;])", NAME_LABEL)
                .rule("([0-9]+\\.[0-9]+)(?=[\\s\\{\\}\\;])", NUMBER_FLOAT)
                .rule("([0-9]+)(?=[\\s\\{\\}\\;])", NUMBER_INTEGER)
                .rule(
              "[\\w_-]+(?=[^\\w\\-\\:])\\b",
              (lx, m) -> {
                String v_name = lx.group(0).toLowerCase(java.util.Locale.ROOT);
                if (WORDS0.contains(v_name)) {
                  lx.token(KEYWORD_DECLARATION);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.token(KEYWORD_DECLARATION);
                  } else {
                    if (WORDS2.contains(v_name)) {
                      lx.token(KEYWORD_DECLARATION);
                    } else {
                      if (WORDS3.contains(v_name)) {
                        lx.token(KEYWORD_DECLARATION);
                      } else {
                        if (WORDS4.contains(v_name)) {
                          lx.token(KEYWORD_DECLARATION);
                        } else {
                          if (WORDS5.contains(v_name)) {
                            lx.token(KEYWORD_DECLARATION);
                          } else {
                            if (WORDS6.contains(v_name)) {
                              lx.token(KEYWORD_DECLARATION);
                            } else {
                              if (WORDS7.contains(v_name)) {
                                lx.token(KEYWORD_DECLARATION);
                              } else {
                                if (WORDS8.contains(v_name)) {
                                  lx.token(KEYWORD_TYPE);
                                } else {
                                  if (WORDS9.contains(v_name)) {
                                    lx.token(NAME_CONSTANT);
                                  } else {
                                    lx.token(NAME);
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              })
                .rule("[^;{}\\s'\"]+", NAME));
    return b.build();
  }
}
