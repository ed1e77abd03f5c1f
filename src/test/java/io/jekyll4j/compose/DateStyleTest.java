package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateStyleTest {
  private static final ZonedDateTime TIME =
      ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneId.of("Europe/Berlin"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-01-02|2024-05-06",
        "2023-01-02 03:04|2024-05-06 07:08",
        "2023-01-02 03:04 +0000|2024-05-06 07:08 +0200",
        "2023-01-02 03:04:05 -0500|2024-05-06 07:08:09 +0200",
        "2023-01-02   03:04:05 +01:00|2024-05-06   07:08:09 +02:00",
        "2023-01-02T03:04:05Z|2024-05-06T05:08:09Z",
        "2023-01-02T03:04:05.123+01:00|2024-05-06T07:08:09.000+02:00",
      })
  void newDatesAreWrittenLikeTheOldOnes(String old, String expected) {
    assertThat(DateStyle.of(old).orElseThrow().format(TIME)).isEqualTo(expected);
  }

  @Test
  void theMostCommonStyleWinsAndComposeIsTheDefault() {
    assertThat(DateStyle.learn(List.of("2023-01-02", "2023-01-03 10:00", "2023-01-04")).format(TIME))
        .isEqualTo("2024-05-06");
    assertThat(DateStyle.learn(List.of("yesterday")).format(TIME))
        .isEqualTo("2024-05-06 07:08 +0200");
  }

  @Test
  void strftimeFormatsAreTranslated() {
    assertThat(DateStyle.strftime("%Y-%m-%d %H:%M:%S %z (%%)").format(TIME))
        .isEqualTo("2024-05-06 07:08:09 +0200 (%)");
    assertThatThrownBy(() -> DateStyle.strftime("%Q")).isInstanceOf(ComposeException.class);
  }
}
