package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The order files of a collection folder are listed in: their paths' UTF-8 bytes, as a sorted
 * {@code Path} list and Ruby's string sort order them, also where a character above U+FFFF meets
 * one of U+E000..U+FFFF (which {@link String#compareTo} orders the other way).
 */
class DocumentReaderOrderTest {
  private static final String[] PARTS = {
    "a", "b", "-", "/", ".", "0", "2020", "Z", "é", "\u00ff", "\u4e2d", "\ue000", "\uffee", "\ud83d\ude00", "\ud83d\ude01",
    "\ud800\udc00",
  };

  private static int byBytes(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void pathsSortAsTheirUtf8Bytes() {
    Random r = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(5); k >= 0; k--) sb.append(PARTS[r.nextInt(PARTS.length)]);
        names.add(sb.toString());
      }
      List<String> expected = new ArrayList<>(names);
      expected.sort(DocumentReaderOrderTest::byBytes);
      names.sort(DocumentReader::byCodePoint);
      assertThat(names).isEqualTo(expected);
    }
  }

  @Test
  void aCharacterAboveTheBasicPlaneSortsAfterThePrivateUseArea() {
    assertThat("\ud83d\ude00".compareTo("\ue000")).isNegative(); // what String would say
    assertThat(DocumentReader.byCodePoint("\ud83d\ude00", "\ue000")).isPositive();
    assertThat(DocumentReader.byCodePoint("a/b", "a-b")).isPositive(); // '/' is 0x2f, '-' 0x2d
    assertThat(DocumentReader.byCodePoint("a", "a/b")).isNegative();
    assertThat(Comparator.<String>naturalOrder().compare("é", "z")).isPositive();
    assertThat(DocumentReader.byCodePoint("é", "z")).isPositive();
  }
}
