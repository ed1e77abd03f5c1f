package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses and the Jekyll-named flags. */
class MainTest {
  @TempDir Path tmp;

  @Test
  void buildWritesTheSiteAndExitsZero() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\n{{ site.title }}\n");
    Files.writeString(tmp.resolve("_config.yml"), "title: Hi\n");
    int code = Main.commandLine().execute("build", "-q", "-s", tmp.toString(), "-d", tmp.resolve("_site").toString());
    assertThat(code).isZero();
    assertThat(tmp.resolve("_site/index.html")).hasContent("Hi\n");
  }

  @Test
  void configFilesAreMergedInOrderAndBaseurlFlagWins() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\n{{ site.title }} {{ site.a.b }} {{ site.a.c }} {{ site.baseurl }}\n");
    Files.writeString(tmp.resolve("_config.yml"), "title: One\na: {b: 1, c: 2}\nbaseurl: /x\n");
    Files.writeString(tmp.resolve("more.yml"), "title: Two\na: {c: 3}\n");
    int code = Main.commandLine().execute(
        "b", "-q", "-s", tmp.toString(), "--config", tmp.resolve("_config.yml") + "," + tmp.resolve("more.yml"), "-b", "/y");
    assertThat(code).isZero();
    assertThat(tmp.resolve("_site/index.html")).hasContent("Two 1 3 /y\n");
  }

  @Test
  void buildErrorExitsOne() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\n{% if %}\n");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.err;
    int code;
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      code = Main.commandLine().execute("build", "-q", "-s", tmp.toString());
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(1);
    // the user's mistake is named with its file and line, even with -q
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("index.html:3");
  }

  @Test
  void cleanRemovesTheDestination() throws IOException {
    Files.createDirectories(tmp.resolve("_site/x"));
    int code = Main.commandLine().execute("clean", "-q", "-s", tmp.toString());
    assertThat(code).isZero();
    assertThat(tmp.resolve("_site")).doesNotExist();
  }

  /** A plugin jekyll4j lacks: Jekyll's "Dependency Error:" line and exit status 1. */
  @Test
  void aMissingPluginIsJekyllsDependencyError() throws IOException {
    Files.writeString(tmp.resolve("_config.yml"), "plugins: [jekyll-nonexist]\n");
    Files.writeString(tmp.resolve("index.html"), "hi\n");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.err;
    int code;
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      code = Main.commandLine().execute("build", "-q", "-s", tmp.toString(), "-d", tmp.resolve("_site").toString());
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("  Dependency Error: Yikes! It looks like you don't have jekyll-nonexist or one of its"
            + " dependencies installed.");
  }
}
