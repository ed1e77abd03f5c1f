package io.jekyll4j.liquid.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid 4.0.4's {@code Tokenizer}: the source split by {@code TemplateParser} (from {@code
 * lib/liquid.rb}) into text, {@code {%...%}} and {@code {{...}}} tokens, each with the line it
 * starts on. As in Liquid, an output ends at the first {@code }} (or a lone {@code }}), even
 * inside a string, and a lone {@code {%} or {@code {{} is a token of its own.
 */
public final class Tokenizer {
  /** {@code PartialTemplateParser = /{%.*?%}|{{.*?}}?/m}, then {@code AnyStartingTag}. */
  static final Pattern TEMPLATE_PARSER =
      Pattern.compile("(\\{%.*?%\\}|\\{\\{.*?\\}\\}?|\\{%|\\{\\{)", Pattern.DOTALL);

  /** One token and the line (from 1) where it starts. */
  public record Token(String text, int line) {}

  private final List<Token> tokens;
  private int next;
  private int lineNumber = 1;

  public Tokenizer(String source) {
    this.tokens = tokenize(source);
  }

  /** {@code source.split(TemplateParser)}, empty pieces kept (the parser skips them). */
  public static List<Token> tokenize(String source) {
    List<Token> out = new ArrayList<>();
    if (source == null || source.isEmpty()) return out;
    Matcher m = TEMPLATE_PARSER.matcher(source);
    int pos = 0;
    int line = 1;
    while (m.find()) {
      String text = source.substring(pos, m.start());
      if (!(out.isEmpty() && text.isEmpty())) out.add(new Token(text, line));
      line += newlines(text);
      out.add(new Token(m.group(), line));
      line += newlines(m.group());
      pos = m.end();
    }
    if (pos < source.length()) out.add(new Token(source.substring(pos), line));
    return out;
  }

  /** The next token, or null at the end; the line number moves past it. */
  public Token shift() {
    if (next >= tokens.size()) return null;
    Token t = tokens.get(next++);
    lineNumber += newlines(t.text());
    return t;
  }

  /** Liquid's {@code tokenizer.line_number}: the line after the tokens shifted so far. */
  public int lineNumber() {
    return lineNumber;
  }

  static int newlines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
    return n;
  }
}
