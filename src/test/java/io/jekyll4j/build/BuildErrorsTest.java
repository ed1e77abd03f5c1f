package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes give clear errors naming file and line, and never damage the destination. */
class BuildErrorsTest {
  @TempDir Path tmp;

  private Path site() throws IOException {
    Path src = tmp.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve("_config.yml"), "title: t\n");
    Files.writeString(src.resolve("index.html"), "---\n---\n<p>{{ site.title }}</p>\n");
    return src;
  }

  private Pipeline pipeline(Path src, Path dest) {
    return new Pipeline(BuildOptions.of(src, dest));
  }

  @Test
  void configYamlErrorNamesFileAndLine() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("_config.yml"), "title: ok\nlist: [a, b\nother: 1\n");
    assertThatThrownBy(() -> pipeline(src, tmp.resolve("out")).build())
        .isInstanceOf(BuildException.class)
        .satisfies(e -> assertThat(((BuildException) e).location().orElseThrow().toString()).startsWith("_config.yml:"))
        .hasMessageContaining("_config.yml")
        .hasMessageContaining("line 2");
  }

  @Test
  void frontMatterYamlErrorIsAWarningAndTheBuildGoesOn() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("bad.html"), "---\ntitle: [x\n---\nhello\n");
    BuildResult r = pipeline(src, tmp.resolve("out")).build();
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("bad.html").contains("line 2"));
    assertThat(tmp.resolve("out/bad.html")).hasContent("hello\n");
  }

  @Test
  void relativePermalinksStopTheBuildAsInJekyll3AndLater() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("_config.yml"), "title: t\nrelative_permalinks: true\n");
    assertThatThrownBy(() -> pipeline(src, tmp.resolve("out")).build())
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("permalinks for pages in subfolders must be relative to the site source directory");
    Files.writeString(src.resolve("_config.yml"), "title: t\nrelative_permalinks: false\n");
    pipeline(src, tmp.resolve("out")).build();
    assertThat(tmp.resolve("out/index.html")).exists();
  }

  /**
   * Many documents get their URLs on every core: the error still names the first document, in
   * the site's order, whose permalink has a placeholder Jekyll does not know.
   */
  @Test
  void aBadPermalinkAmongManyDocumentsNamesTheFirstInOrder() throws IOException {
    Path src = site();
    Path posts = Files.createDirectories(src.resolve("_posts"));
    for (int i = 0; i < 600; i++) {
      String day = java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString();
      String permalink = i == 150 || i == 450 ? "permalink: /:nosuch/" + i + "/\n" : "";
      Files.writeString(posts.resolve(day + "-post-" + i + ".md"), "---\n" + permalink + "---\nbody\n");
    }
    for (int round = 0; round < 3; round++) {
      assertThatThrownBy(() -> pipeline(src, tmp.resolve("out")).build())
          .isInstanceOf(BuildException.class)
          .hasMessageContaining("nosuch")
          .satisfies(e -> assertThat(((BuildException) e).location().orElseThrow().toString())
              .contains("post-150.md"));
    }
  }

  @Test
  void liquidSyntaxErrorNamesFileAndLine() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("page.html"), "---\ntitle: x\n---\nfine\n{% nosuchtag %}\n");
    assertThatThrownBy(() -> pipeline(src, tmp.resolve("out")).build())
        .isInstanceOf(BuildException.class)
        .satisfies(e -> assertThat(((BuildException) e).describe()).contains("page.html:5"));
  }

  @Test
  void failedBuildLeavesThePreviousDestinationUntouched() throws IOException {
    Path src = site();
    Path dest = tmp.resolve("out");
    pipeline(src, dest).build();
    String before = Files.readString(dest.resolve("index.html"));
    Files.writeString(src.resolve("index.html"), "---\n---\nnew {% if %}\n");
    assertThatThrownBy(() -> pipeline(src, dest).build()).isInstanceOf(BuildException.class);
    assertThat(dest.resolve("index.html")).hasContent(before);
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("src", "out");
    }
  }

  @Test
  void destinationContainingTheSourceIsRefused() throws IOException {
    Path src = site();
    assertThatThrownBy(() -> pipeline(src, tmp).build())
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("cannot be or contain the Source");
  }

  @Test
  void permalinksCannotLeaveTheDestination() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("evil.html"), "---\npermalink: /../../escaped.html\n---\nx\n");
    Path dest = tmp.resolve("out");
    pipeline(src, dest).build();
    assertThat(tmp.resolve("escaped.html")).doesNotExist();
    assertThat(dest.resolve("escaped.html")).exists();
  }

  @Test
  void staleFilesAreRemovedAndKeepFilesKept() throws IOException {
    Path src = site();
    Path dest = tmp.resolve("out");
    Files.createDirectories(dest.resolve(".git"));
    Files.writeString(dest.resolve(".git/HEAD"), "ref");
    Files.writeString(dest.resolve("stale.html"), "old");
    pipeline(src, dest).build();
    assertThat(dest.resolve("stale.html")).doesNotExist();
    assertThat(dest.resolve(".git/HEAD")).hasContent("ref");
  }

  @Test
  void missingLayoutIsAWarning() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("p.html"), "---\nlayout: ghost\n---\nbody\n");
    BuildResult r = pipeline(src, tmp.resolve("out")).build();
    assertThat(r.warnings())
        .contains("Build Warning: Layout 'ghost' requested in p.html does not exist.");
  }

  @Test
  void recursiveIncludeStopsWithNestingTooDeepNamingTheChain() throws IOException {
    Path src = site();
    Files.createDirectories(src.resolve("_includes"));
    Files.writeString(src.resolve("_includes/self.html"), "{% include self.html %}");
    Files.writeString(src.resolve("index.html"), "---\n---\nx\n{% include self.html %}\n");
    assertThatThrownBy(() -> pipeline(src, tmp.resolve("out")).build())
        .isInstanceOf(BuildException.class)
        .satisfies(
            e -> {
              String text = ((BuildException) e).describe();
              assertThat(text).contains("Nesting too deep").contains("_includes/self.html:1");
              assertThat(text).contains("included from _includes/self.html:1 (99 times)");
              assertThat(text).contains("included from index.html:4");
            });
  }

  /** Jekyll 4.3.1 (External.require_with_graceful_fail) stops with this text and status 1. */
  @Test
  void aPluginJekyll4jDoesNotHaveIsJekyllsDependencyError() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("_config.yml"), "title: t\nplugins:\n  - jekyll-feed\n  - jekyll-nonexist\n");
    assertThatThrownBy(() -> pipeline(src, tmp.resolve("out")).build())
        .isInstanceOf(io.jekyll4j.diag.MissingDependencyException.class)
        .satisfies(e -> assertThat(((BuildException) e).describe()).isEqualTo(
            "Yikes! It looks like you don't have jekyll-nonexist or one of its dependencies installed."
            + " In order to use Jekyll as currently configured, you'll need to install this gem."
            + " If you've run Jekyll with `bundle exec`, ensure that you have included the jekyll-nonexist"
            + " gem in your Gemfile as well. The full error message from Ruby is: 'cannot load such file --"
            + " jekyll-nonexist' If you run into trouble, you can find helpful resources at"
            + " https://jekyllrb.com/help/!"));
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  /** Jekyll requires only whitelisted plugins in safe mode, and no longer reads {@code gems}. */
  @Test
  void safeModeAndTheGemsKeyRequireNothingMissing() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("_config.yml"),
        "title: t\nsafe: true\nwhitelist: [jekyll-feed]\nplugins: [jekyll-feed, jekyll-nonexist]\n");
    pipeline(src, tmp.resolve("out")).build();
    Files.writeString(src.resolve("_config.yml"), "title: t\ngems: [jekyll-nonexist]\nplugins: [kramdown, rouge]\n");
    pipeline(src, tmp.resolve("out2")).build();
    assertThat(tmp.resolve("out2/index.html")).exists();
    Files.writeString(src.resolve("_config.yml"),
        "title: t\nsafe: true\nwhitelist: [jekyll-nonexist]\nplugins: [jekyll-nonexist]\n");
    assertThatThrownBy(() -> pipeline(src, tmp.resolve("out3")).build())
        .isInstanceOf(io.jekyll4j.diag.MissingDependencyException.class);
  }

  /** Jekyll's conflict check leaves out jekyll-redirect-from's pages (Doctor#allow_used_permalink?). */
  @Test
  void redirectPagesAreNoConflict() throws IOException {
    Path src = site();
    Files.writeString(src.resolve("_config.yml"), "title: t\nplugins: [jekyll-redirect-from]\n");
    Files.writeString(src.resolve("index.html"), "---\nredirect_from: [/old/, /old/, /other.html]\n---\nhi\n");
    Files.writeString(src.resolve("other.md"), "---\n---\nother\n");
    Files.writeString(src.resolve("a.md"), "---\npermalink: /same.html\n---\na\n");
    Files.writeString(src.resolve("b.md"), "---\npermalink: /same.html\n---\nb\n");
    BuildResult r = pipeline(src, tmp.resolve("out")).build();
    assertThat(r.warnings()).filteredOn(w -> w.startsWith("Conflict:")).singleElement()
        .satisfies(w -> assertThat(w).contains("same.html").doesNotContain("redirect.html"));
  }
}
