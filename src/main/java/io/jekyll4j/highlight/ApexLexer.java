package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Locale;
import java.util.Set;

/** Rouge 3.30's Apex lexer ({@code apex}) as a rule table, state for state. */
final class ApexLexer {
  private ApexLexer() {}

  private static final Set<String> CONSTANTS =
      Words.set(
          "true false null");
  private static final Set<String> DECLARATIONS =
      Words.set(
          "abstract const enum extends final implements native private protected public"
              + " static super synchronized throws transient volatile with sharing without"
              + " inherited virtual global testmethod");
  private static final Set<String> KEYWORDS =
      Words.set(
          "assert break case catch continue default do else finally for if goto instanceof"
              + " new return switch this throw try while insert update delete");
  private static final Set<String> SOQL =
      Words.set(
          "SELECT FROM WHERE UPDATE LIKE TYPEOF END USING SCOPE WITH DATA CATEGORY GROUP BY"
              + " ROLLUP CUBE HAVING ORDER ASC DESC NULLS FIRST LAST LIMIT OFFSET FOR VIEW"
              + " REFERENCE TRACKING VIEWSTAT OR AND");
  private static final Set<String> TYPES =
      Words.set(
          "String boolean byte char double float int long short var void");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("apex");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("(?:class|interface)\\b", KEYWORD_DECLARATION, "class")
                .rule("import\\b", KEYWORD_NAMESPACE, "import")
                .rule("(?i)([@$.]?)((?i-s:[a-z_][a-z0-9_]*))([:(]?)", (lx, m) -> {
                  String lower = m.group().toLowerCase(Locale.ROOT);
                  String upper = m.group().toUpperCase(Locale.ROOT);
                  if (KEYWORDS.contains(lower) || SOQL.contains(upper)) {
                    lx.token(KEYWORD);
                  } else if (DECLARATIONS.contains(lower)) {
                    lx.token(KEYWORD_DECLARATION);
                  } else if (TYPES.contains(lower)) {
                    lx.token(KEYWORD_TYPE);
                  } else if (CONSTANTS.contains(lower)) {
                    lx.token(KEYWORD_CONSTANT);
                  } else if (lower.equals("package")) {
                    lx.token(KEYWORD_NAMESPACE);
                  } else if (m.group(1).equals("@")) {
                    lx.token(NAME_DECORATOR);
                  } else if (m.group(3).equals(":")) {
                    lx.groups(OPERATOR, NAME_LABEL, PUNCTUATION);
                  } else if (m.group(3).equals("(")) {
                    lx.groups(OPERATOR, NAME_FUNCTION, PUNCTUATION);
                  } else if (m.group(1).equals(".")) {
                    lx.groups(OPERATOR, NAME_PROPERTY, PUNCTUATION);
                  } else {
                    lx.token(NAME);
                  }
                })
                .rule("\"", STRING_DOUBLE, "dq")
                .rule("'", STRING_SINGLE, "sq")
                .rule("(?-si:[0-9]_+[0-9]|[0-9])+\\.(?-si:[0-9]_+[0-9]|[0-9])+([eE](?-si:[0-9]_+[0-9]|[0-9])+)?[fd]?", NUMBER_FLOAT)
                .rule("(?i)0b(?:[01]_+[01]|[01])+", NUMBER_BIN)
                .rule("(?i)0x(?:\\h_+\\h|\\h)+", NUMBER_HEX)
                .rule("0(?:[0-7]_+[0-7]|[0-7])+", NUMBER_OCT)
                .rule("(?-si:[0-9]_+[0-9]|[0-9])+L?", NUMBER_INTEGER)
                .rule("[-+/*~^!%&<>|=.?]", OPERATOR)
                .rule("[\\[\\](){},:;]", PUNCTUATION));
    b.state(
        "class",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("(?i)[a-z_][a-z0-9_]*", NAME_CLASS, POP));
    b.state(
        "import",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("(?i)[a-z0-9_.]+\\*?", NAME_NAMESPACE, POP));
    b.state(
        "escape",
        s ->
            s.rule("\\\\[btnfr\\\\\"']", STRING_ESCAPE));
    b.state(
        "dq",
        s ->
            s.mixin("escape")
                .rule("[^\\\\\"]+", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "sq",
        s ->
            s.mixin("escape")
                .rule("[^\\\\']+", STRING_DOUBLE)
                .rule("'", STRING_DOUBLE, POP));
    return b.build();
  }
}
