package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathResolverTest {
  @TempDir Path tmp;
  Path site;

  @BeforeEach
  void makeSite() throws IOException {
    site = tmp.resolve("site");
    write("index.html", "home");
    write("about.html", "about");
    write("blog/index.html", "blog");
    write("docs/guide.html", "guide");
    write("assets/main.css", "css");
    write("empty/readme.txt", "x");
    Files.writeString(tmp.resolve("secret.txt"), "secret");
  }

  private void write(String rel, String text) throws IOException {
    Path p = site.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private SitePath resolve(String raw) {
    return new SitePathResolver(site, "").resolve(raw);
  }

  @Test
  void rootServesIndexHtml() {
    assertThat(resolve("/")).isEqualTo(new SitePath.Found(site.resolve("index.html")));
  }

  @Test
  void extensionlessPathServesTheHtmlFile() {
    assertThat(resolve("/about")).isEqualTo(new SitePath.Found(site.resolve("about.html")));
    assertThat(resolve("/docs/guide")).isEqualTo(
        new SitePath.Found(site.resolve("docs/guide.html")));
  }

  @Test
  void folderWithoutSlashRedirectsToTheSlash() {
    assertThat(resolve("/blog")).isEqualTo(new SitePath.Redirect("/blog/"));
  }

  @Test
  void folderWithSlashServesItsIndex() {
    assertThat(resolve("/blog/")).isEqualTo(new SitePath.Found(site.resolve("blog/index.html")));
  }

  @Test
  void folderWithoutIndexIsNotFound() {
    assertThat(resolve("/empty/")).isEqualTo(new SitePath.NotFound());
    assertThat(resolve("/nothing-here")).isEqualTo(new SitePath.NotFound());
  }

  @Test
  void percentEncodedNamesAreDecodedOnce() throws IOException {
    write("with space.html", "x");
    write("caf\u00e9.html", "x");
    assertThat(resolve("/with%20space.html")).isInstanceOf(SitePath.Found.class);
    assertThat(resolve("/caf%C3%A9")).isInstanceOf(SitePath.Found.class);
  }

  @Test
  void baseurlMountsTheSite() {
    SitePathResolver r = new SitePathResolver(site, "/base/");
    assertThat(r.resolve("/base/about")).isEqualTo(new SitePath.Found(site.resolve("about.html")));
    assertThat(r.resolve("/base/")).isEqualTo(new SitePath.Found(site.resolve("index.html")));
    assertThat(r.resolve("/base")).isEqualTo(new SitePath.Redirect("/base/"));
    assertThat(r.resolve("/about")).isEqualTo(new SitePath.NotFound());
    assertThat(r.resolve("/basement/")).isEqualTo(new SitePath.NotFound());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
      "/..%2fsecret.txt", "/..%2Fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
      "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/index.html%00.css",
      "/%00", "/./index.html", "/assets/./main.css", "/%", "/%zz", "/%c0%ae%c0%ae/secret.txt",
      "relative", "/assets//main.css"})
  void pathsThatCouldLeaveTheSiteAreMalformed(String raw) {
    assertThat(resolve(raw)).isIn(new SitePath.Malformed(), new SitePath.NotFound());
    assertThat(resolve(raw)).isNotInstanceOf(SitePath.Found.class);
  }

  @Test
  void symlinkPointingOutsideIsNotServed() throws IOException {
    Files.createSymbolicLink(site.resolve("leak.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(site.resolve("leakdir"), tmp);
    assertThat(resolve("/leak.txt")).isEqualTo(new SitePath.NotFound());
    assertThat(resolve("/leakdir/secret.txt")).isEqualTo(new SitePath.NotFound());
    assertThat(resolve("/leakdir")).isEqualTo(new SitePath.NotFound());
  }

  @Test
  void symlinkInsideTheSiteIsServed() throws IOException {
    Files.createSymbolicLink(site.resolve("style.css"), site.resolve("assets/main.css"));
    assertThat(resolve("/style.css")).isEqualTo(new SitePath.Found(site.resolve("style.css")));
  }
}
