package io.jekyll4j.liquid.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Month and day names of %b %B %h %a %A: Ruby's English names, for every month and weekday. */
class StrftimeNamesTest {
  @Test
  void monthNamesAreRubysForEveryMonth() {
    String[] ruby = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    for (int m = 1; m <= 12; m++) {
      ZonedDateTime t = ZonedDateTime.of(2024, m, 15, 10, 0, 0, 0, ZoneOffset.UTC);
      assertThat(Strftime.format(t, "%B|%b|%h|%^b|%10B|%-10b"))
          .isEqualTo(ruby[m - 1] + "|" + ruby[m - 1].substring(0, 3) + "|" + ruby[m - 1].substring(0, 3) + "|"
              + ruby[m - 1].substring(0, 3).toUpperCase(Locale.ROOT) + "|" + " ".repeat(10 - ruby[m - 1].length())
              + ruby[m - 1] + "|" + ruby[m - 1].substring(0, 3));
      // the same as the JDK's English names (what this used to call)
      assertThat(Strftime.format(t, "%B %b"))
          .isEqualTo(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
              + t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
  }

  @Test
  void dayNamesAreRubysForEveryWeekday() {
    // 2024-01-07 is a Sunday
    String[] ruby = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    for (int i = 0; i < 7; i++) {
      ZonedDateTime t = ZonedDateTime.of(2024, 1, 7 + i, 10, 0, 0, 0, ZoneOffset.UTC);
      assertThat(Strftime.format(t, "%A|%a|%^a|%w")).isEqualTo(
          ruby[i] + "|" + ruby[i].substring(0, 3) + "|" + ruby[i].substring(0, 3).toUpperCase(Locale.ROOT) + "|" + i);
      assertThat(Strftime.format(t, "%A %a"))
          .isEqualTo(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
              + t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
  }
}
