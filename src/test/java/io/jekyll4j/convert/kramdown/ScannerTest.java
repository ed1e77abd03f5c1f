package io.jekyll4j.convert.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScannerTest {
  @Test
  void lineStartAnchorMatchesAtTheScanPositionLikeRubysStringScanner() {
    Scanner s = new Scanner("<div>a</div> trailing text\n");
    s.pos = 12;
    assertThat(s.scan(Scanner.re("^ {0,3}[^ \\t].*?\\n"))).isEqualTo(" trailing text\n");
  }

  @Test
  void lookBehindDoesNotSeeTextBeforeThePosition() {
    Scanner s = new Scanner("a_b");
    s.pos = 1;
    assertThat(s.check(Pattern.compile("(?<=a)_"))).isFalse();
    assertThat(s.check(Pattern.compile("_"))).isTrue();
    assertThat(s.preMatch()).isEqualTo("a");
  }

  @Test
  void scanUntilReturnsTheTextUpToTheMatchEnd() {
    Scanner s = new Scanner("abc*def");
    assertThat(s.scanUntil(Scanner.re("(?=\\*)"))).isEqualTo("abc");
    assertThat(s.pos).isEqualTo(3);
    assertThat(s.scanUntil(Scanner.re("x"))).isNull();
    assertThat(s.pos).isEqualTo(3);
  }
}
