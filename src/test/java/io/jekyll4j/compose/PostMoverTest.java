package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostMoverTest {
  @TempDir Path dir;

  @Test
  void publishMovesTheDraftAndDatesItAsThePostsAreDated() {
    PostMover mover = new PostMover(Fixtures.site("moves", dir));

    Written written = mover.publish("_drafts/my-draft.md", Optional.empty(), Optional.empty(), false);

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-05-06-my-draft.md"));
    assertThat(Files.exists(dir.resolve("_drafts/my-draft.md"))).isFalse();
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle:  \"My Draft\" # working title\n"
                + "date:   2024-05-06 07:08:09 +0000\ncategories: drafts\n---\nBody text.\n");
  }

  @Test
  void publishWithADateAndNoPostsWritesJekyllComposeDates() {
    Path source = Fixtures.copy("empty", dir);
    ComposeFiles.write(
        source.resolve("_drafts/idea.md"), "---\nlayout: post\ntitle: Idea\n---\nText\n", "x");
    PostMover mover =
        new PostMover(new ComposeSite(source, ComposeSettings.defaults(), Fixtures.CLOCK));

    Written written =
        mover.publish(
            "_drafts/idea.md", Optional.of(LocalDate.parse("2024-02-03")), Optional.empty(), false);

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-02-03-idea.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo("---\nlayout: post\ntitle: Idea\ndate: 2024-02-03 00:00 +0000\n---\nText\n");
  }

  @Test
  void publishKeepsADateTheDraftAlreadyHas() {
    PostMover mover = new PostMover(Fixtures.site("posts-collections", dir));

    Written written = mover.publish("_drafts/draft-one.md", Optional.empty(), Optional.empty(), false);

    assertThat(written.to()).isEqualTo(dir.resolve("content/_posts/2024-05-06-draft-one.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo("---\nlayout: article\ntitle: Draft one\ndate: 2023-04-01\n---\nDraft.\n");
  }

  @Test
  void publishRefusesAMissingDraft() {
    PostMover mover = new PostMover(Fixtures.site("moves", dir));

    assertThatThrownBy(
            () -> mover.publish("_drafts/nope.md", Optional.empty(), Optional.empty(), false))
        .isInstanceOf(ComposeException.class)
        .hasMessage("There was no draft found at '_drafts/nope.md'.");
  }

  @Test
  void unpublishMovesThePostBackWithoutItsDate() {
    PostMover mover = new PostMover(Fixtures.site("moves", dir));

    Written written = mover.unpublish("_posts/2024-01-01-welcome.markdown", false);

    assertThat(written.to()).isEqualTo(dir.resolve("_drafts/welcome.markdown"));
    assertThat(Files.exists(dir.resolve("_posts/2024-01-01-welcome.markdown"))).isFalse();
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle:  \"Welcome\"\ncategories: news\n---\nHello.\n");
  }

  @Test
  void unpublishRefusesToOverwriteADraft() {
    PostMover mover = new PostMover(Fixtures.site("moves", dir));
    ComposeFiles.write(dir.resolve("_drafts/second.markdown"), "keep", "x");

    assertThatThrownBy(() -> mover.unpublish("_posts/2024-02-01-second.markdown", false))
        .isInstanceOf(ComposeException.class)
        .hasMessage(
            "A draft already exists at _drafts/second.markdown (use --force to overwrite it).");
    assertThat(Fixtures.read(dir.resolve("_drafts/second.markdown"))).isEqualTo("keep");
  }

  @Test
  void publishThenUnpublishGivesTheDraftBack() {
    PostMover mover = new PostMover(Fixtures.site("moves", dir));
    String before = Fixtures.read(dir.resolve("_drafts/my-draft.md"));

    mover.publish("_drafts/my-draft.md", Optional.empty(), Optional.empty(), false);
    mover.unpublish("_posts/2024-05-06-my-draft.md", false);

    assertThat(Fixtures.read(dir.resolve("_drafts/my-draft.md"))).isEqualTo(before);
  }
}
