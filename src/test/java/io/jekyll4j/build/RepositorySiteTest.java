package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository is itself a Jekyll site (the README's main command serves it): it must build,
 * its docs must survive their own Liquid (a tag named in a page's text needs {@code raw}), and the
 * user's page {@code pages/related.md} must come out.
 */
class RepositorySiteTest {
  @Test
  void theRepositorysOwnSiteBuilds(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("site");
    BuildResult result = new Pipeline(new BuildOptions(Path.of("."), out, List.of(),
        Map.of("time", "2030-01-01 00:00:00 +0000"), false, false, false, "production")).build();

    assertThat(result.warnings()).isEmpty();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("related/index.html")).isRegularFile();
    assertThat(Files.readString(out.resolve("status/index.html")))
        .contains("{% seo %}").contains("{% feed_meta %}");
    assertThat(out.resolve("src")).doesNotExist();
    assertThat(out.resolve("pom.xml")).doesNotExist();
  }
}
