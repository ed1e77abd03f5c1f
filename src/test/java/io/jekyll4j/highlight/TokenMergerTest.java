package io.jekyll4j.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rouge's token consolidation, and the formatter's escaping of merged tokens. */
class TokenMergerTest {
  @Test
  void tokensOfOneTypeInARowAreJoinedAndEmptyOnesDropped() {
    List<String> out = new ArrayList<>();
    TokenMerger m = new TokenMerger((type, text) -> out.add(type.shortName() + ":" + text));
    m.token(Token.KEYWORD, "a");
    m.token(Token.KEYWORD, "");
    m.token(Token.KEYWORD, "b");
    m.token(Token.TEXT, "c");
    m.token(Token.KEYWORD, "d");
    m.token(Token.KEYWORD, "e");
    m.token(Token.KEYWORD, "f");
    m.token(Token.TEXT, "g");
    m.finish();
    m.token(Token.TEXT, "h");
    m.finish();
    m.finish();
    assertThat(out).containsExactly("k:ab", ":c", "k:def", ":g", ":h");
  }

  @Test
  void escapingKeepsTheTextBetweenSpecialCharacters() {
    StringBuilder sb = new StringBuilder("x");
    HtmlFormatter.escapeInto(sb, "a<b>&&c");
    HtmlFormatter.escapeInto(sb, "");
    HtmlFormatter.escapeInto(sb, "<");
    HtmlFormatter.escapeInto(sb, "plain é");
    assertThat(sb.toString()).isEqualTo("xa&lt;b&gt;&amp;&amp;c&lt;plain é");
  }
}
