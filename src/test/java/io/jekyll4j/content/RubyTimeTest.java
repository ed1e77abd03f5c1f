package io.jekyll4j.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RubyTime} against Ruby 3.1's {@code Time.parse(text, now)} (now = 2026-12-07 03:04:05
 * UTC) under three {@code TZ}s: {@code dates/ruby-time-parse.tsv} holds zone, text and Ruby's
 * result ({@code ERR} for an ArgumentError), made by the oracle's {@code ruby -rtime}.
 */
class RubyTimeTest {
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 7, 3, 4, 5, 0, ZoneOffset.UTC);
  private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnxxx");

  @Test
  void everyTextParsesAsRubysTimeParseDoes() throws IOException {
    String tsv;
    try (InputStream in = RubyTimeTest.class.getResourceAsStream("/dates/ruby-time-parse.tsv")) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> wrong = new ArrayList<>();
    int n = 0;
    for (String line : tsv.split("\n")) {
      String[] f = line.split("\t", -1);
      ZoneId zone = ZoneId.of(f[0]);
      String got = RubyTime.parse(f[1], zone, NOW).map(OUT::format).orElse("ERR");
      if (!got.equals(f[2])) wrong.add(f[0] + " '" + f[1] + "': ruby " + f[2] + ", got " + got);
      n++;
    }
    assertThat(n).isGreaterThan(150);
    assertThat(wrong).isEmpty();
  }

  @Test
  void jekyllDateAcceptsWhatTimeParseAccepts() {
    ZoneId utc = ZoneId.of("UTC");
    assertThat(Dates.jekyllDate("January 2, 2020", utc)).isPresent();
    assertThat(Dates.jekyllDate("20-01-04", utc).orElseThrow().getYear()).isEqualTo(2020);
    assertThat(Dates.jekyllDate("2015", utc)).isEmpty();
    assertThat(Dates.jekyllDate("no date here", utc)).isEmpty();
  }

  @Test
  void numericZoneOffsetsReadAsTheirPatternReadsThem() {
    java.util.regex.Pattern offset = java.util.regex.Pattern.compile("\\A([+-])(\\d\\d)(:?)(\\d\\d)(?:\\3(\\d\\d))?\\z");
    for (String sign : List.of("+", "-")) {
      for (int hh = 0; hh < 100; hh += 7) {
        for (int mm = 0; mm < 100; mm += 13) {
          for (String sep : List.of("", ":")) {
            String z = String.format("%s%02d%s%02d", sign, hh, sep, mm);
            java.util.regex.Matcher m = offset.matcher(z);
            assertThat(m.matches()).isTrue();
            int expected = (sign.equals("-") ? -1 : 1) * (Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(4))) * 60;
            assertThat(RubyTime.zoneOffset(z)).as(z).isEqualTo(expected);
          }
        }
      }
    }
    assertThat(RubyTime.zoneOffset("+05:3")).isNull();
    assertThat(RubyTime.zoneOffset("+0530:00")).isNull();
    assertThat(RubyTime.zoneOffset("+05:30:15")).isEqualTo(5 * 3600 + 30 * 60 + 15);
    assertThat(RubyTime.zoneOffset("+05")).isEqualTo(5 * 3600);
    assertThat(RubyTime.zoneOffset("pst")).isEqualTo(-8 * 3600);
  }
}
