package io.jekyll4j.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .gemspec} without running Ruby: the runtime dependencies (the names in {@code
 * add_runtime_dependency} calls, or, when there are none, in {@code add_dependency} calls:
 * RubyGems' installed stubs write both forms, hand-written gemspecs often only the second), and
 * the plain attributes a theme drop shows. The name may be written {@code %q<NAME>}, {@code
 * "NAME"} or {@code 'NAME'}.
 */
final class Gemspec {
  private static final Pattern RUNTIME = call("add_runtime_dependency");
  private static final Pattern ANY = call("add_dependency");
  private static final Pattern STRING = Pattern.compile("%q<([^>]*)>|\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

  private Gemspec() {}

  /** {@code .METHOD} followed by a gem name in any of the three quotings, then the rest of the line. */
  private static Pattern call(String method) {
    return Pattern.compile("\\." + method + "[\\s(]+(?:%q<([^>]+)>|\"([^\"]+)\"|'([^']+)')([^\\n]*)");
  }

  static List<String> runtimeDependencies(Path file) {
    return read(file).map(Gemspec::runtimeDependencies).orElse(List.of());
  }

  static List<String> runtimeDependencies(String text) {
    List<String> names = new ArrayList<>();
    for (String[] d : dependencies(text)) names.add(d[0]);
    return names;
  }

  /** The gemspec's attributes; {@link ThemeSpec#NONE} when it cannot be read. */
  static ThemeSpec spec(Path file) {
    Optional<String> text = read(file);
    if (text.isEmpty()) return ThemeSpec.NONE;
    String t = text.get();
    List<String> deps = new ArrayList<>();
    for (String[] d : dependencies(t)) deps.add(d[0] + " (" + d[1] + ")");
    return new ThemeSpec(attribute(t, "version").map(l -> strings(l).stream().findFirst().orElse("")).orElse(""),
        attribute(t, "authors").or(() -> attribute(t, "author")).map(Gemspec::strings).orElse(List.of()),
        attribute(t, "summary").map(Gemspec::first).orElse(""),
        attribute(t, "description").map(Gemspec::first).orElse(""),
        metadata(t), deps,
        attribute(t, "email").map(Gemspec::strings).orElse(List.of()),
        attribute(t, "homepage").map(Gemspec::first).orElse(""),
        attribute(t, "licenses").map(Gemspec::strings)
            .or(() -> attribute(t, "license").map(Gemspec::strings)).orElse(List.of()));
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Name and requirement ({@code >= 3.5, < 5.0}, as RubyGems prints it) of each runtime dependency. */
  private static List<String[]> dependencies(String text) {
    List<String[]> out = dependencies(RUNTIME.matcher(text));
    return out.isEmpty() ? dependencies(ANY.matcher(text)) : out;
  }

  private static List<String[]> dependencies(Matcher m) {
    List<String[]> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (seen.contains(n)) continue;
      seen.add(n);
      List<String> reqs = new ArrayList<>();
      for (String r : strings(m.group(4))) {
        String s = r.strip();
        reqs.add(s.isEmpty() || Character.isDigit(s.charAt(0)) ? "= " + s : s.replaceAll("^([<>=!~]+)\\s*", "$1 "));
      }
      out.add(new String[] {n, reqs.isEmpty() ? ">= 0" : String.join(", ", reqs)});
    }
    return out;
  }

  /** The rest of the line of the first {@code .NAME = ...} assignment. */
  private static Optional<String> attribute(String text, String name) {
    Matcher m = Pattern.compile("\\.\\s*" + name + "\\s*=\\s*([^\\n]*)").matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String first(String line) {
    List<String> s = strings(line);
    return s.isEmpty() ? "" : s.get(0);
  }

  /** The string literals on a line of Ruby. */
  private static List<String> strings(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = STRING.matcher(line);
    while (m.find()) {
      if (m.group(1) != null) out.add(m.group(1));
      else if (m.group(2) != null) out.add(m.group(2).replaceAll("\\\\(.)", "$1"));
      else out.add(m.group(3));
    }
    return out;
  }

  /** {@code .metadata = { "k" => "v", ... }} and {@code .metadata["k"] = "v"}. */
  private static Map<String, String> metadata(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    attribute(text, "metadata").ifPresent(line -> {
      List<String> s = strings(line.replaceAll("\\bif\\b.*$", ""));
      for (int i = 0; i + 1 < s.size(); i += 2) out.put(s.get(i), s.get(i + 1));
    });
    Matcher m = Pattern.compile("\\.metadata\\[\\s*[\"']([^\"']+)[\"']\\s*\\]\\s*=\\s*[\"']([^\"']*)[\"']").matcher(text);
    while (m.find()) out.put(m.group(1), m.group(2));
    return out;
  }
}
