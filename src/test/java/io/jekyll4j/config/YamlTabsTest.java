package io.jekyll4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jekyll4j.diag.BuildException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tabs between tokens, as Psych (libyaml) reads them; each expectation checked with Ruby's YAML.load. */
class YamlTabsTest {
  private static Object load(String text) {
    return Yaml.load(text, "t.yml", 0);
  }

  @Test
  void aTabAfterAKeysColonIsWhitespace() {
    assertEquals(Map.of("a", "foo\tbar"), load("a:\tfoo\tbar"));
    assertEquals(Map.of("a", 1, "b", 2), load("- a:\t1\n  b:\t2".substring(2).replace("\n  ", "\n")));
  }

  @Test
  void tabsInsideFlowCollectionsAreWhitespace() {
    assertEquals(Map.of("a", 1, "b", List.of(2)), load("{\n\t\"a\": 1,\n  \"b\": [\n\t\t2]\n}"));
    assertEquals(Map.of("a", List.of(1, 2)), load("a: \t[1,\t2]"));
    assertEquals(Map.of("a", List.of(1)), load("a: [\n\t1]"));
  }

  @Test
  void aTabAfterAScalarIsWhitespace() {
    assertEquals(Map.of("a", "x"), load("a: \"x\"\t# c"));
  }

  @Test
  void tabsLibyamlRefusesStayErrors() {
    assertThrows(BuildException.class, () -> load("a:\n\tb: 1")); // block indentation
    assertThrows(BuildException.class, () -> load("- \tx")); // after a block entry
    assertThrows(BuildException.class, () -> load("\ta: 1"));
  }
}
