package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upstream jekyll-sass-converter 3 compiles each stylesheet with its page's file URL, so Dart Sass
 * resolves its relative imports from its own folder first, then the load paths (`_sass`). Found on
 * a real site with two `application.scss` in different folders, each with its own partials: only
 * the folder of the first stylesheet compiled was searched. (Debian's Jekyll, on libsass through
 * jekyll-sass-converter 2, resolves no relative import at all, so no fixture made by it can show
 * this.)
 */
class ScssRelativeImportsTest {
  @TempDir Path src;

  @Test
  void eachStylesheetFindsItsOwnSiblingPartialsWhicheverIsCompiledFirst() throws IOException {
    Path a = Files.createDirectories(src.resolve("assets/a"));
    Path b = Files.createDirectories(src.resolve("assets/b"));
    Files.createDirectories(src.resolve("_sass"));
    Files.writeString(a.resolve("_core.scss"), ".core-a { x: 1; }\n");
    Files.writeString(b.resolve("_core.scss"), ".core-b { x: 2; }\n");
    Files.writeString(src.resolve("_sass/_core.scss"), ".core-sass { x: 3; }\n");
    Files.writeString(src.resolve("_sass/_shared.scss"), ".shared { y: 4; }\n");
    ScssConverter sass = new ScssConverter(src, Map.of("style", "compressed", "sourcemap", "never"));

    String first = sass.convert("@import \"core\";", ".scss", "assets/a/site.scss", a);
    String second = sass.convert("@import \"core\";\n@import \"shared\";", ".scss", "assets/b/site.scss", b);
    String third = sass.convert("@import \"core\";", ".scss", "css/main.scss", src.resolve("css"));

    assertThat(first).contains(".core-a").doesNotContain(".core-b").doesNotContain(".core-sass");
    assertThat(second).contains(".core-b").contains(".shared").doesNotContain(".core-a");
    // nothing named core beside it: the load path's partial
    assertThat(third).contains(".core-sass").doesNotContain(".core-a");
  }
}
