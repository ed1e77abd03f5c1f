package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's EEX lexer ({@code lexers/eex.rb}) as a rule table. */
final class EexLexer {
  private EexLexer() {}

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("eex", "leex", "heex");
    b.start(lx -> lx.sub("parent", lexer.apply("html")).reset());
    b.start(lx -> {
      // parent.reset!: sub-lexings start fresh with each run
      // @elixir_lexer.reset!: sub-lexings start fresh with each run
    });
    b.state(
        "root",
        s ->
            s.rule("<%#", COMMENT, "comment")
                .rule("<%%|<%=|<%#|<%", COMMENT_PREPROC, "elixir")
                .rule(
              "(?s).+?(?=(?-si:<%%|<%=|<%#|<%))|.+",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              }));
    b.state(
        "comment",
        s ->
            s.rule("%%>|%>", COMMENT, POP)
                .rule("(?s).+?(?=(?-si:%%>|%>))|.+", COMMENT));
    b.state(
        "elixir",
        s ->
            s.rule("%%>|%>", COMMENT_PREPROC, POP)
                .rule(
              "(?s).+?(?=(?-si:%%>|%>))|.+",
              (lx, m) -> {
                lx.delegate(lx.sub("elixir_lexer", lexer.apply("elixir")), lx.group(0));
              }));
    return b.build();
  }
}
