package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/**
 * Rouge 3.30's Sass (indented syntax) lexer: the Sass common rules of {@link ScssLexer} with
 * Sass's own line-based root, where a comment's indented continuation lines stay comments
 * (Rouge's {@code Indentation} mixin, kept in the lexing's variables).
 */
final class SassLexer {
  private SassLexer() {}

  private static final String ID = "[\\w-]+";
  private static final String BLOCK_STATE = "sass.block_state";
  private static final String BLOCK_INDENT = "sass.block_indentation";
  private static final String LAST_INDENT = "sass.last_indentation";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("sass");
    b.state(
        "root",
        s ->
            s.rule("[ \\t]*\\n", TEXT)
                .rule(
                    "[ \\t]*",
                    (lx, m) -> {
                      lx.token(TEXT);
                      indentation(lx, m.group());
                    }));
    b.state(
        "content",
        s ->
            s.rule(
                    "//.*?$",
                    (lx, m) -> {
                      lx.token(COMMENT_SINGLE);
                      lx.pop();
                      startsBlock(lx, "single_comment");
                    })
                .rule(
                    "/[*].*?\\n",
                    (lx, m) -> {
                      lx.token(COMMENT_MULTILINE);
                      lx.pop();
                      startsBlock(lx, "multi_comment");
                    })
                .rule("@import\\b", KEYWORD, "import")
                .mixin("content_common")
                .rule("=" + ID, NAME_FUNCTION, "value")
                .rule("[+]" + ID, NAME_DECORATOR, "value")
                .rule(":", NAME_ATTRIBUTE, "old_style_attr")
                .rule("(?=[^\\[\\n]+?:([^a-z]|$))", (lx, m) -> lx.push("attribute"))
                .rule("", (lx, m) -> lx.push("selector")));
    b.state("single_comment", s -> s.rule(".*?$", COMMENT_SINGLE, POP));
    b.state("multi_comment", s -> s.rule(".*?\\n", COMMENT_MULTILINE, POP));
    b.state(
        "import",
        s -> s.rule("[ \\t]+", TEXT).rule("\\S+", STRING).rule("\\n", TEXT, POP));
    b.state(
        "old_style_attr",
        s ->
            s.mixin("attr_common")
                .rule(
                    "",
                    (lx, m) -> {
                      lx.pop();
                      lx.push("value");
                    }));
    b.state(
        "end_section",
        s ->
            s.rule(
                "\\n",
                (lx, m) -> {
                  lx.token(TEXT);
                  lx.resetStack();
                }));
    ScssLexer.common(b);
    return b.build();
  }

  /** Rouge's {@code starts_block}: the next line indented deeper than this one lexes in {@code state}. */
  private static void startsBlock(RegexLexing lx, String state) {
    lx.vars().put(BLOCK_STATE, state);
    lx.vars().put(BLOCK_INDENT, lx.vars().getOrDefault(LAST_INDENT, ""));
  }

  /** Rouge's {@code indentation}: continue the open block on a deeper line, else lex content. */
  private static void indentation(RegexLexing lx, String indent) {
    lx.vars().put(LAST_INDENT, indent);
    Object state = lx.vars().get(BLOCK_STATE);
    String blockIndent = (String) lx.vars().get(BLOCK_INDENT);
    if (state != null && indent.startsWith(blockIndent) && !indent.equals(blockIndent)) {
      lx.push((String) state);
    } else {
      lx.vars().remove(BLOCK_STATE);
      lx.vars().remove(BLOCK_INDENT);
      lx.push("content");
    }
  }
}
