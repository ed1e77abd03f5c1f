package io.jekyll4j.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Dates as Jekyll's {@code Utils.parse_date} leaves them (checked with Ruby's Psych). */
class DatesTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");

  @Test
  void aYamlTimestampWithoutZoneIsUtc() {
    assertThat(Dates.jekyllDate(LocalDateTime.of(2024, 7, 1, 1, 0), NY).orElseThrow().toString())
        .isEqualTo("2024-06-30T21:00-04:00[America/New_York]");
  }

  @Test
  void aTextWithoutZoneIsLocalTime() {
    assertThat(Dates.jekyllDate("2024-07-01 01:00:00", NY).orElseThrow().getHour()).isEqualTo(1);
  }

  @Test
  void anOffsetIsConvertedToTheSiteZone() {
    assertThat(Dates.jekyllDate("2024-02-10 23:30:00 -0500", ZoneId.of("UTC")).orElseThrow().getDayOfMonth())
        .isEqualTo(11);
  }

  @Test
  void aDateIsLocalMidnight() {
    assertThat(Dates.jekyllDate(LocalDate.of(2024, 3, 10), NY).orElseThrow().getHour()).isZero();
  }
}
