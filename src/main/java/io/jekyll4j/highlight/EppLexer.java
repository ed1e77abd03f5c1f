package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's EPP lexer ({@code lexers/epp.rb}) as a rule table. */
final class EppLexer {
  private EppLexer() {}

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("epp");
    b.start(lx -> lx.sub("parent", lexer.apply("html")).reset());
    b.start(lx -> {
      // parent.reset!: sub-lexings start fresh with each run
      // @puppet_lexer.reset!: sub-lexings start fresh with each run
    });
    b.state(
        "root",
        s ->
            s.rule("<%#", COMMENT, "comment")
                .rule("<%%|<%=|<%#|(<%-|<%)(\\s*\\|)?", COMMENT_PREPROC, "puppet")
                .rule(
              "(?s).+?(?=(?-si:<%%|<%=|<%#|(<%-|<%)(\\s*\\|)?))|.+",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("plaintext")), lx.group(0));
              }));
    b.state(
        "comment",
        s ->
            s.rule("%%>|(\\|\\s*)?(-%>|%>)", COMMENT, POP)
                .rule("(?s).+?(?=(?-si:%%>|(\\|\\s*)?(-%>|%>)))|.+", COMMENT));
    b.state(
        "puppet",
        s ->
            s.rule("%%>|(\\|\\s*)?(-%>|%>)", COMMENT_PREPROC, POP)
                .rule(
              "(?s).+?(?=(?-si:%%>|(\\|\\s*)?(-%>|%>)))|.+",
              (lx, m) -> {
                lx.delegate(lx.sub("puppet_lexer", lexer.apply("puppet")), lx.group(0));
              }));
    return b.build();
  }
}
