package io.jekyll4j.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A stand-in for the pipeline: {@code x.md} becomes {@code x/index.html} (or {@code index.html}
 * for {@code index.md}) wrapped in a page that links {@code /style.css}, {@code .scss} becomes
 * {@code .css} verbatim, anything else is copied. A line containing {@code {% broken} fails the
 * build at that file and line, leaving the previous output untouched.
 */
final class FakeSiteBuilder implements SiteBuilder {
  private final Path source;
  private final Path destination;
  final List<SourceChanges> batches = new CopyOnWriteArrayList<>();

  FakeSiteBuilder(Path source, Path destination) {
    this.source = source;
    this.destination = destination;
  }

  @Override
  public BuildReport build(SourceChanges changes) {
    batches.add(changes);
    long start = System.nanoTime();
    try {
      Map<String, byte[]> out = new TreeMap<>();
      for (Path file : files(source)) {
        String rel = source.relativize(file).toString().replace('\\', '/');
        if (ignores(rel)) {
          continue;
        }
        Optional<BuildFailure> failure = render(rel, Files.readAllBytes(file), out);
        if (failure.isPresent()) {
          return BuildReport.failed(failure.get(), Duration.ofNanos(System.nanoTime() - start));
        }
      }
      Set<String> changed = write(out);
      return BuildReport.success(changed, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<BuildFailure> render(String rel, byte[] bytes, Map<String, byte[]> out) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("{% broken")) {
        return Optional.of(new BuildFailure("Liquid syntax error: unknown tag 'broken'",
            Optional.of(rel), i + 1));
      }
    }
    if (rel.endsWith(".md")) {
      String base = rel.substring(0, rel.length() - 3);
      String target = base.endsWith("index") ? base + ".html" : base + "/index.html";
      String html = "<!DOCTYPE html><html><head><title>" + base
          + "</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body><main><p>"
          + text.trim() + "</p></main></body></html>\n";
      out.put(target, html.getBytes(StandardCharsets.UTF_8));
    } else if (rel.endsWith(".scss")) {
      out.put(rel.substring(0, rel.length() - 5) + ".css", bytes);
    } else {
      out.put(rel, bytes);
    }
    return Optional.empty();
  }

  private Set<String> write(Map<String, byte[]> out) throws IOException {
    Set<String> changed = new HashSet<>();
    for (Path old : files(destination)) {
      String rel = destination.relativize(old).toString().replace('\\', '/');
      if (!out.containsKey(rel)) {
        Files.delete(old);
        changed.add(rel);
      }
    }
    for (Map.Entry<String, byte[]> e : out.entrySet()) {
      Path target = destination.resolve(e.getKey());
      if (Files.isRegularFile(target)
          && MessageDigest.isEqual(hash(Files.readAllBytes(target)), hash(e.getValue()))) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
      changed.add(e.getKey());
    }
    return changed;
  }

  private static byte[] hash(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Override
  public Path destination() {
    return destination;
  }

  @Override
  public boolean ignores(String relativePath) {
    return relativePath.equals("_site") || relativePath.startsWith("_site/")
        || relativePath.equals(".git") || relativePath.startsWith(".git/");
  }
}
