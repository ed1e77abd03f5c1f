package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rouge 3.30's IRB lexers: {@code irb} (a console session whose prompts look like IRB's or Pry's,
 * input lexed as Ruby) and {@code irb_output} (the Ruby table starting in an output state, where
 * {@code =>} goes back to Ruby and {@code #<...>} is an object).
 */
final class IrbLexers {
  private IrbLexers() {}

  /** Rouge's {@code IRBLexer#prompt_regex}. */
  private static final String PROMPT = "^.*?(irb|pry).*?[>\"*]";

  static Lexer irb(Lexer ruby, Lexer output) {
    return ConsoleLexer.custom(
        "irb",
        List.of("pry"),
        ruby,
        output,
        Pattern.compile(PROMPT, Pattern.MULTILINE | Pattern.UNIX_LINES));
  }

  static RegexLexer irbOutput() {
    return RubyLexer.create(
        RegexLexer.builder("irb_output"),
        b -> {
          b.start(lx -> lx.push("stdout"));
          b.state(
              "has_irb_output",
              s -> s.rule("=>", PUNCTUATION, POP).rule(".+?(\\n|$)", GENERIC_OUTPUT));
          b.state(
              "irb_error",
              s -> s.rule(".+?(\\n|$)", GENERIC_ERROR).mixin("has_irb_output"));
          b.state(
              "stdout",
              s ->
                  s.rule("\\w+?(Error|Exception):.+?(\\n|$)", GENERIC_ERROR, "irb_error")
                      .mixin("has_irb_output"));
          b.prepend("root", s -> s.rule("#<", KEYWORD_TYPE, "irb_object"));
          b.state(
              "irb_object", s -> s.rule(">", KEYWORD_TYPE, POP).mixin("root"));
        });
  }
}
