package io.jekyll4j.convert.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListStartLineTest {
  @Test
  void findsAListStartOnAnyLineExactlyWhereTheFullPatternSearchDoes() {
    List<String> samples = List.of("", "text\n", "* item\n", "   - item\n", "    - too deep\n",
        "first\n2. second\n", "a * b\n", "1.x\n", "10. ten\n", "x\n\n+\tt\n", "+ no newline",
        "line\n-", "-\n", "*  \n", "a\n   3.  b\nc\n");
    for (String s : samples) {
      assertThat(ListRules.hasListStartLine(s)).as(s).isEqualTo(Rx.LIST_START.matcher(s).find());
    }
  }
}
