package io.jekyll4j.highlight;

/**
 * Rouge's {@code Indentation} mixin (util.rb), used by the Haml and Slim lexers: a line that
 * starts a block remembers its indentation; following lines indented deeper go to the block's
 * state, others to {@code content}. Its variables live in the lexing's per-run variables.
 */
final class IndentationRules {
  private IndentationRules() {}

  /** {@code starts_block}: the next deeper-indented lines are lexed in {@code blockState}. */
  static void startsBlock(RegexLexing lx, String blockState) {
    lx.vars().put("block_state", blockState);
    Object last = lx.vars().get("last_indentation");
    lx.vars().put("block_indentation", last == null ? "" : last);
  }

  /** {@code indentation}: handles the indentation of one line. */
  static void indentation(RegexLexing lx, String indent) {
    lx.vars().put("last_indentation", indent);
    String blockState = (String) lx.vars().get("block_state");
    String blockIndentation = (String) lx.vars().get("block_indentation");
    if (blockState != null && indent.startsWith(blockIndentation) && !indent.equals(blockIndentation)) {
      lx.push(blockState);
    } else {
      lx.vars().remove("block_state");
      lx.vars().remove("block_indentation");
      lx.push("content");
    }
  }
}
