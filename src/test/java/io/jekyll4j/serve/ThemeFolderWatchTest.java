package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.theme.NewTheme;
import io.jekyll4j.theme.ThemePackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} watches the theme when it is a folder on the theme path (a theme being developed). */
class ThemeFolderWatchTest {
  @TempDir Path tmp;

  private PipelineSiteBuilder builder(Path site, List<Path> themePath) {
    BuildOptions options = new BuildOptions(site, site.resolve("_site"), List.of(), Map.of(), false, false, false,
        "development", themePath);
    return new PipelineSiteBuilder(new Pipeline(options), List.of());
  }

  @Test
  void aThemeProjectOnTheThemePathIsWatchedForItsThemeFilesOnly() {
    Path project = tmp.resolve("kit");
    NewTheme.create(project, "kit", "tester", false);

    Map<Path, Predicate<String>> watched = builder(project.resolve("example"), List.of(project)).watchedOutside();

    assertThat(watched).containsOnlyKeys(project.toAbsolutePath());
    Predicate<String> counts = watched.get(project.toAbsolutePath());
    assertThat(counts).accepts("_layouts/default.html", "_sass/kit.scss", "assets/css/style.scss", "_config.yml",
        "kit.gemspec", "_layouts");
    assertThat(counts).rejects("example/index.md", "example/_site/index.html", "target/kit-0.1.0.jar", "pom.xml",
        "README.md");
  }

  @Test
  void aThemeJarIsNotWatched() {
    Path project = tmp.resolve("kit");
    NewTheme.create(project, "kit", "tester", false);
    Path jar = new ThemePackage(project, Optional.empty(), Optional.empty()).write(tmp.resolve("pkg"), 0).jar();

    assertThat(builder(project.resolve("example"), List.of(jar)).watchedOutside()).isEmpty();
  }

  @Test
  void aChangeInAWatchedThemeFolderAsksForAFullRebuild() throws Exception {
    Path theme = Files.createDirectories(tmp.resolve("theme/_layouts"));
    Files.createDirectories(tmp.resolve("theme/example"));
    BlockingQueue<SourceChanges> batches = new LinkedBlockingQueue<>();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    SourceWatcher watcher = SourceWatcher.outside(tmp.resolve("theme"),
        rel -> !io.jekyll4j.build.ThemeFolder.isThemeFile(rel), new ChangeBatcher(timer, batches::add, 15, 100, 250));
    try {
      watcher.start();
      Files.writeString(theme.resolve("default.html"), "{{ content }}");
      SourceChanges batch = batches.poll(10, TimeUnit.SECONDS);
      assertThat(batch).isNotNull();
      assertThat(batch.full()).isTrue();
    } finally {
      watcher.close();
      timer.shutdownNow();
    }
  }
}
