package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served site across rebuilds: folder swaps and baseurl changes. */
class ServedSiteTest {
  @TempDir Path tmp;

  private Path page(Path root, String rel, String text) throws Exception {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void whileTheDestinationIsSwappedOutThePreviousOutputIsServed() throws Exception {
    Path dest = tmp.resolve("site");
    Path old = tmp.resolve(".site.jekyll4j-old");
    page(old, "about/index.html", "old about");
    ServedSite site = new ServedSite(dest, Optional.of(old), "");

    SitePath found = site.resolve("/about/");

    assertThat(found).isInstanceOf(SitePath.Found.class);
    assertThat(Files.readString(((SitePath.Found) found).file())).isEqualTo("old about");
  }

  @Test
  void onceTheNewDestinationIsInPlaceItIsServedAgain() throws Exception {
    Path dest = tmp.resolve("site");
    Path old = tmp.resolve(".site.jekyll4j-old");
    page(old, "about/index.html", "old about");
    page(dest, "about/index.html", "new about");
    ServedSite site = new ServedSite(dest, Optional.of(old), "");

    SitePath found = site.resolve("/about/");

    assertThat(Files.readString(((SitePath.Found) found).file())).isEqualTo("new about");
    assertThat(site.resolve("/missing/")).isInstanceOf(SitePath.NotFound.class);
  }

  @Test
  void aNewBaseurlMovesEveryPage() throws Exception {
    Path dest = tmp.resolve("site");
    page(dest, "about/index.html", "about");
    ServedSite site = new ServedSite(dest, Optional.empty(), "");

    site.use("/blog/");

    assertThat(site.baseurl()).isEqualTo("/blog");
    assertThat(site.resolve("/blog/about/")).isInstanceOf(SitePath.Found.class);
    assertThat(site.resolve("/about/")).isInstanceOf(SitePath.NotFound.class);
  }
}
