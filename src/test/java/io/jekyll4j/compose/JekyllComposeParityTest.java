package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a site with nothing to learn from, jekyll4j writes what jekyll-compose writes: the expected
 * files were made by real jekyll-compose with {@code src/test/scripts/jekyll-compose-expected.sh}
 * running the same commands.
 */
class JekyllComposeParityTest {
  @TempDir Path dir;

  @Test
  void sameCommandsWriteTheSameFilesAsJekyllCompose() throws Exception {
    ComposeSite site = new ComposeSite(dir, ComposeSettings.defaults(), Fixtures.CLOCK);
    PostComposer posts = new PostComposer(site);
    PostMover mover = new PostMover(site);

    new PageComposer(site).create(PageRequest.titled("Getting Involved"));
    posts.post(
        new PageRequest("Hello World! Ünïcödé", Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of(LocalDate.parse("2024-02-03")), Optional.empty(),
            false));
    posts.draft(PageRequest.titled("My Draft"));
    mover.publish("_drafts/my-draft.md", day("2024-02-04"), Optional.empty(), false);
    posts.draft(PageRequest.titled("Back Again"));
    mover.publish("_drafts/back-again.md", day("2024-02-05"), Optional.empty(), false);
    mover.unpublish("_posts/2024-02-05-back-again.md", false);
    posts.draft(PageRequest.titled("Old Name"));
    new Renamer(site).rename("_drafts/old-name.md", "New Name", Optional.empty(), false, false);

    Path expected =
        Path.of(
            Objects.requireNonNull(getClass().getResource("/compose/jekyll-compose")).toURI());
    assertThat(contents(dir)).isEqualTo(contents(expected));
  }

  private static Optional<LocalDate> day(String text) {
    return Optional.of(LocalDate.parse(text));
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Fixtures.read(file));
      }
    }
    return files;
  }
}
