package io.jekyll4j.liquid.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tags a template may use, by name: Liquid's own ({@link StandardTags}), Jekyll's, and the
 * site's plugins'. A name not registered is an unknown tag (Liquid's {@code Unknown tag 'x'},
 * or an {@code else}/{@code when}/end tag for the enclosing block to handle).
 */
public final class TagRegistry {
  private final Map<String, TagParser> tags = new LinkedHashMap<>();

  /** Registers (or replaces) the parser of tag {@code name}. */
  public TagRegistry register(String name, TagParser parser) {
    tags.put(name, parser);
    return this;
  }

  public TagParser get(String name) {
    return tags.get(name);
  }

  public Set<String> names() {
    return tags.keySet();
  }
}
