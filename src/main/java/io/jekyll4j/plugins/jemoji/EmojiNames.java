package io.jekyll4j.plugins.jemoji;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * gemoji's emoji names (aliases) and each one's {@code image_filename}
 * ({@code unicode/1f604.png}), read from {@code EmojiReference.txt} of the Maven artifact
 * {@code com.vladsch.flexmark:flexmark-ext-emoji}, which lists GitHub's emoji: its
 * {@code githubFile} column is GitHub's image path, which is gemoji's file name (code points in
 * hex, without FE0F and 200D). As in gemoji 4, GitHub's own images (octocat, shipit, ...) are no
 * emoji: only the Unicode ones are kept. The list is that of gemoji 4.0 (Unicode 13); the
 * Unicode 14 and 15 names gemoji 4.1 added are not in it.
 */
final class EmojiNames {
  static final String RESOURCE = "/EmojiReference.txt";
  private static volatile Map<String, String> files;

  private EmojiNames() {}

  /** Name to image file ({@code unicode/1f604.png}); empty when the resource is missing. */
  static Map<String, String> files() {
    Map<String, String> f = files;
    if (f == null) {
      synchronized (EmojiNames.class) {
        if (files == null) files = load();
        f = files;
      }
    }
    return f;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    InputStream in = EmojiNames.class.getResourceAsStream(RESOURCE);
    if (in == null) return Map.of();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null) return Map.of();
      String[] columns = header.split("\t");
      int name = indexOf(columns, "shortcut");
      int file = indexOf(columns, "githubFile");
      for (String line; (line = r.readLine()) != null; ) {
        String[] row = line.split("\t", -1);
        if (row.length <= Math.max(name, file)) continue;
        String path = row[file].strip();
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        if (path.startsWith("unicode/")) out.put(row[name].strip(), path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  private static int indexOf(String[] columns, String name) {
    for (int i = 0; i < columns.length; i++) if (columns[i].strip().equals(name)) return i;
    throw new IllegalStateException("no column " + name + " in " + RESOURCE);
  }
}
