package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.render.OrderedRender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The outputs of a full build that is still rendering, by output path: {@code serve} answers the
 * first requests from here instead of waiting for the whole site. A rendered output comes from
 * rendering its item ahead of its turn ({@link OrderedRender#renderNow}), which gives the bytes
 * the build then writes; a static file is its source file, which the build copies unchanged.
 * Only the paths the build will write are here, each with the item Jekyll's write order lets
 * win (pages, static files, documents; the later one wins).
 */
public final class EarlyOutputs {
  /** One output: rendered text, or a file copied as it is. */
  public sealed interface Output {
    /** A rendered item's output. */
    record Rendered(byte[] bytes) implements Output {}

    /** A static file of the source, written unchanged. */
    record Copied(Path file) implements Output {}
  }

  private final Map<String, Convertible> rendered = new HashMap<>();
  private final Map<String, Path> copied = new HashMap<>();
  private final Set<String> folders = new HashSet<>();
  private final OrderedRender order;
  private final Consumer<Convertible> render;

  private EarlyOutputs(OrderedRender order, Consumer<Convertible> render) {
    this.order = order;
    this.render = render;
  }

  /** What the full render about to start ({@code order}) will write, by output path. */
  static EarlyOutputs of(Site site, WriteOrder writeOrder, OrderedRender order, Consumer<Convertible> render) {
    EarlyOutputs early = new EarlyOutputs(order, render);
    writeOrder.visit(site, new WriteOrder.Visitor() {
      @Override
      public void rendered(String outputPath, Convertible item) {
        early.copied.remove(outputPath);
        early.rendered.put(outputPath, item);
        early.addFolders(outputPath);
      }

      @Override
      public void copied(String outputPath, StaticFile file) {
        early.rendered.remove(outputPath);
        early.copied.put(outputPath, file.file());
        early.addFolders(outputPath);
      }
    });
    return early;
  }

  private void addFolders(String outputPath) {
    for (int slash = outputPath.lastIndexOf('/'); slash > 0; slash = outputPath.lastIndexOf('/', slash - 1)) {
      if (!folders.add(outputPath.substring(0, slash))) return;
    }
  }

  /** Every output path the build writes (sorted). */
  public java.util.SortedSet<String> paths() {
    java.util.SortedSet<String> all = new java.util.TreeSet<>(rendered.keySet());
    all.addAll(copied.keySet());
    return all;
  }

  /** Whether the build writes a file at this output path (relative, no leading slash). */
  public boolean isFile(String outputPath) {
    return rendered.containsKey(outputPath) || copied.containsKey(outputPath);
  }

  /** Whether the build writes files under this folder (relative, no slashes around). */
  public boolean isFolder(String outputPath) {
    return folders.contains(outputPath);
  }

  /**
   * The output at this path; renders its item now if no render thread has yet. Throws the
   * item's render error (the build fails with it too).
   */
  public Optional<Output> get(String outputPath) {
    Path file = copied.get(outputPath);
    if (file != null) return Optional.of(new Output.Copied(file));
    Convertible item = rendered.get(outputPath);
    if (item == null) return Optional.empty();
    order.renderNow(item, render);
    String out = item.output();
    return Optional.of(new Output.Rendered((out == null ? "" : out).getBytes(StandardCharsets.UTF_8)));
  }
}
