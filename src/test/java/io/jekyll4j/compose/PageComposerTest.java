package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageComposerTest {
  @TempDir Path dir;

  private Written page(String fixture, PageRequest request) {
    return new PageComposer(Fixtures.site(fixture, dir)).create(request);
  }

  @Test
  void newPageFollowsPagesInTheirOwnFolder() {
    Written written = page("pages-folder", PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(dir.resolve("pages/getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: page\ntitle: Getting Involved\npermalink: /getting-involved/\n---\n");
  }

  @Test
  void newPageInTheRootKeepsKeyOrderQuotingAndPermalinkWithoutSlash() {
    Written written = page("pages-root", PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(dir.resolve("getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\ntitle: \"Getting Involved\"\nlayout: default\npermalink: /getting-involved\n"
                + "---\n");
  }

  @Test
  void newDocsPageCopiesSharedKeysSpacingAndHtmlPermalinks() {
    Written written = page("pages-docs", PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(dir.resolve("docs/getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\ntitle:   'Getting Involved'\nlayout: docs\nlang: en\n"
                + "permalink: /docs/getting-involved.html\n---\n");
  }

  @Test
  void pagesFolderLikeThisRepositoryIsFollowedAndExcludedFoldersAreIgnored() {
    Written written = page("repo-like", PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(dir.resolve("pages/getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: page\ntitle: Getting Involved\npermalink: /getting-involved/\n---\n");
  }

  @Test
  void thisRepositorysOwnPagesAreFollowed() throws Exception {
    Path repository = Path.of("").toAbsolutePath();
    assumeTrue(Files.isDirectory(repository.resolve("pages")), "no pages/ in this checkout yet");
    Path copy = dir.resolve("repo");
    Files.createDirectories(copy.resolve("pages"));
    Files.copy(repository.resolve("_config.yml"), copy.resolve("_config.yml"));
    try (var pages = Files.list(repository.resolve("pages"))) {
      for (Path p : pages.toList()) {
        Files.copy(p, copy.resolve("pages").resolve(p.getFileName().toString()));
      }
    }
    ComposeSite site =
        new ComposeSite(copy, ComposeSettings.read(copy, java.util.List.of()), Fixtures.CLOCK);

    Written written = new PageComposer(site).create(PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(copy.resolve("pages/getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: page\ntitle: Getting Involved\npermalink: /getting-involved/\n---\n");
  }

  @Test
  void withoutPagesJekyllComposeDefaultsApply() {
    Written written = page("empty", PageRequest.titled("Getting Involved"));

    assertThat(written.to()).isEqualTo(dir.resolve("getting-involved.md"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo("---\nlayout: page\ntitle: Getting Involved\n---\n");
  }

  @Test
  void titlesAreQuotedWhenTheSiteStyleCannotHoldThem() {
    Written written = page("pages-folder", PageRequest.titled("Q&A: the #1 place"));

    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: page\ntitle: 'Q&A: the #1 place'\npermalink: /q-a-the-1-place/\n---\n");
  }

  @Test
  void layoutAndFolderOptionsWin() {
    PageRequest request =
        new PageRequest(
            "Getting Involved",
            Optional.of("wide"),
            Optional.of("community/"),
            Optional.of(".markdown"),
            Optional.empty(),
            Optional.empty(),
            false);

    Written written = page("pages-folder", request);

    assertThat(written.to()).isEqualTo(dir.resolve("community/getting-involved.markdown"));
    assertThat(Fixtures.read(written.to()))
        .isEqualTo(
            "---\nlayout: wide\ntitle: Getting Involved\npermalink: /getting-involved/\n---\n");
  }

  @Test
  void refusesToOverwriteAnExistingPage() {
    ComposeSite site = Fixtures.site("pages-folder", dir);
    assertThatThrownBy(() -> new PageComposer(site).create(PageRequest.titled("About")))
        .isInstanceOf(ComposeException.class)
        .hasMessage("A page already exists at pages/about.md (use --force to overwrite it).");
    assertThat(Fixtures.read(dir.resolve("pages/about.md"))).contains("About us.");
  }

  @Test
  void forceOverwrites() {
    ComposeSite site = Fixtures.site("pages-folder", dir);
    PageRequest request =
        new PageRequest(
            "About",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true);

    new PageComposer(site).create(request);

    assertThat(Fixtures.read(dir.resolve("pages/about.md")))
        .isEqualTo("---\nlayout: page\ntitle: About\npermalink: /about/\n---\n");
  }

  @Test
  void refusesTitlesWithoutLettersOrDigits() {
    ComposeSite site = Fixtures.site("empty", dir);
    assertThatThrownBy(() -> new PageComposer(site).create(PageRequest.titled("?!")))
        .isInstanceOf(ComposeException.class)
        .hasMessage("The title '?!' has no letter or digit to make a file name of.");
    assertThat(Files.exists(dir.resolve(".md"))).isFalse();
  }
}
