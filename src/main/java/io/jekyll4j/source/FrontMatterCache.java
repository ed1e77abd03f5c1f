package io.jekyll4j.source;

import io.jekyll4j.content.LazyBody;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The front matter of collection documents as the last read parsed it, kept in {@code
 * .jekyll-cache/jekyll4j/front-matter.bin} beside the conversion cache: a document whose file has
 * the size and modification time it had then is not read or parsed again; its front matter comes
 * from here and its body is read when first asked for ({@link LazyBody}). The first page of a
 * 10,000-post site then waits for 10,000 small records instead of 40 MB of text and 10,000 YAML
 * parses.
 *
 * <p>What is kept is only what a file alone decides: its YAML, parsed (a tree of the values the
 * YAML reader gives: text, numbers, booleans, dates, lists, sets, maps, binary), the line its body
 * starts on, and whether the body has {@code {{} or {@code {%}. A file whose front matter
 * warned (bad YAML, not a mapping, invalid UTF-8), holds another kind of value or one value in two
 * places (a YAML alias), or was read through a link, is not kept: it is read every time. Neither
 * is a file changed less than two seconds before it was read, so that a second change within the
 * file system's time step (same size) is never mistaken for the first. The file is read on a
 * thread of its own from the start of the build, used only when written by the same jekyll4j
 * (its code identity) and otherwise ignored, and written again after a read that parsed or no
 * longer needs an entry. Like the conversion cache, it is off in safe mode and with {@code
 * disable_disk_cache}.
 */
public final class FrontMatterCache {
  private static final int MAGIC = 0x4a344a46; // "J4JF"
  private static final int FORMAT = 1;
  /** Files changed this close before they were read are not kept (nanoseconds). */
  private static final long SETTLED = 2_000_000_000L;

  /** The file on disk (read on its own thread from the start); empty for no cache. */
  private final Optional<io.jekyll4j.config.CacheFile> file;
  private final String identity;
  /** What the last read kept, by source-relative path. */
  private volatile Map<String, Entry> loaded = Map.of();
  /** What this read keeps. */
  private final Map<String, Entry> kept = new ConcurrentHashMap<>();
  private volatile long readStarted;

  /**
   * One file's record: its size and time, whether its body may hold Liquid, and the parse. A
   * class, not a record: a record's first {@code equals} links its method handles, 40 ms of a
   * one-post build.
   */
  private static final class Entry {
    final long size;
    final long modified;
    final boolean mayHoldLiquid;
    final int bodyLine;
    final byte[] data;

    Entry(long size, long modified, boolean mayHoldLiquid, int bodyLine, byte[] data) {
      this.size = size;
      this.modified = modified;
      this.mayHoldLiquid = mayHoldLiquid;
      this.bodyLine = bodyLine;
      this.data = data;
    }

    boolean sameAs(Entry o) {
      return o == this || o != null && size == o.size && modified == o.modified && mayHoldLiquid == o.mayHoldLiquid
          && bodyLine == o.bodyLine && java.util.Arrays.equals(data, o.data);
    }
  }

  private FrontMatterCache(Optional<Path> file, String identity) {
    this.identity = identity;
    this.file = file.map(f -> new io.jekyll4j.config.CacheFile(f, () -> load(f), "jekyll4j-front-matter-read"));
  }

  /** No cache: every file is read. */
  public static FrontMatterCache none() {
    return new FrontMatterCache(Optional.empty(), "");
  }

  /** The cache in {@code cacheDir} (Jekyll's {@code cache_dir}), for jekyll4j's code {@code identity}. */
  public static FrontMatterCache onDisk(Path cacheDir, String identity) {
    return new FrontMatterCache(Optional.of(cacheDir.resolve("jekyll4j").resolve("front-matter.bin")), identity);
  }

  /** A full read begins: what it keeps is what it finds. */
  void startRead() {
    readStarted = System.currentTimeMillis() * 1_000_000L;
    kept.clear();
  }

  /**
   * The parse of {@code rel} as kept, with its body read from {@code path} when asked for; empty
   * when the file is not kept or has changed since.
   */
  Optional<SiteReader.ParsedFile> get(String rel, Path path, long size, long modified) {
    if (!file.isPresent() || size < 0) return Optional.empty();
    awaitLoad();
    Entry e = loaded.get(rel);
    if (e == null || e.size != size || e.modified != modified) return Optional.empty();
    Map<String, Object> data;
    try {
      data = readData(e.data);
    } catch (IOException | RuntimeException ex) {
      return Optional.empty();
    }
    kept.put(rel, e);
    LazyBody body = new LazyBody(() -> SiteReader.ParsedFile.bodyOf(path, rel), e.mayHoldLiquid);
    return Optional.of(new SiteReader.ParsedFile(data, null, e.bodyLine, null, body));
  }

  /**
   * Keeps the parse of a file just read (size and time as listed before reading it), when it can
   * be kept: see the class comment. {@code warned}: whether reading it reported anything.
   */
  void keep(String rel, long size, long modified, SiteReader.ParsedFile parsed, boolean warned) {
    if (!file.isPresent() || size < 0 || warned || parsed.notAMapping() != null || parsed.body() == null) return;
    if (modified > readStarted - SETTLED) return;
    byte[] data;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      DataOutputStream out = new DataOutputStream(bytes);
      if (!writeValue(out, parsed.data(), new IdentityHashMap<>())) return;
      out.flush();
      data = bytes.toByteArray();
    } catch (IOException e) {
      return;
    }
    kept.put(rel, new Entry(size, modified, io.jekyll4j.content.Convertible.mayHoldLiquid(parsed.body()), parsed.bodyLine(), data));
  }

  /**
   * After a full read: writes the file when what this read keeps differs from what it found (on
   * the calling thread; a failure leaves the old file or none).
   */
  public void save() {
    if (!file.isPresent()) return;
    awaitLoad();
    Map<String, Entry> now = Map.copyOf(kept);
    if (sameEntries(now, loaded)) return;
    boolean written = file.get().write(out -> {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      writeString(out, identity);
      out.writeInt(now.size());
      for (Map.Entry<String, Entry> en : now.entrySet()) {
        Entry e = en.getValue();
        writeString(out, en.getKey());
        out.writeLong(e.size);
        out.writeLong(e.modified);
        out.writeBoolean(e.mayHoldLiquid);
        out.writeInt(e.bodyLine);
        out.writeInt(e.data.length);
        out.write(e.data);
      }
      out.writeInt(MAGIC);
    });
    if (written) loaded = now;
  }

  /** Whether every path has the same record in both. */
  private static boolean sameEntries(Map<String, Entry> a, Map<String, Entry> b) {
    if (a.size() != b.size()) return false;
    for (Map.Entry<String, Entry> en : a.entrySet()) {
      if (!en.getValue().sameAs(b.get(en.getKey()))) return false;
    }
    return true;
  }

  private void load(Path f) {
    if (!Files.isRegularFile(f)) return;
    try {
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(f));
      if (in.getInt() != MAGIC || in.getInt() != FORMAT || !readString(in).equals(identity)) return;
      int n = in.getInt();
      if (n < 0) return;
      Map<String, Entry> map = new java.util.HashMap<>(Math.min(n, 1 << 20) * 4 / 3 + 1);
      for (int i = 0; i < n; i++) {
        String rel = readString(in);
        long size = in.getLong();
        long modified = in.getLong();
        boolean liquid = in.get() != 0;
        int bodyLine = in.getInt();
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) return;
        byte[] data = new byte[length];
        in.get(data);
        map.put(rel, new Entry(size, modified, liquid, bodyLine, data));
      }
      if (in.getInt() != MAGIC || in.hasRemaining()) return;
      loaded = map;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      // unreadable: every file is read, and the cache written again
    }
  }

  private void awaitLoad() {
    file.ifPresent(io.jekyll4j.config.CacheFile::awaitLoad);
  }

  // Values: a tag byte, then the value.
  private static final int NULL = 0, STRING = 1, TRUE = 2, FALSE = 3, INT = 4, LONG = 5, BIG = 6, DOUBLE = 7,
      DATE = 8, DATE_TIME = 9, OFFSET_DATE_TIME = 10, LIST = 11, SET = 12, MAP = 13, BINARY = 14;

  /** Writes a value; false when it holds something that is not kept (see the class comment). */
  static boolean writeValue(DataOutputStream out, Object v, IdentityHashMap<Object, Boolean> seen) throws IOException {
    if (v == null) {
      out.writeByte(NULL);
    } else if (v instanceof String s) {
      if (!wholeInUtf8(s)) return false;
      out.writeByte(STRING);
      writeString(out, s);
    } else if (v instanceof Boolean b) {
      out.writeByte(b ? TRUE : FALSE);
    } else if (v instanceof Integer i) {
      out.writeByte(INT);
      out.writeInt(i);
    } else if (v instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (v instanceof BigInteger b) {
      out.writeByte(BIG);
      writeString(out, b.toString());
    } else if (v instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeLong(Double.doubleToRawLongBits(d));
    } else if (v instanceof LocalDate d) {
      out.writeByte(DATE);
      writeString(out, d.toString());
    } else if (v instanceof LocalDateTime d) {
      out.writeByte(DATE_TIME);
      writeString(out, d.toString());
    } else if (v instanceof OffsetDateTime d) {
      out.writeByte(OFFSET_DATE_TIME);
      writeString(out, d.toLocalDateTime().toString());
      out.writeInt(d.getOffset().getTotalSeconds());
    } else if (v instanceof byte[] b) {
      out.writeByte(BINARY);
      out.writeInt(b.length);
      out.write(b);
    } else if (v.getClass() == ArrayList.class || v.getClass() == LinkedHashSet.class) {
      if (seen.put(v, Boolean.TRUE) != null) return false;
      java.util.Collection<?> c = (java.util.Collection<?>) v;
      out.writeByte(v instanceof List ? LIST : SET);
      out.writeInt(c.size());
      for (Object o : c) {
        if (!writeValue(out, o, seen)) return false;
      }
    } else if (v.getClass() == LinkedHashMap.class) {
      if (seen.put(v, Boolean.TRUE) != null) return false;
      Map<?, ?> m = (Map<?, ?>) v;
      out.writeByte(MAP);
      out.writeInt(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!writeValue(out, e.getKey(), seen) || !writeValue(out, e.getValue(), seen)) return false;
      }
    } else {
      return false;
    }
    return true;
  }

  /** False for a text with a lone surrogate (a YAML escape can make one), which UTF-8 cannot carry. */
  private static boolean wholeInUtf8(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) continue;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> readData(byte[] data) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(data);
    Object v = readValue(in);
    if (in.hasRemaining() || !(v instanceof LinkedHashMap)) throw new IOException("not a mapping");
    return (Map<String, Object>) v;
  }

  static Object readValue(ByteBuffer in) throws IOException {
    int tag = in.get();
    switch (tag) {
      case NULL: return null;
      case STRING: return readString(in);
      case TRUE: return Boolean.TRUE;
      case FALSE: return Boolean.FALSE;
      case INT: return in.getInt();
      case LONG: return in.getLong();
      case BIG: return new BigInteger(readString(in));
      case DOUBLE: return Double.longBitsToDouble(in.getLong());
      case DATE: return LocalDate.parse(readString(in));
      case DATE_TIME: return LocalDateTime.parse(readString(in));
      case OFFSET_DATE_TIME: return OffsetDateTime.of(LocalDateTime.parse(readString(in)), ZoneOffset.ofTotalSeconds(in.getInt()));
      case BINARY: {
        byte[] b = new byte[count(in)];
        in.get(b);
        return b;
      }
      case LIST: case SET: {
        int n = count(in);
        java.util.Collection<Object> c = tag == LIST ? new ArrayList<>(n) : new LinkedHashSet<>();
        for (int i = 0; i < n; i++) c.add(readValue(in));
        return c;
      }
      case MAP: {
        int n = count(in);
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) m.put(readValue(in), readValue(in));
        return m;
      }
      default: throw new IOException("bad value");
    }
  }

  private static int count(ByteBuffer in) throws IOException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) throw new IOException("bad length");
    return n;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(ByteBuffer in) throws IOException {
    byte[] b = new byte[count(in)];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Test hook: the paths the cache file holds now. */
  Set<String> keptPaths() {
    awaitLoad();
    return loaded.keySet();
  }
}
