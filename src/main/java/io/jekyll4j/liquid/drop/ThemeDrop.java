package io.jekyll4j.liquid.drop;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Liquid's {@code theme} (Jekyll's {@code ThemeDrop}, set when the site has a theme): {@code
 * root}, {@code authors} (joined with commas), {@code version}, {@code description} (else the
 * summary), {@code metadata} and {@code dependencies} (the runtime dependencies as RubyGems prints
 * them). Its keys come in Jekyll's order, which {@code jsonify} and {@code inspect} show.
 */
public final class ThemeDrop extends AbstractMap<String, Object> implements JsonView {
  private final Map<String, Object> fields;

  /**
   * @param root the theme's folder
   * @param version the gem version
   * @param authors the gemspec's authors
   * @param summary the gemspec's summary
   * @param description the gemspec's description (empty when it has none)
   * @param metadata the gemspec's metadata
   * @param dependencies the runtime dependencies, {@code NAME (REQUIREMENT)}
   */
  public ThemeDrop(String root, String version, List<String> authors, String summary, String description,
      Map<String, String> metadata, List<String> dependencies) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", version);
    m.put("metadata", Collections.unmodifiableMap(new LinkedHashMap<String, Object>(metadata)));
    m.put("root", root);
    m.put("dependencies", List.copyOf(dependencies));
    m.put("authors", String.join(", ", authors));
    m.put("description", description.isEmpty() ? summary : description);
    this.fields = Collections.unmodifiableMap(m);
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return fields.entrySet();
  }

  @Override
  public Object get(Object key) {
    return fields.get(key);
  }

  @Override
  public Map<String, Object> jsonFields(int depth) {
    return fields;
  }

  @Override
  public boolean isDrop() {
    return true;
  }
}
