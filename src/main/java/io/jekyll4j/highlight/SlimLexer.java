package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Slim lexer ({@code lexers/slim.rb}) as a rule table. */
final class SlimLexer {
  private SlimLexer() {}

  /** Slim's filters: filter name to lexer tag (Rouge makes one lexer per filter). */
  private static final java.util.Map<String, String> FILTERS =
      java.util.Map.of(
          "ruby", "ruby", "erb", "erb", "javascript", "javascript", "css", "css",
          "coffee", "coffeescript", "markdown", "markdown", "scss", "scss", "sass", "sass");

  /** The filter's lexing for this run; the ruby filter shares the lexer's ruby lexing. */
  private static Lexing filter(RegexLexing lx, Function<String, Lexer> lexer, String tag) {
    return lx.sub(tag.equals("ruby") ? "ruby" : "filter:" + tag, lexer.apply(tag));
  }


  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("slim");
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
                .rule("/(?-si:(\\\\\\n|.))*", COMMENT, "indented_block")
                .rule(
              "(doctype)(\\s+)(.*)",
              (lx, m) -> {
                lx.groups(NAME_NAMESPACE, WHITESPACE, TEXT);
                lx.pop();
              })
                .rule(
              "(\\w*):\\s*\\n",
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
                .rule(
              "[\\|'](?=\\s)",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
                IndentationRules.startsBlock(lx, "plain_block");
                lx.gotoState("plain_block");
              })
                .rule("-|==|=", PUNCTUATION, "ruby_line")
                .rule(
              "(\\*)((?-si:[\\w\\!\\?\\@\\$])+\\(.*?\\))",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(2));
                lx.push("tag");
              })
                .rule(
              "(\\*)((?-si:[\\w\\!\\?\\@\\$])+)",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(2));
                lx.push("tag");
              })
                .rule(
              "(</?[\\w\\s\\=\\'\\\"]+?/?>)",
              (lx, m) -> {
                lx.delegate(lx.sub("html", lexer.apply("html")), lx.group(1));
                lx.pop();
              })
                .rule("\\w+", NAME_TAG, "tag"));
    b.state(
        "tag",
        s ->
            s.mixin("css")
                .mixin("indented_block")
                .mixin("interpolation")
                .rule("[<>]", PUNCTUATION)
                .rule("\\s+?", WHITESPACE)
                .rule(
              "(\\*)((?-si:[\\w\\!\\?\\@\\$])+)",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(2));
              })
                .rule(
              "(\\*)(\\{(?-si:(\\\\\\n|.))+?\\})",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(2));
              })
                .rule(
              "([\\w\\-]+)(\\s*)(\\=)",
              (lx, m) -> {
                lx.token(NAME_ATTRIBUTE, lx.group(1));
                lx.token(WHITESPACE, lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
                lx.push("html_attr");
              })
                .rule(
              "(\\=)((?-si:(\\\\\\n|.))+)",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(2));
              })
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("(?-si:(\\\\\\n|.))+?", TEXT)
                .rule("\\s*\\n", WHITESPACE, POP));
    b.state(
        "css",
        s ->
            s.rule(
              "\\.[\\w-]*",
              (lx, m) -> {
                lx.token(NAME_CLASS);
                lx.gotoState("tag");
              })
                .rule(
              "#[a-zA-Z][\\w:-]*",
              (lx, m) -> {
                lx.token(NAME_FUNCTION);
                lx.gotoState("tag");
              }));
    b.state(
        "html_attr",
        s ->
            s.rule("\\s*(['\"])(?-si:(\\\\\\n|.))*?\\1", STRING, POP)
                .rule(
              "((?-si:[\\w\\!\\?\\@\\$])+\\(.*?\\))",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(1));
                lx.pop();
              })
                .rule(
              "((?-si:[\\w\\!\\?\\@\\$])+)",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(1));
                lx.pop();
              })
                .rule("\\s+", WHITESPACE));
    b.state(
        "ruby_line",
        s ->
            s.mixin("indented_block")
                .rule(
              "[,\\\\]\\s*\\n",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
              })
                .rule("[ ]\\|[ \\t]*\\n", STRING_ESCAPE)
                .rule(
              ".*?(?=([,\\\\]$| \\|)?[ \\t]*$)",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
              }));
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
        "plain_block",
        s ->
            s.mixin("interpolation")
                .rule(
              "(</?[\\w\\s\\=\\'\\\"]+?/?>)",
              (lx, m) -> {
                lx.delegate(lx.sub("html", lexer.apply("html")), lx.group(1));
              })
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("(?-si:(\\\\\\n|.))+?", TEXT)
                .mixin("indented_block"));
    b.state(
        "interpolation",
        s ->
            s.rule("#[{]", STRING_INTERPOL, "ruby_interp"));
    b.state(
        "ruby_interp",
        s ->
            s.rule("[}]", STRING_INTERPOL, POP)
                .mixin("ruby_interp_inner"));
    b.state(
        "ruby_interp_inner",
        s ->
            s.rule(
              "[{]",
              (lx, m) -> {
                lx.delegate(lx.sub("ruby", lexer.apply("ruby")), lx.group(0));
                lx.push("ruby_interp_inner");
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
              "(?<!\\\\)\\n",
              (lx, m) -> {
                lx.token(TEXT);
                lx.resetStack();
              }));
    return b.build();
  }
}
