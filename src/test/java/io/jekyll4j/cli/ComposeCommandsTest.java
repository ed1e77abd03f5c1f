package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ComposeCommandsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    return new CommandLine(command)
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private String read(String path) throws IOException {
    return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void pageJoinsTheTitleWordsAndReportsThePath() throws IOException {
    int status = run(new PageCommand(CLOCK), "-s", dir.toString(), "Getting", "Involved");

    assertThat(status).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("New page created at " + dir.resolve("getting-involved.md"));
    assertThat(read("getting-involved.md"))
        .isEqualTo("---\nlayout: page\ntitle: Getting Involved\n---\n");
  }

  @Test
  void aRelativeSourceFolderWorksAndPathsAreShownRelativeToTheCurrentFolder() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    Path relative = here.relativize(dir);
    Files.writeString(dir.resolve("_config.yml"), "title: x\n");

    int status = run(new PostCommand(CLOCK), "--source", relative.toString(), "Hi");

    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().strip()).isEqualTo("New post created at " + dir.resolve(
        "_posts/2024-05-06-hi.md"));
    assertThat(read("_posts/2024-05-06-hi.md")).startsWith("---\nlayout: post\ntitle: Hi\n");
  }

  @Test
  void postDraftPublishUnpublishAndRenameWorkTogether() throws IOException {
    String src = dir.toString();
    assertThat(run(new DraftCommand(CLOCK), "-s", src, "My Idea")).isZero();
    assertThat(run(new PublishCommand(CLOCK), "-s", src, "--date", "2024-02-03",
        "_drafts/my-idea.md")).isZero();
    assertThat(read("_posts/2024-02-03-my-idea.md"))
        .isEqualTo("---\nlayout: post\ntitle: My Idea\ndate: 2024-02-03 00:00 +0000\n---\n");
    assertThat(run(new RenameCommand(CLOCK), "-s", src, "_posts/2024-02-03-my-idea.md", "Better",
        "Idea")).isZero();
    assertThat(run(new UnpublishCommand(CLOCK), "-s", src, "_posts/2024-02-03-better-idea.md"))
        .isZero();
    assertThat(read("_drafts/better-idea.md"))
        .isEqualTo("---\nlayout: post\ntitle: Better Idea\n---\n");
    assertThat(run(new PostCommand(CLOCK), "-s", src, "Next")).isZero();

    assertThat(out.toString().lines())
        .containsExactly(
            "New draft created at " + dir.resolve("_drafts/my-idea.md"),
            "Draft " + dir.resolve("_drafts/my-idea.md") + " was moved to "
                + dir.resolve("_posts/2024-02-03-my-idea.md"),
            "Post " + dir.resolve("_posts/2024-02-03-my-idea.md") + " was moved to "
                + dir.resolve("_posts/2024-02-03-better-idea.md"),
            "Post " + dir.resolve("_posts/2024-02-03-better-idea.md") + " was moved to "
                + dir.resolve("_drafts/better-idea.md"),
            "New post created at " + dir.resolve("_posts/2024-05-06-next.md"));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void refusalsExitWithOneAndAMessageWithoutStackTrace() {
    String src = dir.toString();
    assertThat(run(new PageCommand(CLOCK), "-s", src, "About")).isZero();

    assertThat(run(new PageCommand(CLOCK), "-s", src, "About")).isEqualTo(1);
    assertThat(run(new PublishCommand(CLOCK), "-s", src, "_drafts/nope.md")).isEqualTo(1);
    assertThat(run(new PostCommand(CLOCK), "-s", src, "--date", "May 5th", "X")).isEqualTo(1);
    assertThat(run(new PostCommand(CLOCK), "-s", src, "!!!")).isEqualTo(1);
    assertThat(run(new PageCommand(CLOCK), "-s", src)).isEqualTo(1);
    assertThat(run(new PublishCommand(CLOCK), "-s", src)).isEqualTo(1);
    assertThat(run(new UnpublishCommand(CLOCK), "-s", src)).isEqualTo(1);
    assertThat(run(new RenameCommand(CLOCK), "-s", src, "about.md")).isEqualTo(1);

    assertThat(err.toString().lines())
        .containsExactly(
            "Error: A page already exists at about.md (use --force to overwrite it).",
            "Error: There was no draft found at '_drafts/nope.md'.",
            "Error: Invalid date 'May 5th': use YYYY-MM-DD.",
            "Error: The title '!!!' has no letter or digit to make a file name of.",
            "Error: You must specify a name.",
            "Error: You must specify a draft path.",
            "Error: You must specify a post path.",
            "Error: You must specify current path and the new title.");
  }

  @Test
  void brokenConfigurationIsReportedWithItsLine() throws IOException {
    Files.writeString(dir.resolve("_config.yml"), "title: x\nexclude: [a\n");

    assertThat(run(new PostCommand(CLOCK), "-s", dir.toString(), "X")).isEqualTo(1);
    assertThat(err.toString()).startsWith("Error: _config.yml:3: invalid YAML");
  }

  @Test
  void newWritesASiteAndRefusesToWriteIntoAFullFolder() throws IOException {
    Path site = dir.resolve("blog");
    assertThat(run(new NewCommand(CLOCK, io.jekyll4j.compose.SiteTemplate::fromClasspath),
        site.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo("New jekyll4j site installed in " + site + ".");
    assertThat(site.resolve("_config.yml")).exists();
    assertThat(site.resolve("_layouts/default.html")).exists();

    assertThat(run(new NewCommand(CLOCK, io.jekyll4j.compose.SiteTemplate::fromClasspath),
        site.toString(), "--blank")).isEqualTo(1);
    assertThat(err.toString()).startsWith("Error: Conflict: " + site + " exists and is not empty.");
  }
}
