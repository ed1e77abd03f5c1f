package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler started ahead of the first stylesheet compiles as one started by it. */
class ScssPrestartTest {
  @TempDir Path src;

  @Test
  void aCompilerStartedAheadCompilesTheSameAndIsStartedOnce() throws IOException {
    Files.createDirectories(src.resolve("_sass"));
    Files.writeString(src.resolve("_sass/_base.scss"), "$c: #123456;\n.base { color: $c; }\n");
    String scss = "@import \"base\";\n.a { .b { margin: 1px + 2px; } }\n";
    String plain;
    try (ScssConverter sass = new ScssConverter(src, Map.of("sourcemap", "never"))) {
      plain = sass.convert(scss, ".scss", "css/main.scss", src.resolve("css"));
    }
    try (ScssConverter sass = new ScssConverter(src, Map.of("sourcemap", "never"))) {
      sass.prestart();
      sass.prestart(); // a second call starts no second process
      assertThat(sass.convert(scss, ".scss", "css/main.scss", src.resolve("css"))).isEqualTo(plain);
      sass.prestart(); // nor one once the compiler runs
      assertThat(sass.convert(".x { y: 1 }", ".scss", "css/x.scss", src.resolve("css"))).contains(".x {");
    }
    assertThat(plain).contains(".base {\n  color: #123456;\n}").contains("margin: 3px");
  }

  @Test
  void aCompilerStartedAheadButNeverUsedIsStoppedOnClose() throws IOException {
    ScssConverter sass = new ScssConverter(src, Map.of());
    sass.prestart();
    sass.close();
    // closed, it still compiles: a new compiler on demand, as after any close
    assertThat(sass.convert(".x { y: 1 }", ".scss", "x.scss", src)).contains(".x {");
    sass.close();
  }
}
