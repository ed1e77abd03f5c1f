package io.jekyll4j.build;

import io.jekyll4j.liquid.drop.ThemeDrop;
import io.jekyll4j.source.Theme;
import io.jekyll4j.source.ThemeSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The top-level Liquid variables a theme adds: {@code theme} (Jekyll's payload has it when the site has a theme). */
final class ThemeGlobals {
  private ThemeGlobals() {}

  static Map<String, Object> of(Optional<Theme> theme) {
    Map<String, Object> out = new HashMap<>();
    theme.ifPresent(t -> {
      ThemeSpec s = t.spec();
      out.put("theme", new ThemeDrop(t.root().toString(), s.version(), s.authors(), s.summary(), s.description(),
          s.metadata(), s.dependencies()));
    });
    return out;
  }
}
