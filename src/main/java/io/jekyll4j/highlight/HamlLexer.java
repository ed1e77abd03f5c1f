package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Haml lexer ({@code lexers/haml.rb}) as a rule table. */
final class HamlLexer {
  private HamlLexer() {}

  /** Haml's default filters: filter name to lexer tag (Rouge makes one lexer per filter). */
  private static final java.util.Map<String, String> FILTERS =
      java.util.Map.of(
          "javascript", "javascript", "css", "css", "ruby", "ruby", "erb", "erb",
          "markdown", "markdown", "sass", "sass");

  /** The filter's lexing for this run; the ruby filter shares the lexer's ruby lexing. */
  private static Lexing filter(RegexLexing lx, Function<String, Lexer> lexer, String tag) {
    return lx.sub(tag.equals("ruby") ? "ruby" : "filter:" + tag, lexer.apply(tag));
  }

  /** Rouge's {@code ruby!}: restarts the embedded ruby lexing and pushes {@code state}. */
  private static void rubyBang(RegexLexing lx, Function<String, Lexer> lexer, String state) {
    lx.sub("ruby", lexer.apply("ruby")).reset();
    lx.push(state);
  }


  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("haml", "HAML");
    b.start(lx -> {
      // ruby.reset!: sub-lexings start fresh with each run
      // html.reset!: sub-lexings start fresh with each run
    });
    b.state(
        "root",
        s ->
            s.rule("\\s*\\n", TEXT)
                .rule(
              "\\s*",
              (lx, m) -> {
                lx.token(TEXT);
                IndentationRules.indentation(lx, lx.group(0));
              }));
    b.state(
        "content",
        s ->
            s.mixin("css")
                .rule(
              "%(?-si:[\\w:-]+)",
              (lx, m) -> {
                lx.token(NAME_TAG);
                lx.gotoState("tag");
              })
                .rule("!!!(?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)*\\n", NAME_NAMESPACE, POP)
                .rule(
              "(/)(\\[(?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)*?\\])((?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)*\\n)",
              (lx, m) -> {
                lx.groups(COMMENT, COMMENT_SPECIAL, COMMENT);
                lx.pop();
              })
                .rule(
              "/(?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)*\\n",
              (lx, m) -> {
                lx.token(COMMENT);
                lx.pop();
                IndentationRules.startsBlock(lx, "html_comment_block");
              })
                .rule(
              "-#(?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)*\\n",
              (lx, m) -> {
                lx.token(COMMENT);
                lx.pop();
                IndentationRules.startsBlock(lx, "haml_comment_block");
              })
                .rule(
              "-",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.resetStack();
                rubyBang(lx, lexer, "ruby_line");
              })
                .rule(
              ":((?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)*)\\n",
              (lx, m) -> {
                lx.token(NAME_DECORATOR);
                lx.pop();
                IndentationRules.startsBlock(lx, "filter_block");
                String filterName = lx.group(1).strip();
                String filterTag = FILTERS.get(filterName);
                if (filterTag == null) {
                  lx.vars().remove("filter_lexer");
                } else {
                  lx.vars().put("filter_lexer", filterTag);
                  filter(lx, lexer, filterTag).reset();
                }
              })
                .mixin("eval_or_plain"));
    b.state(
        "css",
        s ->
            s.rule(
              "\\.(?-si:[\\w:-]+)",
              (lx, m) -> {
                lx.token(NAME_CLASS);
                lx.gotoState("tag");
              })
                .rule(
              "#(?-si:[\\w:-]+)",
              (lx, m) -> {
                lx.token(NAME_FUNCTION);
                lx.gotoState("tag");
              }));
    b.state(
        "tag",
        s ->
            s.mixin("css")
                .rule(
              "[{]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                rubyBang(lx, lexer, "ruby_tag");
              })
                .rule(
              "\\[(?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)*?\\]",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
              })
                .rule("\\(", PUNCTUATION, "html_attributes")
                .rule("\\s*\\n", TEXT, POP)
                .rule("[<>]{1,2}(?=[ \\t=])", PUNCTUATION)
                .mixin("eval_or_plain"));
    b.state(
        "plain",
        s ->
            s.rule(
              "([^#\\n]|#[^{\\n]|(\\\\\\\\)*\\\\#\\{)+",
              (lx, m) -> {
                lx.delegate(lx.sub("html", lexer.apply("html")), lx.group(0));
              })
                .mixin("interpolation")
                .rule(
              "\\n",
              (lx, m) -> {
                lx.token(TEXT);
                lx.resetStack();
              }));
    b.state(
        "eval_or_plain",
        s ->
            s.rule("[&!]?==", PUNCTUATION, "plain")
                .rule(
              "[&!]?[=!]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.resetStack();
                rubyBang(lx, lexer, "ruby_line");
              })
                .rule(
              "",
              (lx, m) -> {
                lx.push("plain");
              }));
    b.state(
        "ruby_line",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule(
              ",[ \\t]*\\n",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
              })
                .rule("[ ]\\|[ \\t]*\\n", STRING_ESCAPE)
                .rule(
              ".*?(?=(,$| \\|)?[ \\t]*$)",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
              }));
    b.state(
        "ruby_tag",
        s ->
            s.mixin("ruby_inner"));
    b.state(
        "html_attributes",
        s ->
            s.rule("\\s+", TEXT)
                .rule("(?-si:[\\w:-]+)\\s*=", NAME_ATTRIBUTE, "html_attribute_value")
                .rule("[\\w:-]+", NAME_ATTRIBUTE)
                .rule("\\)", TEXT, POP));
    b.state(
        "html_attribute_value",
        s ->
            s.rule("\\s+", TEXT)
                .rule("[a-z]\\w*", NAME_VARIABLE, POP)
                .rule("@(?-si:[a-z]\\w*)", NAME_VARIABLE_INSTANCE, POP)
                .rule("\\$(?-si:[a-z]\\w*)", NAME_VARIABLE_GLOBAL, POP)
                .rule("'(\\\\\\\\|\\\\'|[^'\\n])*'", STRING, POP)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"\\n])*\"", STRING, POP));
    b.state(
        "html_comment_block",
        s ->
            s.rule("(?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)+", COMMENT)
                .mixin("indented_block"));
    b.state(
        "haml_comment_block",
        s ->
            s.rule("(?-si:[ ]\\|\\n(?=.*[ ]\\|)|.)+", COMMENT_PREPROC)
                .mixin("indented_block"));
    b.state(
        "filter_block",
        s ->
            s.rule(
              "([^#\\n]|#[^{\\n]|(\\\\\\\\)*\\\\#\\{)+",
              (lx, m) -> {
                String filterTag = (String) lx.vars().get("filter_lexer");
                if (filterTag != null) {
                  lx.delegate(filter(lx, lexer, filterTag), lx.group(0));
                } else {
                  lx.token(NAME_DECORATOR);
                }
              })
                .mixin("interpolation")
                .mixin("indented_block"));
    b.state(
        "interpolation",
        s ->
            s.rule("#[{]", STRING_INTERPOL, "ruby"));
    b.state(
        "ruby",
        s ->
            s.rule("[}]", STRING_INTERPOL, POP)
                .mixin("ruby_inner"));
    b.state(
        "ruby_inner",
        s ->
            s.rule(
              "[{]",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
                lx.push("ruby_inner");
              })
                .rule(
              "[}]",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
                lx.pop();
              })
                .rule(
              "[^{}]+",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
              }));
    b.state(
        "indented_block",
        s ->
            s.rule(
              "\\n",
              (lx, m) -> {
                lx.token(TEXT);
                lx.resetStack();
              }));
    return b.build();
  }
}
