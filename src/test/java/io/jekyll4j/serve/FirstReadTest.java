package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server sets Jetty up once the first build has read the site: the builder says when (after
 * a build that read the site, and after one that failed before), and never keeps it waiting past
 * its time limit.
 */
class FirstReadTest {
  @TempDir Path tmp;

  private Path site(String config) throws Exception {
    Path src = tmp.resolve("site");
    Files.createDirectories(src.resolve("_posts"));
    Files.writeString(src.resolve("_config.yml"), config);
    Files.writeString(src.resolve("index.html"), "---\n---\n{{ site.posts.size }}\n");
    Files.writeString(src.resolve("_posts/2024-01-01-a.md"), "---\ntitle: A\n---\nA\n");
    return src;
  }

  @Test
  void theWaitEndsWhenTheFirstBuildHasReadTheSite() throws Exception {
    Path src = site("title: t\n");
    Pipeline pipeline = new Pipeline(BuildOptions.of(src, tmp.resolve("out")));
    AtomicInteger reads = new AtomicInteger();
    PipelineSiteBuilder builder = new PipelineSiteBuilder(pipeline, List.of());
    // before any build: the wait gives up at its limit
    long t = System.nanoTime();
    builder.awaitFirstRead(200);
    assertThat((System.nanoTime() - t) / 1_000_000).isGreaterThanOrEqualTo(190);
    Thread build = new Thread(() -> builder.build(SourceChanges.everything()));
    build.start();
    t = System.nanoTime();
    builder.awaitFirstRead(60_000);
    assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(30_000);
    build.join();
    assertThat(tmp.resolve("out/index.html")).hasContent("1\n");
    // the pipeline says so after each read
    pipeline.onRead(reads::incrementAndGet);
    pipeline.build();
    pipeline.build();
    assertThat(reads).hasValue(2);
  }

  @Test
  void aFirstBuildThatFailsBeforeReadingEndsTheWaitToo() throws Exception {
    Path src = site("title: [unclosed\n");
    PipelineSiteBuilder builder = new PipelineSiteBuilder(new Pipeline(BuildOptions.of(src, tmp.resolve("out"))), List.of());
    assertThat(builder.build(SourceChanges.everything()).failure()).isPresent();
    long t = System.nanoTime();
    builder.awaitFirstRead(30_000);
    assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(1_000);
  }

  @Test
  void jettyIsToldHowManyReferencesFitACacheLineUnlessTheUserSaid() {
    String key = "org.eclipse.jetty.util.referencesPerCacheLine";
    String before = System.getProperty(key);
    try {
      System.clearProperty(key);
      DevServer.spareJettyTheMBeanServer();
      assertThat(System.getProperty(key)).isEqualTo("16");
      System.setProperty(key, "8");
      DevServer.spareJettyTheMBeanServer();
      assertThat(System.getProperty(key)).isEqualTo("8");
    } finally {
      if (before == null) System.clearProperty(key); else System.setProperty(key, before);
    }
  }
}
