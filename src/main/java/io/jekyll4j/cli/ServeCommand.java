package io.jekyll4j.cli;

import io.jekyll4j.api.BuildOutcome;
import io.jekyll4j.api.Jekyll4j;
import io.jekyll4j.api.ServeSettings;
import io.jekyll4j.api.SiteException;
import io.jekyll4j.api.SiteOptions;
import io.jekyll4j.api.SiteServer;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: builds, serves on 127.0.0.1:4000 and rebuilds on change, as {@code jekyll serve}. */
@Command(name = "serve", aliases = {"s", "server"}, versionProvider = Main.Version.class, description = "Serve your site locally")
public final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Mixin BuildFlags flags;

  @Option(names = {"-P", "--port"}, description = "Port to listen on (default: 4000)")
  int port = 4000;

  @Option(names = {"-H", "--host"}, description = "Host to bind to (default: 127.0.0.1)")
  String host = "127.0.0.1";

  @Option(names = {"-o", "--open-url"}, description = "Launch your site in a browser")
  boolean openUrl;

  @Option(names = {"-w", "--watch"}, negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Watch for changes and rebuild (default: on; --no-watch turns it off)")
  boolean watch = true;

  @Option(names = {"-l", "--livereload"}, negatable = true, defaultValue = "true",
      fallbackValue = "true",
      description = "Reload pages automatically on change (default: on; --no-livereload)")
  boolean livereload = true;

  @Option(names = "--livereload-port", hidden = true,
      description = "Accepted for compatibility: live reload shares the server's port")
  Integer livereloadPort;

  @Override
  public Integer call() throws Exception {
    Console console = new Console(System.out, System.err, flags.quiet);
    java.util.Optional<String> invalid = invalidAddress(host, port);
    if (invalid.isPresent()) {
      console.error("Error:", invalid.get());
      return 1;
    }
    SiteOptions base = flags.toSiteOptions();
    if (!java.nio.file.Files.isDirectory(base.source())) {
      console.error("Error:", "Source folder " + base.source() + " does not exist or is not a folder.");
      return 1;
    }
    ServeSettings settings = new ServeSettings(host, port, watch, livereload,
        Optional.ofNullable(flags.baseurl));
    SiteServer server;
    try {
      header(console, base);
      server = Jekyll4j.serve(base, settings, line -> console.info("", line.strip()), w -> console.warn("", w));
    } catch (SiteException e) {
      BuildCommand.report(console, e.error(), flags.trace);
      return 1;
    } catch (IOException e) {
      if (e instanceof BindException || e.getCause() instanceof BindException) {
        console.error("Error:", "Address already in use: " + host + ":" + port
            + " (another server running? try --port)");
        return 1;
      }
      throw e;
    }
    return run(server, console, base);
  }

  /**
   * Why {@code host:port} cannot be listened on, checked before anything is built: a port outside
   * 0-65535, a numeric IPv4 address with a part over 255, a name that does not resolve.
   */
  static java.util.Optional<String> invalidAddress(String host, int port) {
    if (port < 0 || port > 65535) {
      return java.util.Optional.of("Invalid port " + port + ": a port is a number from 0 to 65535 (--port).");
    }
    if (host == null || host.isBlank()) {
      return java.util.Optional.of("Invalid host '': give an address such as 127.0.0.1 (--host).");
    }
    if (host.matches("[0-9.]+")) {
      String[] parts = host.split("\\.", -1);
      boolean ok = parts.length == 4;
      for (String part : parts) {
        ok &= !part.isEmpty() && part.length() <= 3 && Integer.parseInt(part) <= 255;
      }
      if (!ok) {
        return java.util.Optional.of("Invalid host '" + host + "': not an IPv4 address (--host).");
      }
      return java.util.Optional.empty();
    }
    try {
      java.net.InetAddress.getByName(host);
      return java.util.Optional.empty();
    } catch (java.net.UnknownHostException | SecurityException e) {
      return java.util.Optional.of("Invalid host '" + host + "': unknown host (--host).");
    }
  }

  private int run(SiteServer server, Console console, SiteOptions base) throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        // shutting down anyway
      }
      stopped.countDown();
    }, "jekyll4j-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    BuildOutcome first = server.awaitFirstBuild();
    if (first.error().isPresent()) {
      console.error("Error:", first.error().get().describe());
    } else {
      console.info("", String.format("done in %.3f seconds.", first.total().toNanos() / 1e9));
    }
    if (watch) {
      console.info("Auto-regeneration:", "enabled for '" + base.source() + "'");
    } else {
      console.info("Auto-regeneration:", "disabled. Use --watch to enable.");
    }
    if (livereload) {
      console.info("LiveReload address:", server.origin() + "/livereload");
    }
    console.info("Server address:", server.address().toString());
    console.info("Server running...", "press ctrl-c to stop.");
    if (openUrl) {
      open(server.address().toString());
    }
    stopped.await();
    return 0;
  }

  private static void header(Console console, SiteOptions options) {
    BuildCommand.header(console, options, "enabled (rebuilds follow changes)");
  }

  private static void open(String url) {
    for (List<String> cmd : List.of(List.of("xdg-open", url), List.of("open", url))) {
      try {
        new ProcessBuilder(cmd).inheritIO().start();
        return;
      } catch (IOException e) {
        // try the next opener
      }
    }
  }
}
