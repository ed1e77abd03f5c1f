package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the compose commands write is a site jekyll4j builds, with the new page at its URL. */
class ComposeBuildTest {
  @TempDir Path tmp;

  private Path fixture(String name) throws IOException, URISyntaxException {
    Path from =
        Path.of(
            Objects.requireNonNull(getClass().getResource("/compose/sites/" + name)).toURI());
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path to = tmp.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return tmp;
  }

  @Test
  void aNewPageAndPostAreBuiltAtTheirUrls() throws Exception {
    String src = fixture("pages-folder").toString();

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    try {
      System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(Main.commandLine().execute("page", "-s", src, "Getting", "Involved")).isZero();
      assertThat(Main.commandLine().execute("post", "-s", src, "--date", "2024-05-06", "Hello"))
          .isZero();
    } finally {
      System.setOut(old);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("New page created at").contains("New post created at");
    int built =
        Main.commandLine().execute("build", "-q", "-s", src, "-d", tmp.resolve("_site").toString());

    assertThat(built).isZero();
    Path page = tmp.resolve("_site/getting-involved/index.html");
    assertThat(page).exists();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .contains("<h1>Getting Involved</h1>");
    assertThat(tmp.resolve("_site/2024/05/06/hello.html")).exists();
  }
}
