package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion cache ({@code .jekyll-cache/jekyll4j/}): a conversion made by one build is taken
 * by the next only while its input, the converters' settings and jekyll4j's code are the same, and
 * a file that does not read back is ignored.
 */
class ConversionCacheTest {
  @TempDir Path tmp;

  private static final String SETTINGS = ConversionCache.converterSettings(Map.of("kramdown", Map.of("input", "GFM")));

  /** A converter that counts its calls. */
  private static final class Counting implements UnaryOperator<String> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String apply(String s) {
      calls.incrementAndGet();
      return "<p>" + s + "</p>\n";
    }
  }

  private ConversionCache build(String settings, Counting convert, String... texts) {
    ConversionCache cache = ConversionCache.onDisk(tmp.resolve(".jekyll-cache"), settings);
    cache.nextBuild();
    for (String t : texts) assertThat(cache.markdown(t, convert)).isEqualTo("<p>" + t + "</p>\n");
    cache.save();
    return cache;
  }

  @Test
  void theNextBuildTakesWhatThisOneConverted() throws Exception {
    Counting first = new Counting();
    build(SETTINGS, first, "a", "b", "a");
    assertThat(first.calls).hasValue(2); // the same text twice in one build: converted once
    assertThat(Files.readString(tmp.resolve(".jekyll-cache/.gitignore"))).isEqualTo("# ignore everything in this directory\n*\n");
    assertThat(tmp.resolve(".jekyll-cache/jekyll4j/conversions.bin")).isRegularFile();

    Counting second = new Counting();
    build(SETTINGS, second, "a", "b", "c");
    assertThat(second.calls).hasValue(1); // only the new text
  }

  @Test
  void textsWithOneHashCodeEachGetTheirOwnConversion() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
    build(SETTINGS, new Counting(), "Aa", "BB", "AaAa", "BBBB", "AaBB", "caf\u00e9 \u2192");
    Counting second = new Counting();
    // build() checks each text's HTML: a text never gets another text's conversion
    build(SETTINGS, second, "BBBB", "AaBB", "BB", "Aa", "AaAa", "caf\u00e9 \u2192", "BBAa");
    assertThat(second.calls).hasValue(1); // only BBAa, whose hash code is theirs too
  }

  @Test
  void aBuildThatTakesEveryConversionLeavesTheFileAsItWas() throws Exception {
    build(SETTINGS, new Counting(), "a", "b");
    Path file = tmp.resolve(".jekyll-cache/jekyll4j/conversions.bin");
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
    build(SETTINGS, new Counting(), "b", "a");
    assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
    build(SETTINGS, new Counting(), "b");
    assertThat(Files.getLastModifiedTime(file).toMillis()).isNotZero(); // "a" was dropped
  }

  @Test
  void otherConverterSettingsConvertAgain() {
    build(SETTINGS, new Counting(), "a");
    Counting other = new Counting();
    build(ConversionCache.converterSettings(Map.of("kramdown", Map.of("input", "kramdown"))), other, "a");
    assertThat(other.calls).hasValue(1);
  }

  @Test
  void settingsNoConverterReadsKeepTheCache() {
    assertThat(ConversionCache.converterSettings(Map.of("kramdown", "x", "destination", "/a", "url", "http://a")))
        .isEqualTo(ConversionCache.converterSettings(Map.of("kramdown", "x", "destination", "/b", "title", "T")));
    assertThat(ConversionCache.converterSettings(Map.of("sass", Map.of("style", "compressed"))))
        .isNotEqualTo(ConversionCache.converterSettings(Map.of("sass", Map.of("style", "expanded"))));
  }

  @Test
  void aFullBuildKeepsOnlyWhatItUsed() {
    build(SETTINGS, new Counting(), "old", "kept");
    build(SETTINGS, new Counting(), "kept");
    Counting third = new Counting();
    build(SETTINGS, third, "old", "kept");
    assertThat(third.calls).hasValue(1); // "old" was dropped by the second build
  }

  @Test
  void anUnreadableFileIsIgnoredAndWrittenAgain() throws Exception {
    build(SETTINGS, new Counting(), "a");
    Path file = tmp.resolve(".jekyll-cache/jekyll4j/conversions.bin");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Counting again = new Counting();
    build(SETTINGS, again, "a");
    assertThat(again.calls).hasValue(1);
    Counting third = new Counting();
    build(SETTINGS, third, "a");
    assertThat(third.calls).hasValue(0);
    try (var files = Files.list(tmp.resolve(".jekyll-cache/jekyll4j"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("conversions.bin");
    }
  }

  @Test
  void whatAStoppedWriterLeftIsRemovedOnTheNextSave() throws Exception {
    build(SETTINGS, new Counting(), "a");
    Path dir = tmp.resolve(".jekyll-cache/jekyll4j");
    // a process id no process has (beyond the kernel's limit), and a running process's
    Path abandoned = Files.writeString(dir.resolve("conversions.bin.99999999999.tmp"), "half");
    Path ours = dir.resolve("conversions.bin." + ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L) + ".tmp");
    Files.writeString(ours, "parent's");
    build(SETTINGS, new Counting(), "b");
    assertThat(abandoned).doesNotExist();
    assertThat(ours).exists(); // a live process's file is left alone
  }

  @Test
  void inMemoryCachesNeverTouchTheDisk() {
    ConversionCache cache = ConversionCache.inMemory();
    Counting c = new Counting();
    cache.nextBuild();
    cache.markdown("a", c);
    cache.markdown("a", c);
    cache.save();
    assertThat(c.calls).hasValue(1);
    assertThat(cache.onDisk()).isFalse();
    assertThat(tmp.resolve(".jekyll-cache")).doesNotExist();
  }

  /** A stylesheet importing a partial, compiled with a cache; returns the CSS and the messages. */
  private List<String> compile(Path site, String body) {
    ConversionCache cache = ConversionCache.onDisk(site.resolve(".jekyll-cache"), SETTINGS);
    cache.nextBuild();
    List<String> out = new ArrayList<>();
    try (ScssConverter scss = new ScssConverter(site, Map.of(), Optional.empty())) {
      scss.cacheIn(cache);
      scss.messagesTo(out::add);
      boolean needed = scss.needsCompiler("css/main.scss", body);
      out.add(0, scss.convert(body, ".scss", "css/main.scss", site.resolve("css")));
      out.add(1, needed ? "compiled" : "cached");
    }
    cache.save();
    return out;
  }

  @Test
  void aStylesheetIsCompiledAgainWhenAnImportChangesOrAppears() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_sass"));
    Files.createDirectories(site.resolve("css"));
    Files.writeString(site.resolve("_sass/_x.scss"), "a { color: red; }\n@warn \"careful\";\n");
    String body = "@import \"x\";\nb { color: blue; }\n";

    List<String> first = compile(site, body);
    assertThat(first.get(0)).contains("color: red").contains("color: blue");
    assertThat(first.get(1)).isEqualTo("compiled");
    assertThat(String.join("", first.subList(2, first.size()))).contains("careful");

    // nothing changed: taken from the cache, its warning printed again as Sass would print it
    List<String> second = compile(site, body);
    assertThat(second.get(1)).isEqualTo("cached");
    assertThat(second.subList(2, second.size())).isEqualTo(first.subList(2, first.size()));
    assertThat(second.get(0)).isEqualTo(first.get(0));

    // the imported partial changes
    Files.writeString(site.resolve("_sass/_x.scss"), "a { color: green; }\n");
    List<String> third = compile(site, body);
    assertThat(third.get(1)).isEqualTo("compiled");
    assertThat(third.get(0)).contains("color: green").doesNotContain("color: red");

    // a file that the import now finds first (the stylesheet's own folder comes before _sass)
    Files.writeString(site.resolve("css/_x.scss"), "a { color: black; }\n");
    List<String> fourth = compile(site, body);
    assertThat(fourth.get(1)).isEqualTo("compiled");
    assertThat(fourth.get(0)).contains("color: black").doesNotContain("color: green");

    // and a changed body
    List<String> fifth = compile(site, body + "i { color: white; }\n");
    assertThat(fifth.get(1)).isEqualTo("compiled");
    assertThat(fifth.get(0)).contains("color: white");
  }
}
