package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenamerTest {
  @TempDir Path dir;

  private Renamer renamer() {
    return new Renamer(Fixtures.site("moves", dir));
  }

  @Test
  void renamingAPostKeepsItsDateExtensionAndQuoting() {
    Written written =
        renamer().rename("_posts/2024-01-01-welcome.markdown", "Hello: Again", Optional.empty(),
            false, false);

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-01-01-hello-again.markdown"));
    assertThat(Files.exists(dir.resolve("_posts/2024-01-01-welcome.markdown"))).isFalse();
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle:  \"Hello: Again\"\ndate:   2024-01-01 10:00:00 +0100\n"
                + "categories: news\n---\nHello.\n");
  }

  @Test
  void renamingWithADateRedatesFileAndFrontMatterInTheFileDateStyle() {
    Written written =
        renamer().rename("_posts/2024-01-01-welcome.markdown", "Welcome",
            Optional.of(LocalDate.parse("2024-07-08")), false, false);

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-07-08-welcome.markdown"));
    assertThat(Fixtures.read(written.to()))
        .contains("date:   2024-07-08 00:00:00 +0000\n");
  }

  @Test
  void renamingADraftWithNowAddsTheDate() {
    Written written =
        renamer().rename("_drafts/my-draft.md", "Better Name", Optional.empty(), true, false);

    assertThat(written.to()).isEqualTo(dir.resolve("_drafts/better-name.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle:  \"Better Name\" # working title\n"
                + "date:   2024-05-06 07:08:09 +0000\ncategories: drafts\n---\nBody text.\n");
  }

  @Test
  void renamingAPageKeepsItsFolder() {
    Written written = renamer().rename("about.md", "About Us", Optional.empty(), false, false);

    assertThat(written.to()).isEqualTo(dir.resolve("about-us.md"));
    assertThat(written.kind()).isEqualTo("file");
    assertThat(Fixtures.read(written.to()))
        .isEqualTo("---\nlayout: page\ntitle: About Us\n---\nAbout.\n");
  }

  @Test
  void aTitleWithTheSameSlugRewritesInPlace() {
    Written written = renamer().rename("about.md", "ABOUT", Optional.empty(), false, false);

    assertThat(written.to()).isEqualTo(dir.resolve("about.md"));
    assertThat(Fixtures.read(written.to())).contains("title: ABOUT\n");
  }

  @Test
  void refusesMissingFilesBothDateOptionsAndTakenNames() {
    Renamer renamer = renamer();
    assertThatThrownBy(
            () -> renamer.rename("_posts/nope.md", "X", Optional.empty(), false, false))
        .hasMessage("There was no post found at '_posts/nope.md'.");
    assertThatThrownBy(
            () ->
                renamer.rename("about.md", "X", Optional.of(LocalDate.parse("2024-01-01")), true,
                    false))
        .hasMessage("You can only specify one of --date DATE or --now.");
    assertThatThrownBy(
            () ->
                renamer.rename("_posts/2024-02-01-second.markdown", "Welcome",
                    Optional.of(LocalDate.parse("2024-01-01")), false, false))
        .hasMessage(
            "A post already exists at _posts/2024-01-01-welcome.markdown"
                + " (use --force to overwrite it).");
  }
}
