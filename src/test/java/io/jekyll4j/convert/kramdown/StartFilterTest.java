package io.jekyll4j.convert.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartFilterTest {
  private static final Pattern UNION =
      Scanner.re("(?=\\*|_|`|<|!?\\[|[^\\\\]?[\"']|--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)|(  |\\\\\\\\)(?=\\n)|\\\\)");
  private static final StartFilter FILTER = new StartFilter()
      .add("*_`<![", "", false)
      .add("\"'", "", true)
      .add("-.\\<>", "<>", false)
      .add("\\", " ", false);

  /** Every stop of the filtered search, as "position:text" pairs, until the text is used up. */
  private static String stops(String text, boolean filtered) {
    Scanner s = new Scanner(text);
    StringBuilder out = new StringBuilder();
    while (!s.eos()) {
      String skipped = filtered ? s.scanUntil(UNION, FILTER) : s.scanUntil(UNION);
      if (skipped == null) break;
      out.append(s.pos).append(':').append(skipped).append('|');
      s.getch();
    }
    return out.toString();
  }

  @Test
  void filteredSearchStopsWhereTheFullSearchStops() {
    for (String text : new String[] {
        "plain words only", "a *b* c", "it's \"quoted\"", "emoji \uD83D\uDE00's quote", "\\'escaped\\\"",
        "a  \nbreak", "x << y >> z", "a >> b", "dash -- and ... dots", "[link](u) ![img](v)",
        "\uD83D\uDE00\"", "'", "a\\\\\nb", "under_score and `code`"}) {
      assertThat(stops(text, true)).as(text).isEqualTo(stops(text, false));
    }
  }

  @Test
  void aCharacterBeforeAQuoteIsACandidateButNotABackslash() {
    StartFilter quotes = new StartFilter().add("\"'", "", true);
    assertThat(quotes.next("ab'c", 0)).isEqualTo(1);
    assertThat(quotes.next("a\\'c", 0)).isEqualTo(2);
    assertThat(quotes.next("\uD83D\uDE00'", 0)).isEqualTo(0);
  }
}
