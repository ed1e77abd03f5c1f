package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Magik lexer ({@code lexers/magik.rb}) as a rule table. */
final class MagikLexer {
  private MagikLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("magik");
    b.state(
        "root",
        s ->
            s.rule("##(.*)?", COMMENT_DOC)
                .rule("#(.*)?", COMMENT_SINGLE)
                .rule(
              "(_method)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE);
                lx.push("method_name");
              })
                .rule("(?:_package|_pragma|_block|_endblock|_handling|_default|_protect|_protection|_endprotect|_try|_with|_when|_endtry|_catch|_endcatch|_throw|_lock|_endlock|_if|_then|_elif|_else|_endif|_for|_over|_while|_loop|_finally|_endloop|_loopbody|_continue|_leave|_return|_class|_local|_constant|_recursive|_global|_dynamic|_import|_private|_iter|_abstract|_method|_endmethod|_proc|_endproc|_gather|_scatter|_allresults|_optional|_thisthread|_self|_clone|_super|_primitive|_unset|_true|_false|_maybe|_is|_isnt|_not|_and|_or|_xor|_cf|_andif|_orif|_div|_mod)\\b", KEYWORD)
                .rule("\"[^\"\\n]*?\"", STRING)
                .rule("'[^'\\n]*?'", STRING)
                .rule("(?i):(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+)", STRING_SYMBOL)
                .rule("@[\\s]*(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+):(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+)", NAME_LABEL)
                .rule("@[\\s]*(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+)", NAME_LABEL)
                .rule("(?i)%u[0-9a-z]{4}|%[^\\s]+", STRING_CHAR)
                .rule("(?-si:[0-9]+)((?i-s:r[0-9a-z])|(?i-s:(e|&)[+-]?(?-si:[0-9]+))|(?-si:\\.(?-si:[0-9]+)))*", NUMBER)
                .rule("(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+):(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+)", NAME)
                .rule("(?i)(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+", NAME)
                .rule("[\\[\\]{}()\\.,;]", PUNCTUATION)
                .rule("\\$", PUNCTUATION)
                .rule("(<<|^<<)", OPERATOR)
                .rule("(>>)", OPERATOR)
                .rule("[-~+/*%=&^<>]|!=", OPERATOR)
                .rule("[\\s]+", WHITESPACE));
    b.state(
        "method_name",
        s ->
            s.rule(
              "((?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+))(\\.)((?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\\\.)+))|(?-si:\\|[^\\|\\n]*\\|))+))",
              (lx, m) -> {
                lx.groups(NAME_CLASS, PUNCTUATION, NAME_FUNCTION);
                lx.pop();
              }));
    return b.build();
  }
}
