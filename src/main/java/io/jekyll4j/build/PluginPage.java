package io.jekyll4j.build;

import io.jekyll4j.config.FrontMatterDefaults;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Page;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page a plugin generator makes without a source file (Jekyll's {@code PageWithoutAFile}): its
 * own data wins, and the front matter defaults for pages at its path fill in what it leaves
 * unset, so a site-wide {@code permalink} default moves it as Jekyll moves it.
 */
public final class PluginPage {
  private PluginPage() {}

  public static Page of(SiteConfig config, String relativePath, Map<String, Object> own, String body) {
    Map<String, Object> data = new LinkedHashMap<>(new FrontMatterDefaults(config).all(relativePath, "pages"));
    data.putAll(own);
    return new Page(relativePath, data, body, 1);
  }
}
