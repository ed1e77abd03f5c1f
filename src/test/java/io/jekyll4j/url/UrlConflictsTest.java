package io.jekyll4j.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlConflictsTest {
  @Test
  void aDestinationWrittenOnceIsNoConflict() {
    UrlConflicts c = new UrlConflicts();
    c.claim("/out/a/index.html", "a.md");
    c.claim("/out/b/index.html", "b.md");
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void aSharedDestinationNamesEveryWriterInOrder() {
    UrlConflicts c = new UrlConflicts();
    c.claim("/out/same/index.html", "page.md");
    c.claim("/out/other.html", "other.md");
    c.claim("/out/same/index.html", "page2.html");
    c.claim("/out/same/index.html", "/src/_posts/2024-01-01-post.md");
    assertThat(c.warnings())
        .containsExactly(
            "Conflict: The following destination is shared by multiple files.\n"
                + "The written file may end up with unexpected contents.\n"
                + "/out/same/index.html\n"
                + " - page.md\n"
                + " - page2.html\n"
                + " - /src/_posts/2024-01-01-post.md");
  }
}
