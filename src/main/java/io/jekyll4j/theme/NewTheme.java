package io.jekyll4j.theme;

import io.jekyll4j.compose.ComposeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code new-theme NAME}, like {@code jekyll new-theme}: a theme project with the layouts {@code
 * default}, {@code home}, {@code page} and {@code post}, includes, Sass, a stylesheet, the
 * theme's own {@code _config.yml}, a gemspec, a pom whose {@code mvn package} makes the theme jar,
 * a README, and an {@code example/} site that uses the theme.
 */
public final class NewTheme {
  private static final String TEMPLATE = "/io/jekyll4j/theme/template/";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private NewTheme() {}

  /** Whether {@code name} can name a theme (a gem, a folder and a Maven artifact alike). */
  public static boolean validName(String name) {
    return NAME.matcher(name).matches();
  }

  /** Writes the project of theme {@code name} into {@code target} (empty or missing unless {@code force}). */
  public static List<String> create(Path target, String name, String author, boolean force) {
    if (!validName(name)) {
      throw new ComposeException("Invalid theme name '" + name + "': use lower-case letters, digits, '-' and '_'.");
    }
    refuseNonEmpty(target, force);
    List<String> written = new java.util.ArrayList<>();
    try {
      for (String file : resource("/io/jekyll4j/theme/template-files.txt").lines().filter(l -> !l.isBlank()).toList()) {
        String to = file.replace("__NAME__", name);
        if (to.equals("gitignore")) to = ".gitignore";
        String body = resource(TEMPLATE + file).replace("__NAME__", name).replace("__AUTHOR__", author);
        Path out = target.resolve(to);
        Files.createDirectories(out.getParent());
        Files.writeString(out, body, StandardCharsets.UTF_8);
        written.add(to);
      }
    } catch (IOException e) {
      throw new ComposeException("Cannot write the new theme in " + target + ": " + e.getMessage());
    }
    return written;
  }

  private static void refuseNonEmpty(Path target, boolean force) {
    if (force || !Files.exists(target)) return;
    if (!Files.isDirectory(target)) throw new ComposeException("Conflict: " + target + " exists and is not a folder.");
    try (Stream<Path> s = Files.list(target)) {
      if (s.findAny().isPresent()) {
        throw new ComposeException("Conflict: " + target + " exists and is not empty (use --force to write into it).");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = NewTheme.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
