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
    int takenBlocks = 0;
    int takenMaps = 0;
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
        if (shape == 3 || shape == 4) {
          b.append(shape == 3 ? "# a comment: [x]\n" : "  #comment\n");
          continue;
        }
        if (shape >= 5 && shape <= 14) {
          // a key alone, then a block of indented entries or items (now and then uneven or deeper)
          b.append(KEYS[random.nextInt(KEYS.length)]).append(random.nextInt(10) == 0 ? ": \n" : ":\n");
          String[] indents = {"  ", "  ", "    ", " ", ""};
          String indent = indents[random.nextInt(indents.length)];
          boolean items = random.nextBoolean();
          int count = 1 + random.nextInt(3);
          for (int m = 0; m < count; m++) {
            String in = random.nextInt(15) == 0 ? indent + " " : indent;
            if (random.nextInt(12) == 0) b.append(random.nextBoolean() ? "\n" : in + "# c\n");
            b.append(in);
            if (items ^ random.nextInt(15) == 0) {
              b.append("- ").append(VALUES[random.nextInt(VALUES.length)]);
            } else {
              b.append(KEYS[random.nextInt(KEYS.length)]).append(": ");
              if (random.nextInt(10) != 0) b.append(VALUES[random.nextInt(VALUES.length)]);
            }
            if (random.nextInt(12) == 0) b.append(TAILS[random.nextInt(TAILS.length)]);
            b.append("\n");
          }
          continue;
        }
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
      if (simple.values().stream().anyMatch(v -> v instanceof Map || v instanceof List)) takenBlocks++;
      if (simple.values().stream().anyMatch(v -> v instanceof Map)) takenMaps++;
    }
    assertThat(taken).isGreaterThan(2_500);
    assertThat(takenBlocks).as("inputs with an indented block or a flow list").isGreaterThan(500);
    assertThat(takenMaps).as("inputs with an indented block of entries").isGreaterThan(50);
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

  @Test
  void indentedBlocksReadAsSnakeYamlReadsThem() {
    String[] keys = {"title", "input", "hard_wrap", "a", "b_c", "x-y", "on", "yes", "null", "Key2", "exclude"};
    String[] values = {"post", "\"A: title\"", "'x'", "true", "no", "null", "~", "7", "007", "2014-01-01",
        "2014-01-01 21:51:00 +0000", "[a, b]", "[]", "GFM", "/path/", "vendor/", "1.5", "a b", "C# x", "x:", "- y"};
    Random random = new Random(23);
    int maps = 0;
    int lists = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int blocks = 1 + random.nextInt(3);
      for (int j = 0; j < blocks; j++) {
        if (random.nextInt(4) == 0) b.append(keys[random.nextInt(keys.length)]).append(": ").append(values[random.nextInt(values.length)]).append("\n");
        if (random.nextInt(6) == 0) b.append(random.nextBoolean() ? "# c\n" : "\n");
        b.append(keys[random.nextInt(keys.length)]).append(":\n");
        String indent = new String[] {"  ", "  ", "    ", " ", ""}[random.nextInt(5)];
        boolean items = random.nextBoolean();
        int count = random.nextInt(4);
        for (int m = 0; m < count; m++) {
          if (random.nextInt(10) == 0) b.append(random.nextBoolean() ? "\n" : indent + "# c\n");
          b.append(random.nextInt(25) == 0 ? indent + " " : indent);
          if (items) b.append("- ").append(values[random.nextInt(values.length)]);
          else b.append(keys[random.nextInt(keys.length)]).append(random.nextInt(8) == 0 ? ":" : ": " + values[random.nextInt(values.length)]);
          b.append("\n");
        }
      }
      String text = b.toString();
      Map<Object, Object> simple = SimpleYaml.parse(text);
      if (simple == null) continue;
      Object full;
      try {
        full = Yaml.loadWithSnakeYaml(text, "_config.yml", 0);
      } catch (BuildException e) {
        throw new AssertionError("SnakeYAML refuses what the short cut read: " + text, e);
      }
      assertThat(shape(simple)).as(text).isEqualTo(shape(full));
      if (simple.values().stream().anyMatch(v -> v instanceof Map)) maps++;
      if (simple.values().stream().anyMatch(v -> v instanceof List<?> l && !l.isEmpty())) lists++;
    }
    assertThat(maps).isGreaterThan(400);
    assertThat(lists).isGreaterThan(400);
  }

  @Test
  void listsOfValuesAndSmallMappingsReadAsSnakeYamlReadsThem() {
    String[] keys = {"title", "url", "a", "b_c", "x-y", "on", "null", "Key2", "k:"};
    String[] values = {"Home", "\"Home\"", "/", "/archive/", "'x'", "true", "no", "~", "7", "2014-01-01", "[a, b]",
        "http://example.com/a", "a: b", "x:", "C# x", "- y", "", "1.5", "&a x", "{a: b}"};
    Random random = new Random(31);
    int lists = 0;
    int mapItems = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int count = 1 + random.nextInt(5);
      for (int j = 0; j < count; j++) {
        if (random.nextInt(10) == 0) b.append(random.nextBoolean() ? "\n" : "# c\n");
        String dash = random.nextInt(20) == 0 ? " - " : random.nextInt(20) == 0 ? "-  " : "- ";
        if (random.nextInt(3) == 0) {
          b.append(dash).append(values[random.nextInt(values.length)]).append("\n");
          continue;
        }
        int entries = 1 + random.nextInt(3);
        for (int k = 0; k < entries; k++) {
          String lead = k == 0 ? dash : random.nextInt(20) == 0 ? "   " : random.nextInt(25) == 0 ? "- " : "  ";
          b.append(lead).append(keys[random.nextInt(keys.length)]).append(": ").append(values[random.nextInt(values.length)]);
          b.append(random.nextInt(15) == 0 ? "  \n" : "\n");
        }
      }
      String text = b.toString();
      Object simple = SimpleYaml.parseAny(text);
      if (simple == null) continue;
      Object full;
      try {
        full = Yaml.loadWithSnakeYaml(text, "_data/nav.yml", 0);
      } catch (BuildException e) {
        throw new AssertionError("SnakeYAML refuses what the short cut read: " + text, e);
      }
      assertThat(shape(simple)).as(text).isEqualTo(shape(full));
      if (simple instanceof List<?> l) {
        lists++;
        if (l.stream().anyMatch(x -> x instanceof Map<?, ?> m && m.size() > 1)) mapItems++;
      }
    }
    assertThat(lists).isGreaterThan(1_000);
    assertThat(mapItems).isGreaterThan(100);
  }

  @Test
  void aDataFileListOfLinksIsTakenByTheShortCut() {
    String text = "- title: \"Home\"\n  url: /\n- title: \"Archive\"\n  url: /archive/\n# more\n- plain\n";
    Object simple = SimpleYaml.parseAny(text);
    assertThat(simple).isEqualTo(List.of(Map.of("title", "Home", "url", "/"), Map.of("title", "Archive", "url", "/archive/"), "plain"));
    assertThat(shape(simple)).isEqualTo(shape(Yaml.loadWithSnakeYaml(text, "_data/nav.yml", 0)));
  }

  @Test
  void aConfigWithANestedBlockAListAndCommentsIsTakenByTheShortCut() {
    String text = "# Site settings\ntitle: \"Bench Blog\"\nbaseurl: \"\"\npermalink: /:categories/:year/:month/:day/:title/\n"
        + "timezone: UTC\nmarkdown: kramdown\n\n# Build settings\nkramdown:\n  input: GFM\n  hard_wrap: false\n"
        + "exclude:\n  - Gemfile\n  - \"vendor/\"\n  # a comment inside the list\n  - node_modules\nplugins:\n- jekyll-feed\n"
        + "empty:\nlast: 3\n";
    Map<Object, Object> simple = SimpleYaml.parse(text);
    assertThat(simple).isNotNull();
    assertThat(shape(simple)).isEqualTo(shape(Yaml.loadWithSnakeYaml(text, "_config.yml", 0)));
    assertThat(simple.get("kramdown")).isEqualTo(Map.of("input", "GFM", "hard_wrap", false));
    assertThat(simple.get("exclude")).isEqualTo(List.of("Gemfile", "vendor/", "node_modules"));
    assertThat(simple).containsEntry("empty", null).containsEntry("last", 3);
  }

  @Test
  void whatTheBlocksCannotHoldIsLeftToSnakeYaml() {
    // deeper nesting, uneven indentation, a continued plain scalar, a comment after a value,
    // a list where a block of entries began, a top-level list
    for (String text : List.of("a:\n  b:\n    c: 1\n", "a:\n  b: 1\n   c: 2\n", "a: x\n  y\n", "a: 1 # one\n",
        "a:\n  b: 1\n  - c\n", "- a\n- b\n", "a:\nb: 1\n  c: 2\n", "a:\n  - x\n    y\n")) {
      assertThat(SimpleYaml.parse(text)).as(text).isNull();
    }
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
