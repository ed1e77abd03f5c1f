package io.jekyll4j.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid 4 markup that liqp's grammar reads differently, rewritten before parsing:
 * <ul>
 *   <li>{@code x | contains: 'a'}: there is no {@code contains} filter, so it is renamed to an
 *       unknown filter ({@code j4j_contains}), which passes its input through;</li>
 *   <li>{@code {{ x | upcase | | downcase }}}: lax Liquid skips the empty filter;</li>
 *   <li>{@code {% if not x %}}, {@code {% if a =! b %}}: an unknown operator fails when the
 *       condition is evaluated, through the lookup {@code j4j__unknown_operator["x"]};</li>
 *   <li>tags inside {@code {% comment %}} are still parsed: an {@code if} without a condition
 *       there is a syntax error;</li>
 *   <li>whitespace control also removes vertical tabs and form feeds;</li>
 *   <li>{@code 1e3} is no number literal (nil, as an undefined variable);</li>
 *   <li>{@code {% if page.version-badge %}}, {@code {{ site.a-b }}}: a hyphen inside a name after
 *       a dot, which liqp's grammar rejects or misreads, is read as the lookup {@code page["version-badge"]}.</li>
 * </ul>
 */
final class LaxMarkup {
  /** Prefix of renamed filters; stripped again in error messages. */
  static final String PREFIX = "j4j_";
  /** The variable whose lookups fail with "Unknown operator". */
  static final String UNKNOWN_OPERATOR = "j4j__unknown_operator";

  private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
  private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\b.*?%\\}.*?\\{%\\s*endraw\\b[^%]*%\\}", Pattern.DOTALL);
  private static final Pattern KEYWORD_FILTER = Pattern.compile("\\|(\\s*)contains\\b");
  private static final Pattern CONDITION_TAG = Pattern.compile("(\\{%-?\\s*(?:if|elsif|unless)\\s)(.*?)(-?%\\})", Pattern.DOTALL);
  private static final String QUOTED = "\"[^\"]*\"|'[^']*'";
  private static final Pattern FRAGMENT = Pattern.compile("(?:" + QUOTED + "|(?:[^\\s,|'\"]|" + QUOTED + ")+)");
  private static final Pattern CONDITION =
      Pattern.compile("\\s*(" + FRAGMENT.pattern() + ")\\s*([=!<>a-z_]+)?\\s*(" + FRAGMENT.pattern() + ")?\\s*");
  private static final Pattern AND_OR = Pattern.compile("\\s+(?:and|or)\\s+");
  private static final Set<String> OPERATORS = Set.of("==", "!=", "<>", "<", ">", ">=", "<=", "contains");
  private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%\\}(.*?)\\{%-?\\s*endcomment\\s*-?%\\}", Pattern.DOTALL);
  private static final Pattern EMPTY_CONDITION = Pattern.compile("\\{%-?\\s*(if|elsif|unless)\\s*-?%\\}");

  private static final String SPACE = "[ \\t\\n\\u000b\\f\\r]";
  private static final Pattern SPACE_BEFORE_TRIM = Pattern.compile(SPACE + "+(?=\\{[{%]-)");
  private static final Pattern SPACE_AFTER_TRIM = Pattern.compile("(?<=-[}%]\\})" + SPACE + "+");
  private static final Pattern ASCII_SPACE_END = Pattern.compile(SPACE + "+$");
  private static final Pattern ASCII_SPACE_START = Pattern.compile("^" + SPACE + "+");

  /** Liquid 4 has no exponent literals: {@code 1e3} is read as a variable name, so it is nil. */
  private static final Pattern EXPONENT = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d+)?[eE][+-]?\\d+(?![\\w.])");
  private static final String UNDEFINED = "j4j__exponent_literal";
  private static final Pattern CYCLE = Pattern.compile("\\{%-?\\s*cycle\\s");
  private static final Pattern NIL_VALUE = Pattern.compile("\\s*(?:nil|null)\\s*");
  /** {@code {{ }}} prints nothing in Liquid 4; liqp wants an expression. */
  private static final Pattern EMPTY_OUTPUT = Pattern.compile("\\{\\{-?\\s*-?\\}\\}");

  /** Outputs and tags whose markup is an expression (not a file name, where a dot-hyphen is literal). */
  private static final Pattern EXPRESSION_TAG =
      Pattern.compile("\\{\\{|\\{%-?\\s*(?:if|elsif|unless|case|when|for|tablerow|assign|echo)\\s");
  private static final Pattern HYPHENATED_KEY = Pattern.compile("(?<=[\\w\\]])\\.([A-Za-z_]\\w*(?:-+\\w+)+)");

  private LaxMarkup() {}

  /** The text with the rewrites above applied inside Liquid markup (raw blocks untouched). */
  static String rewrite(String text, boolean lax) {
    if (!text.contains("{")) return text;
    checkComments(text);
    StringBuilder out = new StringBuilder(text.length());
    Matcher raw = RAW.matcher(text);
    int pos = 0;
    while (raw.find()) {
      String before = trim(rewriteMarkup(text.substring(pos, raw.start()), lax));
      if (raw.group().startsWith("{%-")) before = ASCII_SPACE_END.matcher(before).replaceFirst("");
      out.append(before).append(raw.group());
      pos = raw.end();
    }
    String rest = trim(rewriteMarkup(text.substring(pos), lax));
    if (pos > 0 && text.substring(0, pos).endsWith("-%}")) rest = ASCII_SPACE_START.matcher(rest).replaceFirst("");
    return out.append(rest).toString();
  }

  /**
   * Whitespace control as Liquid does it: {@code {{-}/{@code -}}} remove every ASCII space
   * character next to them, vertical tab and form feed included (liqp leaves those).
   */
  private static String trim(String text) {
    if (text.indexOf('\u000b') < 0 && text.indexOf('\f') < 0) return text;
    String t = SPACE_BEFORE_TRIM.matcher(text).replaceAll("");
    return SPACE_AFTER_TRIM.matcher(t).replaceAll("");
  }

  private static void checkComments(String text) {
    if (!text.contains("comment")) return;
    Matcher c = COMMENT.matcher(text);
    while (c.find()) {
      Matcher e = EMPTY_CONDITION.matcher(c.group(1));
      if (e.find()) {
        throw new IllegalArgumentException(
            "Syntax Error in tag '" + e.group(1) + "' - Valid syntax: " + e.group(1) + " [expression]");
      }
    }
  }

  private static String rewriteMarkup(String text, boolean lax) {
    Matcher m = MARKUP.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    while (m.find()) {
      out.append(text, pos, m.start());
      String markup = m.group();
      if (EMPTY_OUTPUT.matcher(markup).matches()) markup = markup.replaceFirst("\\{\\{(-?)", "{{$1 nil");
      if (markup.contains("contains")) markup = KEYWORD_FILTER.matcher(markup).replaceAll("|$1" + PREFIX + "contains");
      if (lax && markup.startsWith("{{") && markup.contains("|")) markup = dropEmptyFilters(markup);
      if (markup.startsWith("{%")) markup = unknownOperators(markup);
      if (CYCLE.matcher(markup).lookingAt()) markup = cycleWithoutNil(markup);
      if (markup.indexOf('-') > 0 && EXPRESSION_TAG.matcher(markup).lookingAt() && HYPHENATED_KEY.matcher(markup).find()) {
        markup = outsideQuotes(markup, t -> HYPHENATED_KEY.matcher(t).replaceAll("[\"$1\"]"));
      }
      if (EXPONENT.matcher(markup).find()) markup = outsideQuotes(markup, t -> EXPONENT.matcher(t).replaceAll(UNDEFINED));
      out.append(markup);
      pos = m.end();
    }
    return out.append(text, pos, text.length()).toString();
  }

  /** {@code {{ a | f | | g }}} as {@code {{ a | f | g }}}: pieces between pipes with no word are skipped. */
  private static String dropEmptyFilters(String markup) {
    List<String> pieces = splitPipes(markup);
    if (pieces.size() < 3) return markup;
    StringBuilder sb = new StringBuilder(pieces.get(0));
    boolean changed = false;
    for (int i = 1; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      boolean last = i == pieces.size() - 1;
      String body = last ? piece.replaceFirst("-?\\}\\}$", "") : piece;
      if (!body.matches("(?s).*\\w.*") && !last) {
        changed = true;
        continue;
      }
      sb.append('|').append(piece);
    }
    return changed ? sb.toString() : markup;
  }

  private static final Pattern CYCLE_VALUES = Pattern.compile(
      "(?s)(\\{%-?\\s*cycle\\s+(?:[^:'\"]+:\\s*|'[^']*'\\s*:\\s*|\"[^\"]*\"\\s*:\\s*)?)(.*?)(\\s*-?%\\})");

  /** Liquid 4 drops {@code nil} from a cycle's values ({@code cycle 1, nil} cycles over 1 alone). */
  private static String cycleWithoutNil(String markup) {
    Matcher m = CYCLE_VALUES.matcher(markup);
    if (!m.matches()) return markup;
    List<String> values = new ArrayList<>();
    char quote = 0;
    int start = 0;
    String list = m.group(2);
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ',') {
        values.add(list.substring(start, i));
        start = i + 1;
      }
    }
    values.add(list.substring(start));
    List<String> kept = values.stream().filter(v -> !NIL_VALUE.matcher(v).matches()).toList();
    if (kept.size() == values.size() || kept.isEmpty()) return markup;
    return m.group(1) + String.join(",", kept) + m.group(3);
  }

  /** Applies {@code f} to the parts of {@code s} outside quoted strings. */
  private static String outsideQuotes(String s, java.util.function.UnaryOperator<String> f) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          out.append(s, start, i + 1);
          start = i + 1;
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        out.append(f.apply(s.substring(start, i)));
        start = i;
        quote = c;
      }
    }
    String rest = s.substring(start);
    return out.append(quote == 0 ? f.apply(rest) : rest).toString();
  }

  private static List<String> splitPipes(String s) {
    List<String> out = new ArrayList<>();
    char quote = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '|') {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  private static String unknownOperators(String markup) {
    Matcher tag = CONDITION_TAG.matcher(markup);
    if (!tag.matches()) return markup;
    String condition = tag.group(2);
    for (String part : AND_OR.split(condition)) {
      Matcher c = CONDITION.matcher(part);
      if (!c.lookingAt() || c.group(2) == null || OPERATORS.contains(c.group(2))) continue;
      String op = c.group(2).replace("\"", "");
      return tag.group(1) + UNKNOWN_OPERATOR + "[\"" + op + "\"] " + tag.group(3);
    }
    return markup;
  }
}
