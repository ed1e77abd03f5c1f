package io.jekyll4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path src;

  @Test
  void aConfigFileThatIsNotAMappingWarnsAndTheBuildGoesOnWithWhatWasReadSoFar() throws IOException {
    // Jekyll's read_config_files: ArgumentError "(INVALID)" is rescued with a warning, and the
    // files after the bad one are not read
    Files.writeString(src.resolve("a.yml"), "title: From a\n");
    Files.writeString(src.resolve("b.yml"), "- just\n- a list\n");
    Files.writeString(src.resolve("c.yml"), "title: From c\n");

    SiteConfig config =
        ConfigLoader.load(src, List.of(Path.of("a.yml"), Path.of("b.yml"), Path.of("c.yml")), Map.of());

    assertThat(config.get("title")).isEqualTo("From a");
    assertThat(config.get("destination")).isEqualTo("_site");
    assertThat(config.warnings())
        .containsExactly(
            "Error reading configuration. Using defaults (and options).",
            "Configuration file: (INVALID) b.yml");
  }

  @Test
  void aStringConfigIsInvalidTooButAnEmptyOneIsAnEmptyMapping() throws IOException {
    Files.writeString(src.resolve("_config.yml"), "just words\n");
    assertThat(ConfigLoader.load(src, List.of(), Map.of()).warnings()).hasSize(2);

    Files.writeString(src.resolve("_config.yml"), "");
    assertThat(ConfigLoader.load(src, List.of(), Map.of()).warnings()).isEmpty();
  }
}
