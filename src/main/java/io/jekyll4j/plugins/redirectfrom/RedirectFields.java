package io.jekyll4j.plugins.redirectfrom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an item's {@code redirect_from} and {@code redirect_to} front matter as jekyll-redirect-from
 * does: either may be one value or a list (nulls in a list are skipped); of a {@code redirect_to}
 * list only the first value counts.
 */
final class RedirectFields {
  private RedirectFields() {}

  /** The paths to redirect from, in order (none when unset). */
  static List<String> from(Map<String, Object> data) {
    Object v = data.get("redirect_from");
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      list.stream().filter(Objects::nonNull).forEach(o -> out.add(String.valueOf(o)));
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
    return out;
  }

  /** The URL to redirect to, when set. */
  static Optional<String> to(Map<String, Object> data) {
    Object v = data.get("redirect_to");
    if (v instanceof List<?> list) v = list.stream().filter(Objects::nonNull).findFirst().orElse(null);
    return Optional.ofNullable(v).map(String::valueOf);
  }
}
