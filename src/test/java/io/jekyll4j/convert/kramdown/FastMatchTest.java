package io.jekyll4j.convert.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** FastMatch gives the regex engine's match and groups for every pattern it takes over. */
class FastMatchTest {
  private static final String[] ATOMS = {
    "*", "**", "_", "__", "`", "```", "[", "]", "![", "!", "^", "[^", "a", "9", "12", ".", "-", "+",
    ":", " ", "  ", "   ", "    ", "\t", "\n", "\n\n", " \n", "\u000B", "\r", "|", "x y", "\u00e9",
    "\uD83D\uDE00", "\u2019", "(", ")", "\"", "'", " '", "\t\"", ">", "> ", "   >"};

  private static List<String> texts() {
    Random r = new Random(16);
    List<String> out = new ArrayList<>(List.of("", "*", "**x", "- a\n", "1. b\n", " \n \n x", "[^1]", "![a]"));
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + r.nextInt(10); k > 0; k--) sb.append(ATOMS[r.nextInt(ATOMS.length)]);
      out.add(sb.toString());
    }
    return out;
  }

  private static List<Pattern> patterns() {
    return List.of(InlineRules.EMPHASIS_START, InlineRules.CODESPAN_DELIMITER, InlineRules.LINK_START,
        LinkRules.LINK_BRACKET_STOP, LinkRules.LINK_PAREN_STOP, Rx.BLANK_LINE, Rx.LIST_START, Rx.LIST_START_UL, Rx.LIST_START_OL,
        Rx.DEFINITION_LIST_START, RegexCache.re("^( {0}[+*-])(" + Rx.PATTERN_TAIL + ")"),
        RegexCache.re("^( {0,1}\\d+\\.)(" + Rx.PATTERN_TAIL + ")"), RegexCache.re("^( {0,2}:)(" + Rx.PATTERN_TAIL + ")"),
        RegexCache.re(Pattern.quote("*")), RegexCache.re(Pattern.quote("__")), RegexCache.re(Pattern.quote("```")),
        RegexCache.re(Pattern.quote("**") + "(?!" + Pattern.quote("*") + ")"));
  }

  @Test
  void everyFastPatternMatchesAsTheRegexEngineAtEveryPosition() {
    List<String> texts = texts();
    for (Pattern p : patterns()) {
      FastMatch fast = FastMatch.of(p);
      assertThat(fast).as(p.pattern()).isNotNull();
      for (String s : texts) {
        Matcher m = p.matcher(s);
        m.useAnchoringBounds(true);
        m.useTransparentBounds(false);
        for (int pos = 0; pos <= s.length(); pos++) {
          m.region(pos, s.length());
          String[] expected = null;
          if (m.lookingAt()) {
            expected = new String[m.groupCount() + 1];
            for (int g = 0; g <= m.groupCount(); g++) expected[g] = m.group(g);
          }
          assertThat(fast.matchAt(s, pos)).as("%s at %d of %s", p.pattern(), pos, s).isEqualTo(expected);
        }
        if (fast.searchable()) {
          for (int pos = 0; pos <= s.length(); pos++) {
            m.region(pos, s.length());
            int expected = m.find() ? m.start() : -1;
            assertThat(fast.search(s, pos)).as("search %s from %d of %s", p.pattern(), pos, s).isEqualTo(expected);
          }
        }
        if (fast.isLiteral()) {
          m.region(0, s.length());
          for (int pos = 0; pos <= s.length(); pos++) {
            m.region(pos, s.length());
            int expected = m.find() ? m.start() : -1;
            assertThat(fast.find(s, pos)).as("find %s from %d of %s", p.pattern(), pos, s).isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void blockQuoteMarkersAreStrippedAsTheRegexReplacementStripsThem() {
    for (String s : texts()) {
      assertThat(BlockRules.stripQuoteMarkers(s)).as(s).isEqualTo(BlockRules.BQ_MARKER.matcher(s).replaceAll(""));
      String quoted = "> " + s.replace("\n", "\n>");
      assertThat(BlockRules.stripQuoteMarkers(quoted)).as(quoted)
          .isEqualTo(BlockRules.BQ_MARKER.matcher(quoted).replaceAll(""));
    }
  }

  @Test
  void patternsWithOtherFlagsOrShapesAreLeftToTheRegexEngine() {
    assertThat(FastMatch.of(Pattern.compile(Pattern.quote("em"), Pattern.CASE_INSENSITIVE))).isNull();
    assertThat(FastMatch.of(RegexCache.re(Pattern.quote("a\\Eb")))).isNull();
    assertThat(FastMatch.of(RegexCache.re("</" + Pattern.quote("em") + "\\s*>"))).isNull();
    assertThat(FastMatch.of(RegexCache.re("^( {0,4}[+*-])(" + Rx.PATTERN_TAIL + ")"))).isNull();
  }

  @Test
  void aScannerReadsTheGroupsOfAFastMatch() {
    Scanner s = new Scanner("  - item\nrest");
    assertThat(s.scan(Rx.LIST_START)).isEqualTo("  - item\n");
    assertThat(s.group(1)).isEqualTo("  -");
    assertThat(s.group(2)).isEqualTo(" item\n");
    assertThat(s.group(3)).isNull();
    assertThat(s.matchedSize()).isEqualTo(9);
    assertThat(s.preMatchEnd()).isZero();
    assertThat(s.pos).isEqualTo(9);
    Scanner t = new Scanner("a ** b ***");
    assertThat(t.scanUntil(RegexCache.re(Pattern.quote("**") + "(?!" + Pattern.quote("*") + ")"))).isEqualTo("a **");
    assertThat(t.preMatchEnd()).isEqualTo(2);
  }
}
