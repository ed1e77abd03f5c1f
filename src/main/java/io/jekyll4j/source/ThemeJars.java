package io.jekyll4j.source;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Theme jars: a gem theme's folders ({@code _layouts}, {@code _includes}, {@code _sass},
 * {@code assets}, {@code _data}, {@code _config.yml}, and its gemspec) stored under {@code
 * META-INF/jekyll4j/themes/NAME/}. A theme found in a jar (on the theme path or the class path) is
 * unpacked once into a cache folder keyed by the jar's path, size and time, keeping each entry's
 * time, so the rest of the build reads it as it reads a gem's folder.
 */
public final class ThemeJars {
  /** Where a jar keeps its themes. */
  public static final String PREFIX = "META-INF/jekyll4j/themes/";

  private final Path cache;

  /** Unpacks into {@code cache}. */
  public ThemeJars(Path cache) {
    this.cache = cache.toAbsolutePath().normalize();
  }

  /** The default cache: {@code jekyll4j.themeCache}, else a folder in the temporary directory. */
  public static Path defaultCache() {
    String set = System.getProperty("jekyll4j.themeCache");
    if (set != null && !set.isBlank()) return Path.of(set);
    return Path.of(System.getProperty("java.io.tmpdir"),
        "jekyll4j-themes-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /** The names of the themes {@code jar} holds (none when it is no readable zip). */
  public static List<String> themesIn(Path jar) {
    TreeSet<String> names = new TreeSet<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        String n = entries.nextElement().getName();
        if (!n.startsWith(PREFIX)) continue;
        int slash = n.indexOf('/', PREFIX.length());
        if (slash > PREFIX.length()) names.add(n.substring(PREFIX.length(), slash));
      }
    } catch (IOException e) {
      return List.of();
    }
    return List.copyOf(names);
  }

  /** The jars directly in {@code dir} that hold the theme {@code name}, by file name. */
  static List<Path> jarsHolding(Path dir, String name) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
          .sorted().filter(p -> themesIn(p).contains(name)).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The theme {@code name} of {@code jar}, unpacked (or found unpacked by an earlier build). */
  public Path unpack(Path jar, String name) {
    try {
      Path real = jar.toRealPath();
      String which = hash(real + "\n" + name);
      String key = which + "-" + hash(Files.size(real) + "\n" + Files.getLastModifiedTime(real).toMillis());
      Path done = cache.resolve(key);
      if (Files.isDirectory(done.resolve(name))) return done.resolve(name);
      Files.createDirectories(cache);
      Path work = Files.createTempDirectory(cache, key + ".tmp");
      extract(real, name, work.resolve(name));
      try {
        Files.move(work, done, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
        deleteTree(work); // another build unpacked it meanwhile
      }
      dropEarlierCopies(which, key);
      return done.resolve(name);
    } catch (IOException e) {
      throw new BuildException(SourceLocation.of(jar.toString()),
          "Cannot read the " + name + " theme from " + jar + ": " + e.getMessage());
    }
  }

  private static void extract(Path jar, String name, Path folder) throws IOException {
    String prefix = PREFIX + name + "/";
    Path into = folder.toAbsolutePath().normalize(); // entries are compared with it once normalized
    Files.createDirectories(into);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (!e.getName().startsWith(prefix) || e.isDirectory()) continue;
        String rel = e.getName().substring(prefix.length());
        Path to = into.resolve(rel).normalize();
        if (rel.isEmpty() || !to.startsWith(into) || rel.contains("\\")) continue; // no way out of the theme
        Files.createDirectories(to.getParent());
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        FileTime time = e.getLastModifiedTime();
        if (time != null) Files.setLastModifiedTime(to, time);
      }
    }
  }

  /**
   * The theme {@code name} from the class path of {@code loader}: its folder when the class path
   * holds it as a folder (a build's {@code target/classes}), else the jar's copy unpacked.
   */
  public Optional<Path> fromClassPath(ClassLoader loader, String name) {
    for (String resource : List.of(PREFIX + name + "/", PREFIX + name + "/" + name + ".gemspec",
        PREFIX + name + "/_config.yml")) {
      URL url = loader.getResource(resource);
      if (url == null) continue;
      try {
        if (url.getProtocol().equals("file")) {
          Path p = Path.of(url.toURI());
          return Optional.of(resource.endsWith("/") ? p : p.getParent());
        }
        if (url.getProtocol().equals("jar") && url.openConnection() instanceof JarURLConnection c) {
          c.setUseCaches(false);
          URL file = c.getJarFileURL();
          if (file.getProtocol().equals("file")) return Optional.of(unpack(Path.of(file.toURI()), name));
        }
      } catch (IOException | URISyntaxException | IllegalArgumentException e) {
        // a location that is no plain file or jar: look at the next
      }
    }
    return Optional.empty();
  }

  /** Earlier copies of the same jar's theme (the jar was rebuilt since): best effort. */
  private void dropEarlierCopies(String which, String current) {
    try (Stream<Path> s = Files.list(cache)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(which + "-")
          && !p.getFileName().toString().equals(current) && !p.getFileName().toString().contains(".tmp")).toList()) {
        try {
          deleteTree(p);
        } catch (UncheckedIOException e) {
          // in use or gone: left for later
        }
      }
    } catch (IOException e) {
      // nothing to clean
    }
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> all = new ArrayList<>(s.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
