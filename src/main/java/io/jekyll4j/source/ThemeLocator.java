package io.jekyll4j.source;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the theme a site's {@code theme:} names: first on the theme path ({@code --theme-path},
 * {@code JEKYLL4J_THEME_PATH}: each entry a theme jar, a theme's own folder (it holds {@code
 * NAME.gemspec}), or a folder holding {@code NAME/}, {@code NAME-VERSION/} or theme jars), then in a theme jar on the class path ({@link ThemeJars}), then
 * where RubyGems installed the gem, as Jekyll's {@code Gem::Specification.find_by_name} does,
 * without Ruby: the gem directories ({@code GEM_HOME}, {@code GEM_PATH}, the site's {@code vendor/bundle}, the user's
 * and the system's), each holding {@code gems/NAME-VERSION/}. Among gem directories the highest
 * version wins, the earlier directory on a tie.
 */
public final class ThemeLocator {
  private static final List<String> SYSTEM_GEM_DIRS = List.of(
      "/var/lib/gems/*", "/usr/share/rubygems-integration/all", "/usr/share/rubygems-integration/*",
      "/usr/lib/*/rubygems-integration/*", "/usr/lib/ruby/gems/*", "/usr/lib/*/ruby/gems/*",
      "/usr/local/lib/ruby/gems/*", "/Library/Ruby/Gems/*");

  private final Path source;
  private final List<Path> themePath;
  private final Map<String, String> env;
  private final Optional<ClassLoader> loader;
  private final ThemeJars jars;

  /**
   * A locator that looks at no class path.
   *
   * @param source the site's source folder (for {@code vendor/bundle})
   * @param themePath theme folders and jars searched first
   * @param env the environment ({@code GEM_HOME}, {@code GEM_PATH}, {@code HOME})
   */
  public ThemeLocator(Path source, List<Path> themePath, Map<String, String> env) {
    this(source, themePath, env, Optional.empty(), new ThemeJars(ThemeJars.defaultCache()));
  }

  /** As the other constructor, and also finds theme jars on the class path of {@code loader}. */
  public ThemeLocator(Path source, List<Path> themePath, Map<String, String> env,
      Optional<ClassLoader> loader, ThemeJars jars) {
    this.source = source;
    this.themePath = List.copyOf(themePath);
    this.env = Map.copyOf(env);
    this.loader = loader;
    this.jars = jars;
  }

  /**
   * The theme {@code setting} names; empty without one, or (with Jekyll's warning) when it is
   * not a string. A theme that is nowhere to be found is a build error.
   */
  public Optional<Theme> locate(Object setting, Diagnostics diagnostics) {
    if (setting == null) return Optional.empty();
    if (!(setting instanceof String s)) {
      diagnostics.warn("Theme: value of 'theme' in config should be String to use gem-based themes, but got "
          + rubyClass(setting));
      return Optional.empty();
    }
    String name = s.strip().toLowerCase(Locale.ROOT);
    for (Path dir : themePath) {
      if (Files.isRegularFile(dir) && ThemeJars.themesIn(dir).contains(name)) {
        return Optional.of(theme(name, jars.unpack(dir, name), Optional.empty(), Theme.Origin.JAR, Optional.of(dir)));
      }
      if (Files.isRegularFile(dir.resolve(name + ".gemspec"))) {
        return Optional.of(theme(name, dir, Optional.empty(), Theme.Origin.FOLDER, Optional.empty())); // a theme project
      }
      Optional<Path> direct = Files.isDirectory(dir.resolve(name))
          ? Optional.of(dir.resolve(name)) : highest(dir, name);
      if (direct.isPresent()) {
        return Optional.of(theme(name, direct.get(), Optional.empty(), Theme.Origin.FOLDER, Optional.empty()));
      }
      List<Path> holding = ThemeJars.jarsHolding(dir, name);
      if (!holding.isEmpty()) {
        return Optional.of(theme(name, jars.unpack(holding.get(0), name), Optional.empty(), Theme.Origin.JAR,
            Optional.of(holding.get(0))));
      }
    }
    // A theme jar's own plugins load with it (build.Plugins, from Theme.jar()); a class-path
    // theme's plugins are class-path plugins, enabled when `plugins` names them.
    Optional<Path> onClassPath = loader.flatMap(l -> jars.fromClassPath(l, name));
    if (onClassPath.isPresent()) {
      return Optional.of(theme(name, onClassPath.get(), Optional.empty(), Theme.Origin.CLASSPATH, Optional.empty()));
    }
    List<Path> gemDirs = gemDirs();
    Path best = null;
    Path bestSpec = null;
    for (Path gemDir : gemDirs) {
      Optional<Path> found = highest(gemDir.resolve("gems"), name);
      if (found.isPresent() && (best == null || GemVersion.compare(version(found.get(), name), version(best, name)) > 0)) {
        best = found.get();
        bestSpec = gemDir.resolve("specifications").resolve(best.getFileName() + ".gemspec");
      }
    }
    if (best != null) return Optional.of(theme(name, best, Optional.of(bestSpec), Theme.Origin.GEM, Optional.empty()));
    List<String> searched = new ArrayList<>();
    themePath.forEach(p -> searched.add(p.toString()));
    loader.ifPresent(l -> searched.add("the class path (" + ThemeJars.PREFIX + name + "/)"));
    gemDirs.forEach(p -> searched.add(p.resolve("gems").toString()));
    throw new BuildException(SourceLocation.of("_config.yml"),
        "The " + name + " theme could not be found (install the gem, put its jar on the class path,"
            + " or pass --theme-path or set JEKYLL4J_THEME_PATH to the folder or jar holding it); searched: "
            + (searched.isEmpty() ? "no gem directory exists" : String.join(", ", searched)) + ";")
        .aboutConfigKey("theme");
  }

  private static Theme theme(String name, Path folder, Optional<Path> spec, Theme.Origin origin,
      Optional<Path> jar) {
    Path root;
    try {
      root = folder.toRealPath();
    } catch (IOException e) {
      throw new BuildException(SourceLocation.of(folder.toString()),
          "Path " + folder + " does not exist, is not accessible or includes a symbolic link loop");
    }
    Optional<Path> specFile = spec.filter(Files::isRegularFile).or(() -> ownSpec(root, name));
    return new Theme(name, root, specFile.map(Gemspec::runtimeDependencies).orElse(List.of()),
        specFile.map(Gemspec::spec).orElse(ThemeSpec.NONE), origin, jar);
  }

  private static Optional<Path> ownSpec(Path root, String name) {
    Path named = root.resolve(name + ".gemspec");
    if (Files.isRegularFile(named)) return Optional.of(named);
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".gemspec")).sorted().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The folder {@code NAME-VERSION} in {@code dir} with the highest version. */
  private static Optional<Path> highest(Path dir, String name) {
    if (!Files.isDirectory(dir)) return Optional.empty();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory)
          .filter(p -> isVersionOf(p.getFileName().toString(), name))
          .max((a, b) -> GemVersion.compare(version(a, name), version(b, name)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isVersionOf(String folder, String name) {
    return folder.length() > name.length() + 1 && folder.startsWith(name + "-")
        && Character.isDigit(folder.charAt(name.length() + 1));
  }

  private static String version(Path folder, String name) {
    String f = folder.getFileName().toString();
    return f.length() > name.length() ? f.substring(name.length() + 1) : "";
  }

  /** The gem directories, in RubyGems' order, that exist. */
  List<Path> gemDirs() {
    List<String> patterns = new ArrayList<>();
    Optional.ofNullable(env.get("GEM_HOME")).filter(v -> !v.isBlank()).ifPresent(patterns::add);
    Optional.ofNullable(env.get("GEM_PATH"))
        .ifPresent(v -> Stream.of(v.split(java.io.File.pathSeparator)).filter(p -> !p.isBlank()).forEach(patterns::add));
    patterns.add(source.resolve("vendor/bundle/ruby").toString() + "/*");
    Optional.ofNullable(env.get("HOME")).filter(v -> !v.isBlank()).ifPresent(home -> {
      patterns.add(home + "/.gem/ruby/*");
      patterns.add(home + "/.local/share/gem/ruby/*");
    });
    patterns.addAll(SYSTEM_GEM_DIRS);
    List<Path> out = new ArrayList<>();
    for (String p : patterns) {
      for (Path d : expand(p)) if (!out.contains(d)) out.add(d);
    }
    return out;
  }

  /** A path whose segments may be {@code *} (any folder), expanded to the folders that exist. */
  private static List<Path> expand(String pattern) {
    List<Path> current = new ArrayList<>();
    String[] parts = pattern.split("/");
    current.add(pattern.startsWith("/") ? Path.of("/") : Path.of(""));
    for (String part : parts) {
      if (part.isEmpty()) continue;
      List<Path> next = new ArrayList<>();
      for (Path base : current) {
        if (part.equals("*")) {
          try (Stream<Path> s = Files.list(base.toString().isEmpty() ? Path.of(".") : base)) {
            s.filter(Files::isDirectory).sorted().forEach(next::add);
          } catch (IOException e) {
            // not there: nothing to expand
          }
        } else {
          next.add(base.resolve(part));
        }
      }
      current = next;
    }
    return current.stream().filter(Files::isDirectory).toList();
  }

  private static String rubyClass(Object value) {
    if (value instanceof Boolean b) return b ? "TrueClass" : "FalseClass";
    if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) return "Integer";
    if (value instanceof Double || value instanceof Float) return "Float";
    if (value instanceof Map<?, ?>) return "Hash";
    if (value instanceof List<?>) return "Array";
    return value.getClass().getSimpleName();
  }
}
