package io.jekyll4j.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code new}: a site ready to build and serve, like {@code jekyll new}: jekyll4j's own theme
 * plus a configuration, a home page, an about page, a not-found page and a first post; or, with
 * {@code blank}, the bare skeleton of {@code jekyll new --blank}.
 */
public final class NewSite {
  private static final String STARTER = "/io/jekyll4j/compose/starter/";
  private static final String BLANK = "/io/jekyll4j/compose/blank/";
  private static final List<String> STARTER_FILES =
      List.of("_config.yml", "index.md", "about.md", "404.html", "_posts/welcome.md", "gitignore");
  private static final List<String> BLANK_FILES =
      List.of(
          "_config.yml", "_layouts/default.html", "_sass/main.scss", "assets/css/main.scss",
          "index.md");
  private static final List<String> BLANK_FOLDERS = List.of("_data", "_drafts", "_includes",
      "_posts");

  private final SiteTemplate template;
  private final Clock clock;

  public NewSite(SiteTemplate template, Clock clock) {
    this.template = template;
    this.clock = clock;
  }

  /** Writes the new site into {@code target}, which must be empty unless {@code force}. */
  public void create(Path target, boolean blank, boolean force) {
    create(target, blank, force, java.util.Optional.empty());
  }

  /**
   * As {@link #create(Path, boolean, boolean)}; with {@code theme}, the starter site names that
   * theme ({@code theme: NAME}) instead of copying jekyll4j's theme files.
   */
  public void create(Path target, boolean blank, boolean force, java.util.Optional<String> theme) {
    refuseNonEmpty(target, force);
    Map<String, byte[]> files = blank ? blankFiles() : starterFiles(theme);
    try {
      Files.createDirectories(target);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path to = target.resolve(file.getKey());
        Files.createDirectories(to.getParent());
        Files.write(to, file.getValue());
      }
      if (blank) {
        for (String folder : BLANK_FOLDERS) {
          Files.createDirectories(target.resolve(folder));
        }
      }
    } catch (IOException e) {
      throw new ComposeException("Cannot write the new site in " + target + ": " + e.getMessage());
    }
  }

  private static void refuseNonEmpty(Path target, boolean force) {
    if (force || !Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new ComposeException("Conflict: " + target + " exists and is not a folder.");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isPresent()) {
        throw new ComposeException(
            "Conflict: " + target + " exists and is not empty. Make sure it is empty, or use"
                + " --force to write the new site into it (existing files are overwritten).");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, byte[]> blankFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    BLANK_FILES.forEach(name -> files.put(name, resource(BLANK + name)));
    return files;
  }

  private Map<String, byte[]> starterFiles(java.util.Optional<String> theme) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (theme.isPresent()) {
      // the theme gives the layouts: none are copied
    } else if (template.files().isEmpty()) {
      BLANK_FILES.stream()
          .filter(n -> n.startsWith("_") || n.startsWith("assets/"))
          .filter(n -> !n.equals("_config.yml"))
          .forEach(name -> files.put(name, resource(BLANK + name)));
    }
    if (theme.isEmpty()) files.putAll(template.files());
    ZonedDateTime now = ZonedDateTime.now(clock);
    String day = DateTimeFormatter.ISO_LOCAL_DATE.format(now);
    for (String name : STARTER_FILES) {
      String text =
          new String(resource(STARTER + name), StandardCharsets.UTF_8)
              .replace("%HOME_LAYOUT%", layout("home", theme))
              .replace("%PAGE_LAYOUT%", layout("page", theme))
              .replace("%POST_LAYOUT%", layout("post", theme))
              .replace("%DATE%", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx").format(now));
      if (name.equals("_config.yml") && theme.isPresent()) {
        text = text + "\n# The theme giving the site its layouts, includes, Sass and assets\n"
            + "# (a site's own files of the same name win).\ntheme: " + theme.get() + "\n";
      }
      String target = name;
      if (name.equals("gitignore")) {
        target = ".gitignore";
      } else if (name.equals("_posts/welcome.md")) {
        target = "_posts/" + day + "-welcome-to-jekyll4j.md";
      }
      files.put(target, text.getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /**
   * The named layout if the theme has it, else {@code default}; another theme than jekyll4j's is
   * taken to have the usual {@code home}, {@code page} and {@code post} (as minima and the themes
   * {@code new-theme} makes do).
   */
  private String layout(String name, java.util.Optional<String> theme) {
    if (theme.isPresent() && !theme.get().equals(SiteTemplate.THEME)) return name;
    return template.hasLayout(name) ? name : "default";
  }

  private static byte[] resource(String name) {
    try (InputStream in = NewSite.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
