package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Ada lexer ({@code lexers/ada.rb}) as a rule table. */
final class AdaLexer {
  private AdaLexer() {}

  private static final java.util.Map<String, Token> IDENTS = identsMap();
  private static java.util.Map<String, Token> identsMap() {
    java.util.Map<String, Token> m = new java.util.HashMap<>();
    for (String w : Words.set("abort abstract accept access aliased all array at"
        + " " + "begin body case constant declare delay delta digits"
        + " " + "do else elsif end exception exit for generic"
        + " " + "goto if in interface is limited loop new"
        + " " + "null of others out overriding pragma private protected"
        + " " + "raise range record renames requeue return reverse select"
        + " " + "separate some synchronized tagged task terminate then until"
        + " " + "use when while with")) {
      m.put(w, KEYWORD);
    }
    for (String w : Words.set("abs and mod not or rem xor")) {
      m.put(w, OPERATOR_WORD);
    }
    for (String w : Words.set("entry function package procedure subtype type")) {
      m.put(w, KEYWORD_DECLARATION);
    }
    for (String w : Words.set("boolean character constraint_error duration float integer long_float long_integer"
        + " " + "long_long_float long_long_integer natural positive program_error short_float short_integer short_short_integer"
        + " " + "storage_error string tasking_error wide_character wide_string wide_wide_character wide_wide_string")) {
      m.put(w, NAME_BUILTIN);
    }
    return m;
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ada");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("--.*$", COMMENT_SINGLE));
    b.state(
        "dquote_string",
        s ->
            s.rule("[^\"\\n]+", STRING_DOUBLE)
                .rule("\"\"", STRING_ESCAPE)
                .rule("\"", STRING_DOUBLE, POP)
                .rule("\\n", ERROR, POP));
    b.state(
        "attr",
        s ->
            s.mixin("whitespace")
                .rule("\\b[[:alpha:]](?:\\p{Pc}?[[:alnum:]])*\\b", NAME_ATTRIBUTE, POP)
                .rule("", TEXT, POP));
    b.state(
        "decl_name",
        s ->
            s.mixin("whitespace")
                .rule("(?i)body\\b", KEYWORD_DECLARATION)
                .rule(
              "((?-si:\\b[[:alpha:]](?:\\p{Pc}?[[:alnum:]])*\\b))(\\.)",
              (lx, m) -> {
                lx.groups(NAME_NAMESPACE, PUNCTUATION);
              })
                .rule("(?-si:\\b[[:alpha:]](?:\\p{Pc}?[[:alnum:]])*\\b)|\"(and|or|xor|/?=|<=?|>=?|\\+|–|&\\|/|mod|rem|\\*?\\*|abs|not)\"", NAME_FUNCTION, POP)
                .rule("", TEXT, POP));
    b.state(
        "libunit_name",
        s ->
            s.mixin("whitespace")
                .rule(
              "\\b[[:alpha:]](?:\\p{Pc}?[[:alnum:]])*\\b",
              (lx, m) -> {
                Token t = IDENTS.getOrDefault(lx.group(0).toLowerCase(java.util.Locale.ROOT), NAME);
                if (t.name().startsWith("NAME")) {
                  lx.token(NAME_NAMESPACE);
                } else {
                  lx.token(t);
                  if (t == KEYWORD_DECLARATION) {
                    lx.gotoState("decl_name");
                  } else {
                    lx.pop();
                  }
                }
              })
                .rule("[.,]", PUNCTUATION)
                .rule("", TEXT, POP));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("'.'", STRING_CHAR)
                .rule("\"[^\"\\n]*", STRING_DOUBLE, "dquote_string")
                .rule("(?-si:\\d(_?\\d)*)\\.(?-si:\\d(_?\\d)*)(?i-s:(E[-+]?(?-si:\\d(_?\\d)*))?)", NUMBER_FLOAT)
                .rule("(?-si:\\d(_?\\d)*)#(?-si:\\h(_?\\h)*)\\.(?-si:\\h(_?\\h)*)#(?i-s:(E[-+]?(?-si:\\d(_?\\d)*))?)", NUMBER_FLOAT)
                .rule("2#[01](_?[01])*#(?i-s:(E[-+]?(?-si:\\d(_?\\d)*))?)", NUMBER_BIN)
                .rule("8#[0-7](_?[0-7])*#(?i-s:(E[-+]?(?-si:\\d(_?\\d)*))?)", NUMBER_OCT)
                .rule("16#(?-si:\\h(_?\\h)*)*#(?i-s:(E[-+]?(?-si:\\d(_?\\d)*))?)", NUMBER_HEX)
                .rule("(?-si:\\d(_?\\d)*)#(?-si:\\h(_?\\h)*)#(?i-s:(E[-+]?(?-si:\\d(_?\\d)*))?)", NUMBER_INTEGER)
                .rule("(?-si:\\d(_?\\d)*)#\\w+#", ERROR)
                .rule("(?-si:\\d(_?\\d)*)(?i-s:(E[-+]?(?-si:\\d(_?\\d)*))?)", NUMBER_INTEGER)
                .rule("'", PUNCTUATION, "attr")
                .rule("<<(?-si:\\b[[:alpha:]](?:\\p{Pc}?[[:alnum:]])*\\b)>>", NAME_LABEL)
                .rule(
              "(?i)^(?:(limited)(\\s+))?(?:(private)(\\s+))?(with)\\b",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, KEYWORD_NAMESPACE, TEXT, KEYWORD_NAMESPACE);
                lx.push("libunit_name");
              })
                .rule("[+*/&<=>|]|-|=>|\\.\\.|\\*\\*|[:></]=|<<|>>|<>", OPERATOR)
                .rule("[.,:;()]", PUNCTUATION)
                .rule(
              "\\b[[:alpha:]](?:\\p{Pc}?[[:alnum:]])*\\b",
              (lx, m) -> {
                Token t = IDENTS.getOrDefault(lx.group(0).toLowerCase(java.util.Locale.ROOT), NAME);
                lx.token(t);
                if (t == KEYWORD_DECLARATION) {
                  lx.push("decl_name");
                }
              })
                .rule("\\b(\\p{Pc}|[[alpha]])\\p{Word}*", ERROR));
    return b.build();
  }
}
