package io.jekyll4j.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The dev server: serves the built site, rebuilds when the source changes and tells the open
 * pages through live reload. It binds first (so the site URL is known, even for port 0), then
 * builds and watches in parallel; requests wait for the first build.
 */
public final class DevServer implements AutoCloseable {
  /** Makes the builder once the server's own address (the development {@code site.url}) is known. */
  @FunctionalInterface
  public interface BuilderFactory {
    SiteBuilder open(String siteUrl);
  }

  private Server server;
  private final LiveReloadHub hub;
  private final CountDownLatch firstBuild = new CountDownLatch(1);
  private final List<Consumer<BuildReport>> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> SourceWatcher.daemon(r, "jekyll4j-batch"));
  private final ServeOptions options;
  private final Consumer<String> console;
  private RebuildLoop loop;
  private Optional<SourceWatcher> watcher = Optional.empty();
  private final java.util.List<SourceWatcher> outsideWatchers = new java.util.concurrent.CopyOnWriteArrayList<>();
  private int port;
  private volatile Optional<BuildReport> lastReport = Optional.empty();
  private volatile Optional<ServedSite> site = Optional.empty();
  private volatile Optional<SiteBuilder> builder = Optional.empty();

  private DevServer(ServeOptions options, Consumer<String> console) {
    this.options = options;
    this.console = console;
    this.hub = new LiveReloadHub(options.baseurl());
  }

  /** The longest the server's set-up waits for the first build to read the site. */
  private static final long FIRST_READ_WAIT_MILLIS = 3_000;

  /**
   * Starts serving {@code source}: binds, builds (asynchronously; requests wait for it) and
   * starts watching. Close the returned server to stop everything.
   */
  public static DevServer start(Path source, ServeOptions options, BuilderFactory factory,
      Consumer<String> console) throws Exception {
    DevServer dev = new DevServer(options, console);
    try {
      dev.run(source, factory);
    } catch (Exception | Error e) {
      dev.close();
      throw e;
    }
    return dev;
  }

  /**
   * Jetty's {@code MemoryUtils} (loaded with its thread pool's queue) asks the JVM's platform
   * MBean server whether object references are compressed, to pad its queue to a cache line,
   * unless {@code org.eclipse.jetty.util.referencesPerCacheLine} says how many fit: starting the
   * MBean server costs about 0.2 s of CPU at start-up, taken from the first build. 16 is the
   * answer for compressed references in 64-byte lines (every heap under 32 GB); with wider
   * references it only pads more. A value the user set is kept.
   */
  static void spareJettyTheMBeanServer() {
    if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
      System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }
  }

  private void run(Path source, BuilderFactory factory) throws Exception {
    spareJettyTheMBeanServer();
    // Bind with the JDK alone, then build while Jetty's classes load and it starts: setting Jetty
    // up costs a third of a second cold, and the first build need not wait for it.
    ServerSocketChannel channel = bind();
    SiteBuilder builder = factory.open(developmentUrl());
    this.builder = Optional.of(builder);
    ServedSite served = new ServedSite(builder.destination(), builder.previousDestination(),
        options.baseurl());
    this.site = Optional.of(served);
    loop = new RebuildLoop(builder, this::finished, console);
    loop.submit(SourceChanges.everything());
    // the first build reads the site on every core; Jetty's set-up (a third of a second of CPU,
    // cold) waits for that, then runs beside the build's single-threaded steps. Requests that
    // come meanwhile wait in the bound socket's queue.
    builder.awaitFirstRead(FIRST_READ_WAIT_MILLIS);
    QueuedThreadPool pool = new QueuedThreadPool(32, 2);
    pool.setName("jekyll4j-http");
    pool.setDaemon(true);
    server = new Server(pool);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    // %25 in a path is a literal '%' of a file name (a%20b.html is asked for as /a%2520b.html);
    // Jetty refuses it as ambiguous by default, but SitePathResolver decodes the raw path once
    connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class)
        .getHttpConfiguration().setUriCompliance(org.eclipse.jetty.http.UriCompliance.DEFAULT.with(
            "jekyll4j", org.eclipse.jetty.http.UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
    connector.setHost(options.host());
    connector.setPort(port);
    server.addConnector(connector);
    connector.open(channel);
    server.setHandler(handlers(served, builder));
    server.start();
    if (options.watch()) {
      ChangeBatcher batcher = new ChangeBatcher(timer, loop::submit, 15, 100, 250);
      SourceWatcher w = new SourceWatcher(source, builder::ignores, batcher);
      watcher = Optional.of(w);
      w.start();
      for (var outside : builder.watchedOutside().entrySet()) {
        SourceWatcher t = SourceWatcher.outside(outside.getKey(), outside.getValue().negate(), batcher);
        outsideWatchers.add(t);
        t.start();
      }
    }
  }

  /** Binds the listening socket as Jetty would (address reuse, its backlog); sets {@link #port}. */
  private ServerSocketChannel bind() throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.socket().setReuseAddress(true);
      channel.bind(new InetSocketAddress(options.host(), options.port()), 0);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
    return channel;
  }

  private org.eclipse.jetty.server.Handler handlers(ServedSite served, SiteBuilder builder) {
    if (!options.livereload()) {
      return new SiteHandler(served, Optional.empty(), Optional.empty(), firstBuild, builder);
    }
    SiteHandler site = new SiteHandler(served, Optional.of(new ReloadScriptInjector()),
        Optional.of(clientScript()), firstBuild, builder);
    WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server,
        c -> c.addMapping("/livereload", (rq, rs, cb) -> new LiveReloadSocket(hub)));
    ws.setHandler(site);
    return ws;
  }

  private static byte[] clientScript() {
    try (InputStream in = DevServer.class.getResourceAsStream("livereload.js")) {
      if (in == null) {
        throw new IllegalStateException("livereload.js missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void finished(BuildReport report) {
    if (report.succeeded()) {
      // a _config.yml edit may have moved the site: serve and announce it at its new place
      builder.flatMap(SiteBuilder::baseurl).ifPresent(b -> {
        site.ifPresent(s -> s.use(b));
        hub.useBaseurl(b);
      });
    }
    boolean first = lastReport.isEmpty();
    lastReport = Optional.of(report);
    firstBuild.countDown();
    // A page served during the first build was rendered as that build writes it, and a tab of an
    // earlier server reloads itself when it reconnects: a good first build has nothing to reload.
    if (!first || report.failure().isPresent()) hub.publish(report);
    listeners.forEach(l -> l.accept(report));
  }

  /** {@code http://host:port}, where the server listens. */
  public String origin() {
    return "http://" + hostForUrl(options.host()) + ":" + port;
  }

  /**
   * {@code site.url} in development, as {@code jekyll serve} sets it: the listening address,
   * with {@code 127.0.0.1} spelled {@code localhost}.
   */
  public String developmentUrl() {
    String host = options.host().equals("127.0.0.1") ? "localhost" : hostForUrl(options.host());
    return "http://" + host + ":" + port;
  }

  private static String hostForUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** The address to open ({@code Server address:}): origin plus baseurl and a slash. */
  public URI address() {
    String path = site.map(ServedSite::baseurl).orElse(options.baseurl()) + "/";
    String host = options.host().startsWith("[") ? options.host().substring(1, options.host().length() - 1)
        : options.host();
    try {
      // the multi-part constructor percent-encodes what a baseurl may hold (a space, say)
      return new URI("http", null, host, port, path, null, null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + origin() + path, e);
    }
  }

  public int port() {
    return port;
  }

  public LiveReloadHub hub() {
    return hub;
  }

  /** Blocks until the first build is done; returns its report. */
  public BuildReport awaitFirstBuild() throws InterruptedException {
    firstBuild.await();
    return lastReport.orElseThrow();
  }

  /** Calls {@code listener} after every build, on the build thread. */
  public void onBuild(Consumer<BuildReport> listener) {
    listeners.add(listener);
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    Exception failure = null;
    try {
      if (watcher.isPresent()) {
        watcher.get().close();
      }
      for (SourceWatcher t : outsideWatchers) t.close();
    } catch (IOException e) {
      failure = e;
    }
    timer.shutdownNow();
    if (loop != null) {
      loop.close();
    }
    firstBuild.countDown();
    try {
      if (server != null) server.stop();
    } catch (Exception e) {
      failure = e;
    }
    if (failure != null) {
      throw failure;
    }
  }
}
