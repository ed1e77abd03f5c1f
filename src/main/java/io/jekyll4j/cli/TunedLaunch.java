package io.jekyll4j.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Re-runs {@code build} and {@code serve} in a child JVM started with flags tuned for them.
 *
 * <p>{@code java -jar} cannot take JVM options from the manifest, and with the default tiered
 * compilation a one-shot build spends more CPU in the C2 compiler than in the build itself. Both
 * children run with the C1 compiler only. For {@code serve} that is what puts the first page in a
 * browser within a second and a half at 1,000 posts (C2 compiling at start-up took a core away
 * from the first build: 1.8-2.2 s), and it costs nothing after: an edit re-renders a handful of
 * items, which C2 would not have compiled by then either (reload message after an edit, median of
 * 20 at 1,000 posts: 23 ms with C1 only, 27 ms with C2). Both also get the parallel collector
 * and a small young generation: {@code serve} on 10,000 posts peaks at about 400 MB instead of
 * 1,235 MB with G1, with the same reload times (its young collections are short; the old
 * generation is mostly the site). The parallel collector stops the build as the serial one does,
 * but collects on every core: a 10,000-post build takes 0.91 of the serial collector's time, a
 * 1,000-post one 0.93-0.97, a one-page one the same, for 3% more memory.
 *
 * <p>The first run writes a dynamic Class Data Sharing archive (keyed by jar and JVM) to the user's
 * cache folder ({@link #cacheDirectory()}; {@code JEKYLL4J_CDS_DIR} chooses another, {@code off}
 * none), and later runs map it instead of loading, verifying and linking the same 3,000 classes
 * again: the bulk of a small site's build time. On Java 25 and later it is an AOT cache instead
 * ({@link #usesAotCache}): the first run records its training and the cache is made from it before
 * the parent returns. {@code JEKYLL4J_RELAUNCH=0} turns all this off (one JVM, default flags).
 *
 * <p>The parent only waits: Ctrl-C reaches both (one process group); a signal to the parent alone
 * is passed on to the child, and a child whose parent is gone stops ({@link #watchParent}).
 */
final class TunedLaunch {
  static final String CHILD_PROPERTY = "jekyll4j.child";

  private final Path jar;
  private final Path java;
  private final Optional<Path> cacheDir;

  private TunedLaunch(Path jar, Path java, Optional<Path> cacheDir) {
    this.jar = jar;
    this.java = java;
    this.cacheDir = cacheDir;
  }

  /** A launcher when {@code args} run build or serve and the process can re-run itself from a jar. */
  static Optional<TunedLaunch> forArgs(String[] args) {
    if (System.getProperty(CHILD_PROPERTY) != null) return Optional.empty();
    if ("0".equals(System.getenv("JEKYLL4J_RELAUNCH"))) return Optional.empty();
    if (relaunched(args).isEmpty()) return Optional.empty();
    Optional<Path> jar = ownJar();
    Optional<Path> java = javaLauncher();
    if (jar.isEmpty() || java.isEmpty()) return Optional.empty();
    return Optional.of(new TunedLaunch(jar.get(), java.get(), cacheDirectory()));
  }

  /**
   * This JVM's own {@code java}, from {@code java.home}: the parent only starts the child, so it
   * stays lean (no lambdas or streams to bootstrap, no {@code ProcessHandle} info read from /proc).
   */
  private static Optional<Path> javaLauncher() {
    String home = System.getProperty("java.home");
    if (home == null || home.isBlank()) return Optional.empty();
    Path java = Path.of(home, "bin", "java");
    return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
  }

  /** {@code build} or {@code serve} when the arguments run one of them (by name or alias). */
  static Optional<String> relaunched(String[] args) {
    if (args.length == 0) return Optional.empty();
    return switch (args[0]) {
      case "build", "b" -> Optional.of("build");
      case "serve", "s", "server" -> Optional.of("serve");
      default -> Optional.empty();
    };
  }

  /**
   * In a child: stops this JVM (running its shutdown hooks: the server closes, no staging folder
   * is left) when the parent is gone, for instance killed with SIGKILL, which cannot be passed on.
   */
  static void watchParent() {
    // "exec": the launcher script replaced itself with this JVM, whose parent is the user's shell
    if (!"1".equals(System.getProperty(CHILD_PROPERTY))) return;
    Thread watch = new ParentWatch();
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * Registers the parent's exit on a thread of its own: looking the parent up starts the JDK's
   * process reaper, a completion stage and their lambdas (some 20-50 ms at start-up), which the
   * build need not wait for. A class, not a lambda, for the same reason.
   */
  private static final class ParentWatch extends Thread {
    ParentWatch() {
      super("jekyll4j-parent-watch");
    }

    @Override
    public void run() {
      ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
    }
  }

  /** Runs the child, waits for it (also through Ctrl-C) and returns its exit status. */
  int run(String[] args) throws IOException, InterruptedException {
    int feature = javaFeature();
    boolean aot = usesAotCache(feature);
    boolean serve = relaunched(args).equals(Optional.of("serve"));
    Optional<Path> archive = cacheDir.isPresent() ? Optional.of(cacheDir.get().resolve(archiveName(aot, serve))) : Optional.empty();
    Optional<Path> dumping = Optional.empty();
    List<String> given = inputArguments();
    // what the user chose, also in the environment (which the child's java reads again itself)
    List<String> chosen = withEnvironmentOptions(given);
    List<String> jvm = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1"));
    // two collectors are an error: a collector the user chose wins
    if (!choosesCollector(chosen)) jvm.add("-XX:+UseParallelGC");
    // a small young generation: the same speed with about a third less memory (1,000 posts:
    // 197 MB to 149 MB peak RSS); the user's own sizing wins
    if (!sizesYoungGeneration(chosen)) jvm.add("-Xmn64m");
    // an AOT cache cannot be combined with -Xshare
    if (!aot) jvm.add("-Xshare:auto");
    // no hsperfdata file in the temporary folder (made, mapped and removed on every run: about
    // 2% of a one-page build); jcmd PID still attaches, jps no longer lists the build
    if (!mentions(chosen, "UsePerfData")) jvm.add("-XX:-UsePerfData");
    jvm.add("-Xlog:disable");
    jvm.add("-Xlog:all=error:stderr");
    jvm.addAll(quietUnsafe(feature));
    jvm.addAll(localeData(feature));
    List<String> cmd = new ArrayList<>(jvm);
    if (archive.isPresent()) {
      boolean present = Files.isRegularFile(archive.get());
      if (!present) dumping = Optional.of(archive.get().resolveSibling(archive.get().getFileName() + "." + ProcessHandle.current().pid()));
      cmd.addAll(archiveFlags(aot, archive.get(), present ? Optional.empty() : dumping));
    }
    cmd.addAll(given);
    cmd.add("-D" + CHILD_PROPERTY + "=1");
    cmd.addAll(List.of("-cp", jar.toString(), Launch.class.getName()));
    cmd.addAll(List.of(args));
    Process child = new ProcessBuilder(cmd).inheritIO().start();
    Optional<Path> partial = dumping;
    // a server ends when stopped (Ctrl-C, SIGTERM): the archive its JVM wrote at that exit is
    // whole and is kept, or serve would never get one; a Java 25 cache needs a second step: not kept
    boolean keepWhenStopped = !aot && serve;
    Thread waiter = new Waiter(child, partial, keepWhenStopped ? archive : Optional.empty());
    Runtime.getRuntime().addShutdownHook(waiter);
    int code = child.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(waiter);
    } catch (IllegalStateException e) {
      return code; // interrupted: the hook waits for the child and cleans up
    }
    if (dumping.isPresent() && aot) {
      if (code == 0) assemble(jvm, given, dumping.get());
      Files.deleteIfExists(recording(dumping.get()));
      if (!Files.isRegularFile(dumping.get())) return code;
    }
    if (dumping.isPresent()) publish(dumping.get(), archive.get(), keepWhenStopped && stopped(code) ? 0 : code);
    return code;
  }

  /**
   * Java 24 and later warn on standard error, at the first call, about sun.misc.Unsafe's memory
   * access methods (JEP 471, 498), which the protobuf library of the bundled Sass compiler uses: a
   * site with a stylesheet printed four lines of warnings. The option (Java 23 and later) allows
   * them as before.
   */
  static List<String> quietUnsafe(int javaFeature) {
    return javaFeature >= 24 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
  }

  /**
   * Java 17 to 20: locale data from the JDK's own tables ({@code COMPAT}) instead of CLDR's.
   * Liquid's engine sets up Jackson, whose date format asks for a calendar's first day of the
   * week; CLDR answers only after loading its supplemental data, a twentieth of a one-page
   * build's CPU. jekyll4j asks the JDK for English month and day names alone (permalinks'
   * {@code :short_month} and the like), which both give alike; Java 21 warns that {@code COMPAT}
   * goes away, so it is left out there. A {@code -Djava.locale.providers} of the user's comes
   * later on the command line and wins.
   */
  static List<String> localeData(int javaFeature) {
    return javaFeature < 21 ? List.of("-Djava.locale.providers=COMPAT") : List.of();
  }

  /**
   * Java 25 and later: an AOT cache (JEP 483, 514, 515: classes loaded and linked, lambdas,
   * method profiles) instead of the dynamic class-data archive; it maps in less time than Java
   * 17's archive takes, and the two cannot be combined.
   */
  static boolean usesAotCache(int javaFeature) {
    return javaFeature >= 25;
  }

  /**
   * The child's flags for the class archive at {@code archive}: it maps it, or when {@code partial}
   * is given (the archive is missing) writes a new one there: Java 17-24 at its exit; Java 25 and
   * later records its training next to it ({@link #recording}), from which {@link #assemble} then
   * makes the cache. This is JEP 514's
   * {@code -XX:AOTCacheOutput} in two steps: in one, the JVM prints on stdout and its assembling
   * JVM prints "Picked up JAVA_TOOL_OPTIONS" on stderr, which a quiet build must not.
   */
  static List<String> archiveFlags(boolean aot, Path archive, Optional<Path> partial) {
    if (aot && partial.isEmpty()) return List.of("-XX:AOTCache=" + archive);
    if (aot) {
      // the recording JVM says on stdout where it wrote its configuration: not in a build's output
      return List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + recording(partial.get()),
          "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput");
    }
    if (partial.isEmpty()) {
      // map the archive where it was made when that address is free, instead of always moving
      // it and patching its pointers (Java 17's default): about 0.1 s of CPU on every run; a
      // later JVM without this diagnostic flag ignores it
      return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+IgnoreUnrecognizedVMOptions",
          "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    }
    return List.of("-XX:ArchiveClassesAtExit=" + partial.get());
  }

  /** Where a recording run of {@code partial} writes its training (Java 25 and later). */
  static Path recording(Path partial) {
    return partial.resolveSibling(partial.getFileName() + ".aotconf");
  }

  /**
   * Makes the AOT cache {@code partial} from the recorded run, with the child's flags and class
   * path (the cache is only used by a JVM that matches them); its messages are not the build's.
   */
  private void assemble(List<String> jvm, List<String> given, Path partial) throws InterruptedException {
    List<String> cmd = new ArrayList<>(jvm);
    cmd.addAll(given);
    cmd.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + recording(partial), "-XX:AOTCache=" + partial,
        "-cp", jar.toString()));
    try {
      Process create = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      Thread waiter = new Waiter(create, Optional.of(partial), Optional.empty());
      Runtime.getRuntime().addShutdownHook(waiter);
      int code = create.waitFor();
      Runtime.getRuntime().removeShutdownHook(waiter);
      if (code != 0) Files.deleteIfExists(partial);
    } catch (IOException | IllegalStateException e) {
      // no cache this time: the next run records again
    }
  }

  /** {@code given} and the options of {@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS}. */
  static List<String> withEnvironmentOptions(List<String> given) {
    List<String> all = new ArrayList<>(given);
    for (String name : new String[] {"JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS"}) {
      String env = System.getenv(name);
      if (env == null || env.isBlank()) continue;
      for (String a : env.trim().split("\\s+")) all.add(a);
    }
    return all;
  }

  /** This JVM's feature release (17, 21, 25...), without {@code Runtime.version()}'s parser. */
  static int javaFeature() {
    String v = System.getProperty("java.specification.version", "");
    try {
      return Integer.parseInt(v.startsWith("1.") ? v.substring(2) : v);
    } catch (NumberFormatException e) {
      return Runtime.version().feature();
    }
  }

  private static boolean mentions(List<String> given, String flag) {
    for (String a : given) {
      if (a.contains(flag)) return true;
    }
    return false;
  }

  /**
   * The JVM options this JVM was started with, passed on to the child: {@code
   * RuntimeMXBean#getInputArguments} without the management set-up it costs (20 ms of the
   * parent's 0.1 s) where {@code /proc/self/cmdline} says it plainly: the arguments before
   * {@code -jar} or the main class, none of them an argument file or an option whose value is
   * the next argument. Anything else asks the MXBean. The options of {@code JDK_JAVA_OPTIONS} and
   * {@code JAVA_TOOL_OPTIONS}, which the MXBean adds, the child takes from the environment itself.
   */
  static List<String> inputArguments() {
    Optional<List<String>> plain = plainOptions(Path.of("/proc/self/cmdline"));
    return plain.isPresent() ? plain.get() : ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  /** The options of a command line as /proc gives it (NUL after each argument), when plain. */
  static Optional<List<String>> plainOptions(Path cmdline) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(cmdline);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    List<String> argv = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        argv.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    List<String> options = new ArrayList<>();
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.startsWith("@")) return Optional.empty();
      if (a.equals("-jar") || !a.startsWith("-")) return Optional.of(options);
      if (a.startsWith("--") || a.equals("-cp") || a.equals("-classpath") || a.equals("-p")
          || a.equals("-m") || a.equals("--source")) {
        return Optional.empty();
      }
      options.add(a);
    }
    return Optional.empty(); // no -jar nor main class: not a command line this parser knows
  }

  private static boolean sizesYoungGeneration(List<String> given) {
    for (String a : given) {
      if (a.startsWith("-Xmn") || a.startsWith("-XX:NewSize") || a.startsWith("-XX:MaxNewSize")) return true;
    }
    return false;
  }

  /** The shutdown hook of the parent (a class, not a lambda: no bootstrap in the parent). */
  private static final class Waiter extends Thread {
    private final Process child;
    private final Optional<Path> partial;
    private final Optional<Path> keptAs;

    /** {@code keptAs}: where the partial archive goes when the child ends as a stopped server. */
    Waiter(Process child, Optional<Path> partial, Optional<Path> keptAs) {
      this.child = child;
      this.partial = partial;
      this.keptAs = keptAs;
    }

    @Override
    public void run() {
      awaitQuietly(child, partial, keptAs);
    }
  }

  /** The exit status of a JVM that a SIGINT or SIGTERM stopped (its shutdown hooks ran). */
  static boolean stopped(int code) {
    return code == 130 || code == 143;
  }

  /** Whether the JVM options (given, or from the environment the child inherits) pick a GC. */
  static boolean choosesCollector(List<String> given) {
    for (String a : withEnvironmentOptions(given)) {
      if (a.startsWith("-XX:+Use") && a.endsWith("GC")) return true;
    }
    return false;
  }

  /**
   * The parent is stopping: Ctrl-C reached the child too, a signal sent to the parent alone did
   * not, so pass it on (SIGTERM: the child shuts down cleanly). The parent outlives the child so
   * the shell sees its end.
   */
  private static void awaitQuietly(Process child, Optional<Path> partial, Optional<Path> keptAs) {
    try {
      child.destroy();
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      } else if (partial.isPresent() && keptAs.isPresent() && (stopped(child.exitValue()) || child.exitValue() == 0)) {
        publish(partial.get(), keptAs.get(), 0);
        return;
      }
      if (partial.isPresent()) {
        Files.deleteIfExists(partial.get());
        Files.deleteIfExists(recording(partial.get()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a stale partial archive is harmless: it is never used
    }
  }

  private static void publish(Path written, Path archive, int code) {
    try {
      if (code == 0 && Files.size(written) > 0) {
        Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        dropOtherArchives(archive);
      } else {
        Files.deleteIfExists(written);
      }
    } catch (IOException e) {
      // no archive this time: the next run tries again
    }
  }

  /** Archives of earlier jars are never used again (each is 15-30 MB); the other command's stays. */
  static void dropOtherArchives(Path kept) throws IOException {
    String name = kept.getFileName().toString();
    String kind = name.substring(0, name.indexOf('-'));
    String extension = name.substring(name.lastIndexOf('.'));
    // a build's names go on with the hex digits of their key, a server's with "serve-"
    String glob = kind + (name.startsWith(kind + "-serve-") ? "-serve-*" : "-[0-9a-f]*") + extension;
    try (var others = Files.newDirectoryStream(kept.getParent(), glob)) {
      for (Path p : others) {
        if (!p.equals(kept)) Files.deleteIfExists(p);
      }
    }
  }

  /**
   * The archive is only valid for this jar and this JVM. {@code serve} has one of its own: a
   * build's archive holds no server classes (Jetty, the watcher), a server's none of a build's
   * last steps, and whichever command ran first would otherwise make it for both (10,000 posts:
   * serve's first page 1.6-2.4 s with a build's archive, 1.3-1.6 s with its own).
   */
  static String archiveName(Path jar, Path java, boolean aot, boolean serve) {
    long size = 0;
    long modified = 0;
    try {
      size = Files.size(jar);
      modified = Files.getLastModifiedTime(jar).toMillis();
    } catch (IOException e) {
      // keyed by path and JVM only
    }
    String key = jar + "|" + size + "|" + modified + "|" + java + "|" + System.getProperty("java.runtime.version")
        + "|" + System.getProperty("java.vm.version");
    String name = (serve ? "serve-" : "") + Integer.toHexString(key.hashCode()) + Long.toHexString(size);
    return aot ? "aot-" + name + ".aot" : "cds-" + name + ".jsa";
  }

  private String archiveName(boolean aot, boolean serve) {
    return archiveName(jar, java, aot, serve);
  }

  private static Optional<Path> ownJar() {
    try {
      var source = Launch.class.getProtectionDomain().getCodeSource();
      if (source == null) return Optional.empty();
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The folder for the CDS archive: {@code JEKYLL4J_CDS_DIR} when set ({@code off} or {@code 0}:
   * none), otherwise jekyll4j's folder in the user's cache ({@code $XDG_CACHE_HOME/jekyll4j}, else
   * {@code ~/.cache/jekyll4j}). No folder, or one that cannot be written: no archive, same build.
   */
  static Optional<Path> cacheDirectory() {
    return cacheDirectory(System.getenv("JEKYLL4J_CDS_DIR"), System.getenv("XDG_CACHE_HOME"),
        System.getProperty("user.home"));
  }

  static Optional<Path> cacheDirectory(String chosen, String xdgCache, String home) {
    Path dir;
    if (chosen != null) {
      if (chosen.isBlank() || chosen.equals("off") || chosen.equals("0")) return Optional.empty();
      dir = Path.of(chosen);
    } else if (xdgCache != null && !xdgCache.isBlank() && Path.of(xdgCache).isAbsolute()) {
      dir = Path.of(xdgCache, "jekyll4j");
    } else if (home != null && !home.isBlank()) {
      dir = Path.of(home, ".cache", "jekyll4j");
    } else {
      return Optional.empty();
    }
    try {
      Files.createDirectories(dir);
      return Files.isWritable(dir) ? Optional.of(dir) : Optional.empty();
    } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }
}
