package io.jekyll4j.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The regex-free paths the URL code takes for every document give what the regexes and
 * {@code String.format} they replace give, character for character.
 */
class UrlFastPathsTest {
  private static final Pattern[] SEPARATORS = {
    Pattern.compile("\\s+"),
    Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+"),
    Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+"),
    Pattern.compile("[^A-Za-z0-9]+"),
  };
  private static final String[] MODES = {"raw", "default", "pretty", "ascii"};

  @Test
  void separatorRunsAreReplacedAsTheRegexDoesForEveryCodePoint() throws Exception {
    for (int m = 0; m < SEPARATORS.length; m++) {
      Pattern p = slugsPattern(MODES[m]);
      assertThat(p.pattern()).isEqualTo(SEPARATORS[m].pattern());
      StringBuilder all = new StringBuilder();
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        String one = "a" + new String(Character.toChars(cp)) + "b";
        String expected = p.matcher(one).replaceAll("-");
        if (!Slugs.replaceSeparators(one, p).equals(expected)) {
          assertThat(Slugs.replaceSeparators(one, p)).as("U+%04X in mode %s", cp, MODES[m]).isEqualTo(expected);
        }
        if (cp % 97 == 0) all.appendCodePoint(cp);
      }
      assertThat(Slugs.replaceSeparators(all.toString(), p)).isEqualTo(p.matcher(all).replaceAll("-"));
    }
  }

  @Test
  void randomTextSlugifiesAsTheRegexDoes() throws Exception {
    Random random = new Random(16);
    String alphabet = "aZ09 -_.~!$&'()+,;=@#/\t\n\u00e9\u00c9\u0301\u2028\u00a0\u0660\u4e2d\uD83D\uDE00\uD800x\u0130\u03a3";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int j = 0; j < n; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = b.toString();
      for (int m = 0; m < SEPARATORS.length; m++) {
        assertThat(Slugs.replaceSeparators(text, slugsPattern(MODES[m])))
            .as("%s in mode %s", text, MODES[m]).isEqualTo(SEPARATORS[m].matcher(text).replaceAll("-"));
      }
      StringBuilder lower = new StringBuilder();
      text.codePoints().forEach(cp -> lower.append(Character.toString(cp).toLowerCase(java.util.Locale.ROOT)));
      assertThat(Slugs.lowercase(text)).isEqualTo(lower.toString());
    }
  }

  @Test
  void paddingIsStringFormats() {
    for (int n : new int[] {0, 1, 9, 10, 99, 100, 366, 1000, -1, -9, -10, -99, -100, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThat(UrlPlaceholders.pad(n, 2)).isEqualTo(String.format("%02d", n));
      assertThat(UrlPlaceholders.pad(n, 3)).isEqualTo(String.format("%03d", n));
    }
  }

  @Test
  void slashRunsAreSqueezedAsTheRegexDoes() {
    for (String s : new String[] {"", "/", "//", "a//b///c", "///", "/a/", "a////", "//a//b//"}) {
      assertThat(UrlTemplate.squeezeSlashes(s)).isEqualTo(s.replaceAll("/{2,}", "/"));
    }
  }

  @Test
  void trailingDotsGoAsTheRegexRemovesThem() {
    for (String s : new String[] {"a", "a.", "a...", "a..\n", "a.\r\n", "a.\u2028", ".", "", "a.b.", "a\n.", "a.\n\n"}) {
      assertThat(UrlPlaceholders.cleanedRelativePath(s + ".md", ".md", "posts"))
          .as(s).isEqualTo(s.replaceAll("\\.*$", ""));
    }
  }

  private static Pattern slugsPattern(String mode) throws Exception {
    String field = switch (mode) {
      case "raw" -> "RAW";
      case "default" -> "DEFAULT";
      case "pretty" -> "PRETTY";
      default -> "ASCII";
    };
    var f = Slugs.class.getDeclaredField(field);
    f.setAccessible(true);
    return (Pattern) f.get(null);
  }
}
