package io.jekyll4j.serve;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Finds Chromium and its driver on the PATH (or {@code CHROME_BIN} / {@code CHROMEDRIVER}) and
 * starts a headless browser with a fresh profile; tests skip when either is missing.
 */
final class HeadlessChrome {
  private HeadlessChrome() {}

  static Optional<Path> browser() {
    return fromEnv("CHROME_BIN").or(() -> onPath("chromium", "chromium-browser", "google-chrome"));
  }

  static Optional<Path> driver() {
    return fromEnv("CHROMEDRIVER").or(() -> onPath("chromedriver"));
  }

  /**
   * Selenium's java.util.logging warnings (no CDP implementation for this Chrome version) say
   * nothing about the test, which drives the page without CDP: kept for the logger, not the console.
   */
  private static final java.util.logging.Logger SELENIUM_DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
  private static final java.util.logging.Logger SELENIUM_CHROMIUM = java.util.logging.Logger.getLogger("org.openqa.selenium.chromium");

  static {
    SELENIUM_DEVTOOLS.setLevel(java.util.logging.Level.SEVERE);
    SELENIUM_CHROMIUM.setLevel(java.util.logging.Level.SEVERE);
  }

  static ChromeDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser().orElseThrow().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver().orElseThrow().toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10));
    return chrome;
  }

  private static Optional<Path> fromEnv(String name) {
    return Optional.ofNullable(System.getenv(name)).map(Path::of).filter(Files::isExecutable);
  }

  private static Optional<Path> onPath(String... names) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n)))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
