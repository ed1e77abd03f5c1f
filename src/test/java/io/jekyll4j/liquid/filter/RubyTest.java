package io.jekyll4j.liquid.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubyTest {
  @Test
  void floatsPrintAsRubyFloatToS() {
    assertThat(Ruby.rubyFloat(2.0)).isEqualTo("2.0");
    assertThat(Ruby.rubyFloat(0.3)).isEqualTo("0.3");
    assertThat(Ruby.rubyFloat(1e22)).isEqualTo("1.0e+22");
    assertThat(Ruby.rubyFloat(1e-5)).isEqualTo("1.0e-05");
    assertThat(Ruby.rubyFloat(1234567.5)).isEqualTo("1234567.5");
  }

  @Test
  void inspectWritesRubyLiterals() {
    assertThat(Ruby.inspect(Arrays.asList(1L, "a", null, 2.5))).isEqualTo("[1, \"a\", nil, 2.5]");
    assertThat(Ruby.inspect(Map.of("k", "v"))).isEqualTo("{\"k\"=>\"v\"}");
  }

  @Test
  void toSFlattensArraysAndWritesTimesWithTheirOffset() {
    assertThat(Ruby.toS(List.of(1L, List.of("a", List.of(3L))))).isEqualTo("1a3");
    assertThat(Ruby.toS(ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC))).isEqualTo("2024-06-01 12:00:00 +0000");
  }

  @Test
  void stringsBecomeNumbersThroughToI() {
    assertThat(Ruby.toNumber("12abc")).isEqualTo(BigInteger.valueOf(12));
    assertThat(Ruby.toNumber("1e3")).isEqualTo(BigInteger.ONE);
    assertThat(Ruby.toNumber(" 1.5 ")).isEqualTo(new java.math.BigDecimal("1.5"));
  }

  @Test
  void strftimeHonoursRubyFlags() {
    ZonedDateTime t = ZonedDateTime.of(2024, 3, 5, 4, 7, 9, 0, ZoneOffset.UTC);
    assertThat(Strftime.format(t, "%-m/%-d/%y|%e|%_m|%-H|%k|%P|%Z|%:z")).isEqualTo("3/5/24| 5| 3|4| 4|am|UTC|+00:00");
  }
}
