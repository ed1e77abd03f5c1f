package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Scheme lexer ({@code scheme}) as a rule table, state for state. */
final class SchemeLexer {
  private SchemeLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "* + - / < <= = > >= abs acos angle append apply asin assoc assq assv atan"
              + " boolean? caaaar caaadr caaar caadar caaddr caadr caar cadaar cadadr cadar caddar"
              + " cadddr caddr cadr call-with-current-continuation call-with-input-file"
              + " call-with-output-file call-with-values call/cc car cdaaar cdaadr cdaar cdadar"
              + " cdaddr cdadr cdar cddaar cddadr cddar cdddar cddddr cdddr cddr cdr ceiling"
              + " char->integer char-alphabetic? char-ci<=? char-ci<? char-ci=? char-ci>=?"
              + " char-ci>? char-downcase char-lower-case? char-numeric? char-ready? char-upcase"
              + " char-upper-case? char-whitespace? char<=? char<? char=? char>=? char>? char?"
              + " close-input-port close-output-port complex? cons cos current-input-port"
              + " current-output-port denominator display dynamic-wind eof-object? eq? equal? eqv?"
              + " eval even? exact->inexact exact? exp expt floor for-each force gcd imag-part"
              + " inexact->exact inexact? input-port? integer->char integer?"
              + " interaction-environment lcm length list list->string list->vector list-ref"
              + " list-tail list? load log magnitude make-polar make-rectangular make-string"
              + " make-vector map max member memq memv min modulo negative? newline not"
              + " null-environment null? number->string number? numerator odd? open-input-file"
              + " open-output-file output-port? pair? peek-char port? positive? procedure?"
              + " quotient rational? rationalize read read-char real-part real? remainder reverse"
              + " round scheme-report-environment set-car! set-cdr! sin sqrt string string->list"
              + " string->number string->symbol string-append string-ci<=? string-ci<? string-ci=?"
              + " string-ci>=? string-ci>? string-copy string-fill! string-length string-ref"
              + " string-set! string<=? string<? string=? string>=? string>? string? substring"
              + " symbol->string symbol? tan transcript-off transcript-on truncate values vector"
              + " vector->list vector-fill! vector-length vector-ref vector-set! vector?"
              + " with-input-from-file with-output-to-file write write-char zero?");
  private static final Set<String> KEYWORDS =
      Words.set(
          "lambda define if else cond and or case let let* letrec begin do delay set! =>"
              + " quote quasiquote unquote unquote-splicing define-syntax let-syntax letrec-syntax"
              + " syntax-rules");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("scheme");
    b.state(
        "root",
        s ->
            s.rule(";.*$", COMMENT_SINGLE)
                .rule("(?s)\\s+", TEXT)
                .rule("-?\\d+\\.\\d+", NUMBER_FLOAT)
                .rule("-?\\d+", NUMBER_INTEGER)
                .rule("[+-]inf[.][f0]", NUMBER)
                .rule("#b[01]+", NUMBER_BIN)
                .rule("#o[0-7]+", NUMBER_OCT)
                .rule("#d[0-9]+", NUMBER_INTEGER)
                .rule("(?i)#x[0-9a-f]+", NUMBER_HEX)
                .rule("#[ei][\\d.]+", NUMBER_OTHER)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("(?i)'(?i-s:[a-z0-9!$\\%&*+,\\/:<=>?@^_~|-]+)", STRING_SYMBOL)
                .rule("(?i)#\\\\([()/'\"._!\\$%& ?=+-]{1}|[a-z0-9]+)", STRING_CHAR)
                .rule("#t|#f", NAME_CONSTANT)
                .rule("(?:'|#|`|,@|,|\\.)", OPERATOR)
                .groups("(?s)(['#])(\\s*)(\\()", STRING_SYMBOL, TEXT, PUNCTUATION)
                .rule("\\(|\\[", PUNCTUATION, "command")
                .rule("\\)|\\]", PUNCTUATION)
                .rule("(?i)[a-z0-9!$\\%&*+,/:<=>?@^_~|-]+", NAME_VARIABLE));
    b.state(
        "command",
        s ->
            s.rule("(?i)[a-z0-9!$\\%&*+,/:<=>?@^_~|-]+", (lx, m) -> {
                  if (KEYWORDS.contains(m.group())) {
                  lx.token(KEYWORD);
                  } else if (BUILTINS.contains(m.group())) {
                  lx.token(NAME_BUILTIN);
                  } else {
                  lx.token(NAME_FUNCTION);
                  }
                  lx.pop();
                })
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    return b.build();
  }
}
