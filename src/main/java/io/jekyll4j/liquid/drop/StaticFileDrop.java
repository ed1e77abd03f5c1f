package io.jekyll4j.liquid.drop;

import io.jekyll4j.config.FrontMatterDefaults;
import io.jekyll4j.content.StaticFile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code site.static_files} entries: Jekyll's {@code StaticFileDrop} attributes, then the front
 * matter defaults that apply to the file (jekyll-sitemap reads {@code sitemap: false} there).
 */
final class StaticFileDrop {
  private StaticFileDrop() {}

  static Map<String, Object> of(StaticFile f, FrontMatterDefaults defaults) {
    Map<String, Object> m = new DropMap();
    m.put("name", f.name());
    m.put("extname", f.extension());
    m.put("modified_time", Instant.ofEpochMilli(f.modifiedMillis()).atZone(ZoneId.systemDefault()));
    m.put("path", f.jekyllPath());
    m.put("basename", f.basename());
    m.put("collection", f.collection().isEmpty() ? null : f.collection());
    String path = f.collection().isEmpty() ? f.relativePath() : f.jekyllPath();
    defaults.all(path, f.collection()).forEach(m::putIfAbsent);
    return m;
  }
}
