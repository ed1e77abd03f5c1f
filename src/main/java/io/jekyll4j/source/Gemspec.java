package io.jekyll4j.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the runtime dependencies out of a {@code .gemspec} without running Ruby: the names in
 * {@code add_runtime_dependency} calls, or, when there are none, in {@code add_dependency}
 * calls (RubyGems' installed stubs write both forms; hand-written gemspecs often only the
 * second). The name may be written {@code %q<NAME>}, {@code "NAME"} or {@code 'NAME'}.
 */
final class Gemspec {
  private static final Pattern RUNTIME = call("add_runtime_dependency");
  private static final Pattern ANY = call("add_dependency");

  private Gemspec() {}

  /** {@code .METHOD} followed by a gem name in any of the three quotings. */
  private static Pattern call(String method) {
    return Pattern.compile("\\." + method + "[\\s(]+(?:%q<([^>]+)>|\"([^\"]+)\"|'([^']+)')");
  }

  static List<String> runtimeDependencies(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
    List<String> names = names(RUNTIME.matcher(text));
    return names.isEmpty() ? names(ANY.matcher(text)) : names;
  }

  private static List<String> names(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (!out.contains(n)) out.add(n);
    }
    return out;
  }
}
