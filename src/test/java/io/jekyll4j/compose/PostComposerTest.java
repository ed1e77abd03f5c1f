package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostComposerTest {
  @TempDir Path dir;

  private PostComposer composer(String fixture) {
    return new PostComposer(Fixtures.site(fixture, dir));
  }

  private static PageRequest dated(String title, String day) {
    return new PageRequest(
        title,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(LocalDate.parse(day)),
        Optional.empty(),
        false);
  }

  @Test
  void postWithoutOtherPostsIsWrittenAsJekyllComposeDoes() {
    Written written = composer("empty").post(PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-05-06-getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle: Getting Involved\ndate: 2024-05-06 07:08 +0000\n---\n");
  }

  @Test
  void givenDateNamesTheFileAndStartsTheDay() {
    Written written = composer("empty").post(dated("Getting Involved", "2024-02-03"));

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-02-03-getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle: Getting Involved\ndate: 2024-02-03 00:00 +0000\n---\n");
  }

  @Test
  void postFollowsComposeStylePosts() {
    Written written = composer("posts-compose").post(PageRequest.titled("Ünïcödé Title!"));

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-05-06-ünïcödé-title.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo("---\nlayout: post\ntitle: Ünïcödé Title!\ndate: 2024-05-06 07:08 +0000\n---\n");
  }

  @Test
  void postFollowsJekyllNewStylePostsWithSecondsZoneSpacingAndCategories() {
    Written written = composer("posts-jekyll-new").post(PageRequest.titled("Getting Involved"));

    assertThat(written.to())
        .isEqualTo(dir.resolve("_posts/2024-05-06-getting-involved.markdown"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle:  \"Getting Involved\"\ndate:   2024-05-06 09:08:09 +0200\n"
                + "categories: []\n---\n");
  }

  @Test
  void postFollowsPostsWithoutDatesOrLayoutsAndCopiesSharedKeys() {
    Written written = composer("posts-dateless").post(PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(dir.resolve("_posts/2024-05-06-getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo("---\ntitle: Getting Involved\nauthor: Jane\ntags: []\n---\n");
  }

  @Test
  void postHonoursCollectionsDirAndDefaultFrontMatter() {
    Written written = composer("posts-collections").post(PageRequest.titled("Getting Involved"));

    assertThat(written.to())
        .isEqualTo(dir.resolve("content/_posts/2024-05-06-getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: article\ntitle: \"Getting Involved\"\ndate: 2024-05-06T07:08:09Z\n"
                + "excerpt_separator: \"<!--more-->\"\ntags:\n- x\n- \"y\"\n---\n");
  }

  @Test
  void draftWithoutDraftsFollowsPostsWithoutDate() {
    Written written = composer("posts-compose").draft(PageRequest.titled("My Draft"));

    assertThat(written.to()).isEqualTo(dir.resolve("_drafts/my-draft.md"));
    assertThat(Fixtures.read(written.to())).isEqualTo("---\nlayout: post\ntitle: My Draft\n---\n");
  }

  @Test
  void draftWithoutAnythingIsWrittenAsJekyllComposeDoes() {
    Written written = composer("empty").draft(PageRequest.titled("My Draft"));

    assertThat(Fixtures.read(written.to())).isEqualTo("---\nlayout: post\ntitle: My Draft\n---\n");
  }

  @Test
  void draftFollowsExistingDraftsAndDraftDefaults() {
    Written written = composer("posts-collections").draft(PageRequest.titled("My Draft"));

    assertThat(written.to()).isEqualTo(dir.resolve("content/_drafts/my-draft.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo("---\nlayout: article\ntitle: My Draft\ndate: 2024-05-06\npublished: false\n"
            + "---\n");
  }

  @Test
  void timestampFormatIsRubyStrftime() {
    PageRequest request =
        new PageRequest(
            "Getting Involved",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("%Y-%m-%d %H:%M:%S %:z"),
            false);

    Written written = composer("empty").post(request);

    assertThat(Fixtures.read(written.to()))
        .contains("date: 2024-05-06 07:08:09 +00:00\n");
  }

  @Test
  void twoPostsSharingACategoryGetAnEmptyListNotACopy() {
    Written written = composer("moves").post(PageRequest.titled("Getting Involved"));

    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: post\ntitle:  \"Getting Involved\"\ndate:   2024-05-06 07:08:09 +0000\n"
                + "categories: []\n---\n");
  }

  @Test
  void refusesToOverwriteAPost() {
    PostComposer composer = composer("posts-compose");
    assertThatThrownBy(() -> composer.post(dated("First", "2024-01-01")))
        .isInstanceOf(ComposeException.class)
        .hasMessage(
            "A post already exists at _posts/2024-01-01-first.md (use --force to overwrite it).");
  }
}
