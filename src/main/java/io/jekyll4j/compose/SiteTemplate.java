package io.jekyll4j.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme files a new site starts with ({@code _layouts}, {@code _includes}, {@code _sass},
 * {@code assets}): the build copies the repository's own theme into the jar as the theme jar
 * {@value #THEME} (under {@code META-INF/jekyll4j/themes/}), so the jar and the repository share one
 * source of truth. {@code new} copies its files; {@code new --theme} names it instead.
 */
public final class SiteTemplate {
  /** The name of the theme jekyll4j's jar carries: this repository's look. */
  public static final String THEME = "jekyll4j-docs";

  static final String CLASSPATH_FOLDER = "META-INF/jekyll4j/themes/" + THEME;

  private final Map<String, byte[]> files;

  private SiteTemplate(Map<String, byte[]> files) {
    this.files = Map.copyOf(files);
  }

  /** The theme carried by the jar (or {@code target/classes} when run from the build). */
  public static SiteTemplate fromClasspath() {
    try {
      Path location =
          Path.of(SiteTemplate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return fromDirectory(location.resolve(CLASSPATH_FOLDER));
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return fromDirectory(jar.getPath("/" + CLASSPATH_FOLDER));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The files under {@code root}, none if it does not exist. */
  public static SiteTemplate fromDirectory(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          String rel = root.relativize(file).toString().replace('\\', '/');
          if (rel.endsWith(".gemspec") && !rel.contains("/")) continue; // the theme's, not a site's
          files.put(rel, Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SiteTemplate(files);
  }

  /** Relative path (with {@code /}) to content. */
  Map<String, byte[]> files() {
    return files;
  }

  boolean hasLayout(String name) {
    return files.containsKey("_layouts/" + name + ".html");
  }
}
