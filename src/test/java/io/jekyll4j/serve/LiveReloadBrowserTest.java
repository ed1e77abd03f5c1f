package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Live reload seen from a real (headless) Chromium: edits show up without the test reloading. */
class LiveReloadBrowserTest {
  @TempDir Path tmp;
  Path src;
  DevServer server;
  ChromeDriver chrome;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(HeadlessChrome.browser().isPresent() && HeadlessChrome.driver().isPresent(),
        "chromium and chromedriver are needed for the browser test");
    src = FixtureSites.copy("serve-basic", tmp.resolve("site"));
    server = DevServer.start(src, new ServeOptions("127.0.0.1", 0, "", true, true),
        FixtureSites.pipeline(src, src.resolve("_site")), line -> { });
    server.awaitFirstBuild();
    chrome = HeadlessChrome.start(tmp.resolve("profile"));
  }

  @AfterEach
  void stop() throws Exception {
    if (chrome != null) {
      chrome.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path p = src.resolve(rel);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) chrome).executeScript(script);
  }

  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private void awaitConnected() throws InterruptedException {
    await("live reload connected", () -> server.hub().clientsWithKnownPage() >= 1);
  }

  private String bodyText() {
    return (String) js("return document.body ? document.body.innerText : ''");
  }

  @Test
  void editsReloadTheOpenPageSwapCssInPlaceAndShowErrorsInAnOverlay() throws Exception {
    chrome.get(server.address() + "about/");
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.tagName("main")).getText().contains("on purpose"));
    awaitConnected();

    edit("about.md", "It is **small** on purpose.", "It is **tiny** now.");
    await("edited Markdown shown", () -> bodyText().contains("It is tiny now."));
    awaitConnected();

    js("window.__marker = 'kept';");
    assertThat(js("return getComputedStyle(document.body).color")).isEqualTo("rgb(255, 0, 0)");
    edit("css/style.scss", "rgb(255, 0, 0)", "rgb(0, 0, 255)");
    await("new stylesheet applied", () -> "rgb(0, 0, 255)".equals(
        js("return getComputedStyle(document.body).color")));
    assertThat(js("return window.__marker")).isEqualTo("kept");

    edit("about.md", "It is **tiny** now.", "It is {% nosuchtag %} broken.");
    await("error overlay shown", () -> (Boolean) js(
        "var o = document.getElementById('jekyll4j-error-overlay');"
            + "return !!o && o.innerText.indexOf('about.md:8') >= 0"));
    assertThat(bodyText()).contains("It is tiny now.");
    assertThat(js("return window.__marker")).isEqualTo("kept");

    edit("about.md", "It is {% nosuchtag %} broken.", "It is fixed.");
    await("overlay gone and fixed text shown", () -> (Boolean) js(
        "return !document.getElementById('jekyll4j-error-overlay')"
            + " && document.body.innerText.indexOf('It is fixed.') >= 0"));
  }
}
