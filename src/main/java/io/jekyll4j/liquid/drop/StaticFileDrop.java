package io.jekyll4j.liquid.drop;

import io.jekyll4j.content.StaticFile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code site.static_files} entries: Jekyll's {@code StaticFileDrop} attributes. */
final class StaticFileDrop {
  private StaticFileDrop() {}

  static Map<String, Object> of(StaticFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("extname", f.extension());
    m.put("modified_time", Instant.ofEpochMilli(f.modifiedMillis()).atZone(ZoneId.systemDefault()));
    m.put("path", f.jekyllPath());
    m.put("basename", f.basename());
    m.put("collection", f.collection().isEmpty() ? null : f.collection());
    return m;
  }
}
