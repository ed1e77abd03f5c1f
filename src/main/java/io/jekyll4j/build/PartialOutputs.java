package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.url.Router;
import io.jekyll4j.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outputs of a partial rebuild, found without visiting every output: the previous build's
 * hashes and source maps are kept, and only the re-rendered items and the edited static files
 * are hashed again. Used only when the previous build had no output conflicts (so no other
 * item can win an output path a re-rendered item writes) and the planner kept every URL.
 */
final class PartialOutputs {
  /** What to write (changed paths only; a missing entry deletes) and the new state. */
  final Map<String, SiteWriter.Output> outputs = new TreeMap<>();
  final Map<String, String> hashes;
  final Map<String, String> maps;
  final Set<String> changed = new HashSet<>();

  private PartialOutputs(Map<String, String> previousHashes, Map<String, String> previousMaps) {
    this.hashes = new TreeMap<>(previousHashes);
    this.maps = new HashMap<>(previousMaps);
  }

  /**
   * Collects the outputs of the {@code rendered} items and of the static files among
   * {@code edited}; everything else keeps its previous hash.
   */
  static PartialOutputs collect(Site site, java.util.List<Convertible> rendered, Set<String> edited,
      Router router, Function<String, Optional<String>> sourceMap, WriteOrder writeOrder,
      Map<String, String> previousHashes, Map<String, String> previousMaps) {
    PartialOutputs out = new PartialOutputs(previousHashes, previousMaps);
    for (Convertible item : rendered) out.item(item, router, sourceMap, writeOrder);
    if (!edited.isEmpty()) {
      for (StaticFile f : site.staticFiles()) {
        if (edited.contains(f.relativePath()) && writeOrder.writes(f)) {
          out.copy(WriteOrder.outputPath(router, f), f);
        }
      }
    }
    return out;
  }

  private void item(Convertible item, Router router, Function<String, Optional<String>> sourceMap,
      WriteOrder writeOrder) {
    String path = WriteOrder.outputPath(router, item);
    String rel = item.relativePath();
    if (item instanceof Document d && !writeOrder.writes(d)) {
      drop(path);
      drop(path + ".map");
      maps.remove(rel);
      return;
    }
    put(path, SiteWriter.Output.of(item.output().getBytes(StandardCharsets.UTF_8)));
    Optional<String> map = sourceMap.apply(rel);
    if (map.isPresent()) {
      maps.put(rel, map.get());
      put(path + ".map", SiteWriter.Output.of(map.get().getBytes(StandardCharsets.UTF_8)));
    } else {
      maps.remove(rel);
      drop(path + ".map");
    }
  }

  private void copy(String path, StaticFile f) {
    try {
      record(path, SiteWriter.Output.copy(f.file()), sha1(Files.readAllBytes(f.file())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void put(String path, SiteWriter.Output output) {
    record(path, output, sha1(output.bytes()));
  }

  private void record(String path, SiteWriter.Output output, String hash) {
    String before = hashes.put(path, hash);
    if (!hash.equals(before)) {
      changed.add(path);
      outputs.put(path, output);
    }
  }

  private void drop(String path) {
    if (hashes.remove(path) != null) {
      changed.add(path);
      outputs.remove(path);
    }
  }

  static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
