package io.jekyll4j.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front matter of a new file, gathered key by key and written in the key order, quoting and
 * spacing of the files it should look like; keys those files never use keep the order in which
 * they were added (jekyll-compose's: layout, title, date, then configured defaults).
 */
final class NewFrontMatter {
  private final Conventions conventions;
  private final Map<String, List<String>> entries = new LinkedHashMap<>();

  NewFrontMatter(Conventions conventions) {
    this.conventions = conventions;
  }

  /** A string value, quoted as the site quotes this key (as Psych would where it has none). */
  NewFrontMatter string(String key, String value) {
    String rendered =
        conventions.entries(key).isEmpty()
            ? YamlScalars.psych(value)
            : YamlScalars.render(value, conventions.style(key));
    return verbatim(key, rendered);
  }

  /** A value already written as YAML. */
  NewFrontMatter verbatim(String key, String yaml) {
    entries.put(key, List.of(YamlScalars.psych(key) + ":" + conventions.gap(key) + yaml));
    return this;
  }

  /** A value loaded from YAML (a configured default), written back in block style. */
  NewFrontMatter value(String key, Object value) {
    entries.put(key, YamlWriter.entry(key, value, conventions.gap(key)));
    return this;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The whole new file: the front matter between its two {@code ---} lines. */
  String text() {
    StringBuilder out = new StringBuilder("---\n");
    for (String key : order()) {
      entries.get(key).forEach(line -> out.append(line).append('\n'));
    }
    return out.append("---\n").toString();
  }

  private List<String> order() {
    List<String> added = new ArrayList<>(entries.keySet());
    List<String> result =
        new ArrayList<>(conventions.keyOrder().stream().filter(entries::containsKey).toList());
    for (int i = 0; i < added.size(); i++) {
      String key = added.get(i);
      if (!result.contains(key)) {
        int after = i == 0 ? -1 : result.indexOf(added.get(i - 1));
        result.add(after + 1, key);
      }
    }
    return result;
  }
}
