package io.jekyll4j.content;

import java.util.Map;

/** A template from {@code _layouts}, addressed by its name without extension. */
public record Layout(String name, String relativePath, Map<String, Object> data, String body, int bodyLine) {
  public String parentName() {
    Object l = data.get("layout");
    return l == null ? null : String.valueOf(l);
  }
}
