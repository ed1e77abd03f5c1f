package io.jekyll4j.liquid.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid 4.0.4's strict markup parser: {@code Lexer} ({@code lexer.rb}) and {@code Parser}
 * ({@code parser.rb}). Like Liquid's, it checks the markup and hands back the text of each
 * expression, which {@link Expressions#parse} then reads.
 */
final class StrictParser {
  private static final Pattern COMPARISON = Pattern.compile("==|!=|<>|<=?|>=?|contains(?=\\s)");
  private static final Pattern SINGLE_STRING = Pattern.compile("'[^']*'");
  private static final Pattern DOUBLE_STRING = Pattern.compile("\"[^\"]*\"");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][\\w-]*\\??");
  private static final Pattern DOTDOT = Pattern.compile("\\.\\.");
  private static final Pattern WHITESPACE = Pattern.compile("\\s*");
  private static final Map<Character, String> SPECIALS = Map.of(
      '|', "pipe", '.', "dot", ':', "colon", ',', "comma", '[', "open_square", ']', "close_square",
      '(', "open_round", ')', "close_round", '?', "question", '-', "dash");

  record Tok(String type, String value) {
    /** Ruby's {@code Array#to_s} of the token, as Liquid's messages print it. */
    @Override
    public String toString() {
      return value == null ? "[:" + type + "]" : "[:" + type + ", " + Expressions.inspect(value) + "]";
    }
  }

  private final List<Tok> tokens;
  private int p;

  StrictParser(String input) {
    this.tokens = lex(input);
  }

  static List<Tok> lex(String input) {
    List<Tok> out = new ArrayList<>();
    Matcher m = WHITESPACE.matcher(input);
    int pos = 0;
    int n = input.length();
    while (pos < n) {
      m.usePattern(WHITESPACE).region(pos, n);
      if (m.lookingAt()) pos = m.end();
      if (pos >= n) break;
      String type = null;
      for (Object[] rule : RULES) {
        m.usePattern((Pattern) rule[0]).region(pos, n);
        if (m.lookingAt()) {
          type = (String) rule[1];
          out.add(new Tok(type, m.group()));
          pos = m.end();
          break;
        }
      }
      if (type != null) continue;
      char c = input.charAt(pos++);
      String s = SPECIALS.get(c);
      if (s == null) throw new LiquidSyntaxError("Unexpected character " + c);
      out.add(new Tok(s, String.valueOf(c)));
    }
    out.add(new Tok("end_of_string", null));
    return out;
  }

  private static final Object[][] RULES = {
    {COMPARISON, "comparison"}, {SINGLE_STRING, "string"}, {DOUBLE_STRING, "string"},
    {NUMBER, "number"}, {IDENTIFIER, "id"}, {DOTDOT, "dotdot"},
  };

  String consume(String type) {
    Tok t = tokens.get(p);
    if (type != null && !t.type().equals(type)) {
      throw new LiquidSyntaxError("Expected " + type + " but found " + t.type());
    }
    p++;
    return t.value();
  }

  String consume() {
    return consume(null);
  }

  /** The token's text if it has this type (and is consumed), else null. */
  String consumeIf(String type) {
    if (p >= tokens.size() || !tokens.get(p).type().equals(type)) return null;
    return tokens.get(p++).value();
  }

  /** The identifier {@code str} if it comes next (and is consumed), else null. */
  String id(String str) {
    if (p >= tokens.size()) return null;
    Tok t = tokens.get(p);
    if (!t.type().equals("id") || !t.value().equals(str)) return null;
    p++;
    return str;
  }

  boolean look(String type, int ahead) {
    int i = p + ahead;
    return i < tokens.size() && tokens.get(i).type().equals(type);
  }

  boolean look(String type) {
    return look(type, 0);
  }

  String expression() {
    Tok t = tokens.get(p);
    switch (t.type()) {
      case "id":
        return variableSignature();
      case "string":
      case "number":
        return consume();
      case "open_round": {
        consume();
        String first = expression();
        consume("dotdot");
        String last = expression();
        consume("close_round");
        return "(" + first + ".." + last + ")";
      }
      default:
        throw new LiquidSyntaxError(t + " is not a valid expression");
    }
  }

  String argument() {
    StringBuilder s = new StringBuilder();
    if (look("id") && look("colon", 1)) s.append(consume()).append(consume()).append(' ');
    return s.append(expression()).toString();
  }

  String variableSignature() {
    StringBuilder s = new StringBuilder(consume("id"));
    while (look("open_square")) {
      s.append(consume());
      s.append(expression());
      s.append(consume("close_square"));
    }
    if (look("dot")) {
      s.append(consume());
      s.append(variableSignature());
    }
    return s.toString();
  }
}
