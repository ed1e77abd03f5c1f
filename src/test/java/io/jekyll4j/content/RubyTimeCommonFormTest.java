package io.jekyll4j.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short cut for {@code YYYY-MM-DD HH:MM:SS +HHMM} finds what the full date parser finds. */
class RubyTimeCommonFormTest {

  @Test
  void theCommonFormGivesTheFullParsersFields() throws Exception {
    Random random = new Random(16);
    int taken = 0;
    for (int i = 0; i < 50_000; i++) {
      String text = String.format("%04d-%02d-%02d %02d:%02d:%02d", random.nextInt(10_000), random.nextInt(14),
          random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
      switch (random.nextInt(4)) {
        case 1 -> text += String.format(" %s%02d%02d", random.nextBoolean() ? "+" : "-", random.nextInt(24), random.nextInt(60));
        case 2 -> text += String.format(" %s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(24), random.nextInt(60));
        case 3 -> text += random.nextBoolean() ? " UTC" : "  +0000";
        default -> { }
      }
      RubyTime.Fields fast = RubyTime.commonForm(text);
      if (fast == null) continue;
      taken++;
      assertSameFields(text, fast, RubyTime.fullParse(text));
    }
    assertThat(taken).isGreaterThan(10_000);
  }

  @Test
  void otherFormsAreLeftToTheFullParser() {
    for (String s : new String[] {"2014-01-01", "2014-01-01 21:51", "2014-01-01T21:51:00 +0000", " 2014-01-01 21:51:00",
        "2014-01-01 21:51:00 +00", "2014-1-01 21:51:00", "2014-01-01 21:51:00 UTC", "2014-01-01 21:51:60",
        "2014-13-01 21:51:00", "2014-01-01 21:51:00 +0000 ", "2014-01-01 21:51:00 +00:0a"}) {
      assertThat(RubyTime.commonForm(s)).as(s).isNull();
    }
  }

  private static void assertSameFields(String text, RubyTime.Fields a, RubyTime.Fields b) throws Exception {
    for (Field f : RubyTime.Fields.class.getDeclaredFields()) {
      f.setAccessible(true);
      assertThat(f.get(a)).as(text + ": " + f.getName()).isEqualTo(f.get(b));
    }
  }
}
