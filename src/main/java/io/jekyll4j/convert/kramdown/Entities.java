package io.jekyll4j.convert.kramdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML 4 named character references kramdown knows (resource {@code html-entities.txt}),
 * with code points 128-159 read as their Windows-1252 characters, as kramdown does.
 */
final class Entities {
  private Entities() {}

  /** A character reference: its code point and its name when it has one. */
  record Entity(int codePoint, String name) {
    String chars() {
      return new String(Character.toChars(codePoint));
    }
  }

  private static final Map<String, Entity> BY_NAME = new HashMap<>();
  private static final Map<Integer, Entity> BY_CODE = new HashMap<>();

  static {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Entities.class.getResourceAsStream("/io/jekyll4j/convert/html-entities.txt"),
        StandardCharsets.UTF_8))) {
      Map<Integer, Integer> remap = new HashMap<>();
      for (String line; (line = r.readLine()) != null; ) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 2) continue;
        if (parts[0].startsWith("#")) {
          remap.put(Integer.parseInt(parts[0].substring(1)), Integer.parseInt(parts[1]));
        } else {
          Entity e = new Entity(Integer.parseInt(parts[1]), parts[0]);
          BY_NAME.put(e.name(), e);
          BY_CODE.put(e.codePoint(), e);
        }
      }
      remap.forEach((from, to) -> BY_CODE.put(from, BY_CODE.get(to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Entity> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The entity for a code point (named when kramdown knows a name); null when invalid. */
  static Entity byCodePoint(int cp) {
    if (cp < 0 || cp > 0x10FFFF) return null;
    Entity e = BY_CODE.get(cp);
    return e != null ? e : new Entity(cp, null);
  }
}
