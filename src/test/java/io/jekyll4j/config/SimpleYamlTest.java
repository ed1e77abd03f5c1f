package io.jekyll4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.diag.BuildException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short cut for simple front matter reads what SnakeYAML reads, or leaves the text to it. */
class SimpleYamlTest {
  private static final String[] KEYS = {
    "title", "layout", "date", "tags", "categories", "published", "yes", "on", "null", "y", "n", "a-b", "_x",
    "Key2", "title", "x y", "1st", "TRUE", "~", "<<", "k:"};
  private static final String[] VALUES = {
    "post", "\"A title\"", "'Single'", "''", "\"\"", "\"Déjà vu: 2\"", "'it''s'", "\"a\\\"b\"", "true", "False", "yes",
    "Off", "on", "null", "~", "Null", "0", "7", "42", "007", "123456789", "1234567890", "-5", "+5", "1_000", "1:30",
    "0x1F", "1.5", ".5", "1e3", ".inf", "2014-01-01", "2014-01-01 21:51:00 +0000", "2014-01-01 21:51:00 Z",
    "2001-12-14t21:59:43.10-05:00", "2014-1-1", "[git, performance, typography]", "[releases]", "[]", "[ ]",
    "[a, ]", "[1, 2]", "[true, no]", "[a b, c-d, e.f, g/h, c++]", "[a, [b]]", "[a: b]", "['x']", "[null]",
    "[é, ü]", "{a: b}", "&anchor x", "*alias", "!tag x", "|", ">", "%x", "@x", "`x`", "http://example.com/a",
    "a: b", "a:", "x # comment", "C# tips", "tab\there", "a\\b", "(paren)", "/path", "R&D and *stars*",
    "Hello, world [1]", "multiple   spaces", "ünïcödé", "日本語", "emoji \uD83D\uDE00", "-", "?", ":", "'unclosed",
    "\"unclosed", "\"a\" b", "=", "<< x", "yes no", "nil", "NaN", "0.", "0b101", "0o17", "12:30:45", "+0000"};
  private static final String[] SEPARATORS = {": ", ":  ", ":", " : ", ":\t"};
  private static final String[] TAILS = {"  ", " # c", "\r", "\t"};

  @Test
  void simpleFrontMatterReadsAsSnakeYamlReadsIt() {
    Random random = new Random(16);
    int taken = 0;
    for (int i = 0; i < 60_000; i++) {
      StringBuilder b = new StringBuilder();
      int lines = 1 + random.nextInt(6);
      for (int j = 0; j < lines; j++) {
        int shape = random.nextInt(60);
        if (shape == 0) {
          b.append("\n");
          continue;
        }
        if (shape == 1) b.append(" ");
        if (shape == 2) b.append("- ");
        b.append(KEYS[random.nextInt(KEYS.length)]);
        b.append(random.nextInt(8) == 0 ? SEPARATORS[random.nextInt(SEPARATORS.length)] : ": ");
        if (random.nextInt(20) != 0) b.append(VALUES[random.nextInt(VALUES.length)]);
        if (random.nextInt(12) == 0) b.append(TAILS[random.nextInt(TAILS.length)]);
        if (j < lines - 1 || random.nextBoolean()) b.append("\n");
      }
      String text = b.toString();
      Map<Object, Object> simple = SimpleYaml.parse(text);
      if (simple == null) continue;
      taken++;
      Object full;
      try {
        full = Yaml.loadWithSnakeYaml(text, "t.md", 1);
      } catch (BuildException e) {
        throw new AssertionError("SnakeYAML refuses what the short cut read: " + text, e);
      }
      assertThat(shape(simple)).as(text).isEqualTo(shape(full));
    }
    assertThat(taken).isGreaterThan(3_000);
  }

  @Test
  void aTypicalPostsFrontMatterIsTakenByTheShortCut() {
    String text = "layout: post\ntitle: \"Anchor Comment Connect Déjà Enable\"\ndate: 2014-01-01 21:51:00 +0000\n"
        + "categories: [releases]\ntags: [git, performance, typography]\npublished: true\nweight: 3\n";
    Map<Object, Object> simple = SimpleYaml.parse(text);
    assertThat(simple).isNotNull();
    assertThat(shape(simple)).isEqualTo(shape(Yaml.loadWithSnakeYaml(text, "t.md", 1)));
    assertThat(simple.get("tags")).isEqualTo(List.of("git", "performance", "typography"));
  }

  /** A value with its classes and every map's key order, for comparison. */
  private static Object shape(Object v) {
    if (v instanceof Map<?, ?> m) {
      List<Object> out = new ArrayList<>();
      out.add(v.getClass().getSimpleName());
      m.forEach((k, x) -> out.add(List.of(shape(k), shape(x))));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      out.add(v.getClass().getSimpleName());
      for (Object x : l) out.add(shape(x));
      return out;
    }
    return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
  }

  @Test
  void theFirstCharacterShortCutTypesAsTheResolver() {
    org.yaml.snakeyaml.resolver.Resolver resolver = new org.yaml.snakeyaml.resolver.Resolver();
    List<String> samples = new ArrayList<>(List.of(VALUES));
    samples.addAll(List.of(KEYS));
    for (char a = 0; a < 200; a++) {
      samples.add(String.valueOf(a));
      samples.add(a + "1");
      samples.add(a + "es");
      samples.add(a + "ull");
    }
    samples.add("");
    // the letter shortcut: longer than any bool or null word, every letter first, every case
    for (String w : List.of("yes", "no", "true", "false", "on", "off", "null", "~")) {
      for (String v : List.of(w, w.toUpperCase(java.util.Locale.ROOT),
          Character.toUpperCase(w.charAt(0)) + w.substring(1), w + "s", w + "se", w + " x", w + "-1")) {
        samples.add(v);
      }
    }
    for (char a = 'A'; a <= 'z'; a++) {
      samples.add(a + "alse");
      samples.add(a + "ALSE");
      samples.add(a + "rue12");
      samples.add(a + " 2020-01-01");
      samples.add(a + "12345");
    }
    assertThat(SimpleYaml.RESOLVER.letterShortcut()).isTrue();
    for (String v : samples) {
      assertThat(SimpleYaml.RESOLVER.plain(v)).as(v)
          .isEqualTo(resolver.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, v, true));
    }
  }
}
