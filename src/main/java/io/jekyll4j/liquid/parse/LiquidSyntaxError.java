package io.jekyll4j.liquid.parse;

/**
 * Liquid's {@code Liquid::SyntaxError} (and the other parse-time errors): the bare message, the
 * line it is reported at (set as Liquid sets it: by the tag whose markup failed, or by the
 * document at the token being parsed) and the markup context ({@code in "..."}).
 */
public final class LiquidSyntaxError extends RuntimeException {
  private Integer line;
  private String markupContext;
  private final boolean syntax;

  public LiquidSyntaxError(String message) {
    this(message, true);
  }

  LiquidSyntaxError(String message, boolean syntax) {
    super(message);
    this.syntax = syntax;
  }

  /** The line, relative to the template's first line, or null before the parser set one. */
  public Integer line() {
    return line;
  }

  void lineIfUnset(int l) {
    if (line == null) line = l;
  }

  void setLine(int l) {
    line = l;
  }

  void setMarkupContext(String c) {
    markupContext = c;
  }

  /** The message without prefix, with the markup context Liquid appends. */
  public String detail() {
    return markupContext == null ? getMessage() : getMessage() + " " + markupContext;
  }

  /** As Liquid's {@code Error#to_s} prints it, with the line shifted by {@code offset}. */
  public String format(int offset) {
    String prefix = syntax ? "Liquid syntax error" : "Liquid error";
    if (line != null) prefix += " (line " + (line + offset) + ")";
    return prefix + ": " + detail();
  }
}
