package io.jekyll4j.convert.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SpanStarts is true exactly where kramdown's look-ahead union of the span rules' starts matches,
 * a stop pattern never matches where its first character is not, and a rule's own start pattern
 * never matches where {@link SpanStarts#ruleMayStart} is false.
 */
class SpanStartsTest {
  /** The span starts of SpanRules, by rule name. */
  private static final Map<String, String> SPAN_STARTS = new LinkedHashMap<>();

  static {
    SPAN_STARTS.put("emphasis", "\\*|_");
    SPAN_STARTS.put("codespan", "`");
    SPAN_STARTS.put("autolink", "<");
    SPAN_STARTS.put("span_html", "<");
    SPAN_STARTS.put("footnote_marker", "\\[");
    SPAN_STARTS.put("link", "!?\\[");
    SPAN_STARTS.put("smart_quotes", "[^\\\\]?[\"']");
    SPAN_STARTS.put("inline_math", "\\$");
    SPAN_STARTS.put("span_extensions", "\\{:");
    SPAN_STARTS.put("html_entity", "&");
    SPAN_STARTS.put("typographic_syms", "--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)");
    SPAN_STARTS.put("line_break", "(  |\\\\\\\\)(?=\\n)");
    SPAN_STARTS.put("escaped_chars", "\\\\");
    SPAN_STARTS.put("strikethrough_gfm", "~~");
  }

  private static final Map<String, Pattern> RULE_PATTERNS = Map.ofEntries(
      Map.entry("emphasis", InlineRules.EMPHASIS_START), Map.entry("codespan", InlineRules.CODESPAN_DELIMITER),
      Map.entry("autolink", InlineRules.AUTOLINK_START), Map.entry("span_html", HtmlRules.HTML_SPAN_START),
      Map.entry("footnote_marker", InlineRules.FOOTNOTE_MARKER_START), Map.entry("link", InlineRules.LINK_START),
      Map.entry("smart_quotes", SmartQuotes.SMART_QUOTES_RE), Map.entry("inline_math", InlineRules.INLINE_MATH_START),
      Map.entry("span_extensions", Scanner.re("\\{:")), Map.entry("html_entity", InlineRules.HTML_ENTITY_RE),
      Map.entry("typographic_syms", InlineRules.TYPOGRAPHIC_SYMS_RE), Map.entry("line_break", InlineRules.LINE_BREAK),
      Map.entry("escaped_chars", InlineRules.ESCAPED_CHARS_GFM), Map.entry("strikethrough_gfm", InlineRules.STRIKETHROUGH_MATCH));

  private static final String[] ATOMS = {
    "*", "_", "`", "<", "<<", ">>", ">", "[", "[^", "]", "!", "![", "\"", "'", "\\", "\\\\", "$", "$$", "{", "{:",
    "&", "&amp;", "-", "--", ".", "...", " ", "  ", "\n", "~", "~~", "a", "b c", "\u00e9", "\uD83D\uDE00", "\uD83D",
    "\u2019", "</em>", "<em>", "http://x>", "x@y>"};

  private static List<String> texts() {
    Random r = new Random(7);
    List<String> out = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + r.nextInt(12); k > 0; k--) sb.append(ATOMS[r.nextInt(ATOMS.length)]);
      out.add(sb.toString());
    }
    return out;
  }

  private static boolean lookingAt(Pattern p, String s, int i) {
    Matcher m = p.matcher(s);
    m.useAnchoringBounds(true);
    m.useTransparentBounds(false);
    m.region(i, s.length());
    return m.lookingAt();
  }

  @Test
  void startsAreExactlyWhereTheRegexUnionMatches() {
    List<List<String>> lists = List.of(List.copyOf(SPAN_STARTS.keySet()), List.of("codespan"),
        List.of("codespan", "span_html"), List.of("span_html"),
        List.of("smart_quotes", "html_entity", "typographic_syms", "span_html"));
    List<Pattern> stops = List.of(RegexCache.re(Pattern.quote("*")), RegexCache.re(Pattern.quote("__")),
        LinkRules.LINK_BRACKET_STOP, RegexCache.get("</" + Pattern.quote("em") + "\\s*>",
            Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.CASE_INSENSITIVE));
    List<String> texts = texts();
    for (List<String> names : lists) {
      StringBuilder union = new StringBuilder();
      for (String n : names) union.append(union.length() > 0 ? "|" : "").append(SPAN_STARTS.get(n));
      Pattern rules = Scanner.re("(?=" + union + ")");
      SpanStarts starts = SpanStarts.of(names, null);
      for (String s : texts) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < s.length(); i++) {
          boolean expected = lookingAt(rules, s, i);
          assertThat(SpanStarts.at(starts.rules, chars, i, chars.length)).as("%s at %d of %s", names, i, s)
              .isEqualTo(expected);
          if (expected) assertThat(starts.candidate(chars, i, chars.length)).isTrue();
          for (String n : names) {
            if (lookingAt(RULE_PATTERNS.get(n), s, i)) {
              assertThat(SpanStarts.ruleMayStart(SpanStarts.bit(n), chars, i, chars.length))
                  .as("%s at %d of %s", n, i, s).isTrue();
            }
          }
          for (Pattern stop : stops) {
            if (lookingAt(stop, s, i)) {
              SpanStarts withStop = SpanStarts.of(names, stop);
              assertThat(withStop.stopMayStart(chars[i]) && withStop.candidate(chars, i, chars.length))
                  .as("%s at %d of %s", stop, i, s).isTrue();
            }
          }
        }
      }
    }
  }

  @Test
  void unknownRulesAndStopsHaveNoStarts() {
    assertThat(SpanStarts.of(List.of("emphasis", "other"), null)).isNull();
    assertThat(SpanStarts.of(List.of("emphasis"), Pattern.compile("x|y"))).isNull();
  }
}
