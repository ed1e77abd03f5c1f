package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Puppet lexer ({@code puppet}) as a rule table, state for state. */
final class PuppetLexer {
  private PuppetLexer() {}

  private static final Set<String> CONSTANTS =
      Words.set(
          "false true undef");
  private static final Set<String> KEYWORDS =
      Words.set(
          "and case class default define else elsif if in import inherits node unless");
  private static final Set<String> METAPARAMETERS =
      Words.set(
          "before require notify subscribe");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("puppet", "pp");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("#.*?\\n", COMMENT));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("[$](?-si:(::)?((?-si:[a-z]\\w*)::)*\\w+)", NAME_VARIABLE)
                .rule("(?s)((?-si:[a-z]\\w*))(?=\\s*[=+]>)", (lx, m) -> {
                  if (METAPARAMETERS.contains(m.group())) {
                  lx.token(KEYWORD_PSEUDO);
                  } else {
                  lx.token(NAME_PROPERTY);
                  }
                })
                .rule("(?s)((?-si:(::)?((?-si:[a-z]\\w*)::)*\\w+))(?=\\s*[(])", NAME_FUNCTION)
                .rule("[A-Z]\\w*", NAME_CLASS)
                .rule("[+=|~-]>|<[|~-]", PUNCTUATION)
                .rule("[|:}();\\[\\]]", PUNCTUATION)
                .rule("{", PUNCTUATION, "regex_allowed")
                .rule(",", PUNCTUATION, "regex_allowed")
                .rule("(in|and|or)\\b", OPERATOR_WORD)
                .rule("[=!<>]=", OPERATOR)
                .rule("[=!]~", OPERATOR, "regex_allowed")
                .rule("[.=<>!+*/-]", OPERATOR)
                .groups("(class|include)(\\s*)((?-si:(::)?((?-si:[a-z]\\w*)::)*\\w+))", KEYWORD, TEXT, NAME_CLASS)
                .rule("node\\b", KEYWORD, "regex_allowed")
                .rule("(?s)'(\\\\[\\\\']|[^'])*'", STRING_SINGLE)
                .rule("\"", STRING_DOUBLE, "dquotes")
                .rule("\\d+([.]\\d+)?(e[+-]\\d+)?", NUMBER)
                .rule("(::)?((?-si:[a-z]\\w*)::)*\\w+", (lx, m) -> {
                  if (KEYWORDS.contains(m.group())) {
                  lx.token(KEYWORD);
                  } else if (CONSTANTS.contains(m.group())) {
                  lx.token(KEYWORD_CONSTANT);
                  } else {
                  lx.token(NAME);
                  }
                }));
    b.state(
        "regex_allowed",
        s ->
            s.mixin("whitespace")
                .rule("/", STRING_REGEX, "regex")
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "regex",
        s ->
            s.rule("/", STRING_REGEX, POP)
                .rule("\\\\.", STRING_ESCAPE)
                .rule("[(){}]", STRING_INTERPOL)
                .rule("\\[", STRING_INTERPOL, "regex_class")
                .rule(".", STRING_REGEX));
    b.state(
        "regex_class",
        s ->
            s.rule("\\]", STRING_INTERPOL, POP)
                .rule("(?<!\\[)-(?=\\])", STRING_REGEX)
                .rule("-", STRING_INTERPOL)
                .rule("\\\\.", STRING_ESCAPE)
                .rule("[^\\\\\\]-]+", STRING_REGEX));
    b.state(
        "dquotes",
        s ->
            s.rule("\"", STRING_DOUBLE, POP)
                .rule("(?s)[^$\\\\\"]+", STRING_DOUBLE)
                .rule("(?s)\\\\.", STRING_ESCAPE)
                .rule("[$](?-si:(::)?((?-si:[a-z]\\w*)::)*\\w+)", NAME_VARIABLE)
                .rule("[$][{](?-si:(::)?((?-si:[a-z]\\w*)::)*\\w+)[}]", NAME_VARIABLE));
    return b.build();
  }
}
