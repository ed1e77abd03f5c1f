package io.jekyll4j.convert;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Jekyll's disk cache ({@code Jekyll::Cache}, {@code .jekyll-cache/}) for jekyll4j's converters:
 * converted Markdown keyed by its content, as Jekyll's Markdown converter keys it, and compiled
 * stylesheets keyed by their content together with every file their imports read or looked for.
 *
 * <p>A conversion is a function of its input, the site's configuration and jekyll4j's own code, so
 * the file is used only when all three are the same: its header holds the printed
 * configuration (Jekyll clears its caches when {@code config.inspect} changes) and of the jar that
 * wrote it. Nothing read from it is trusted further: a file that does not read back whole is
 * ignored and written again. Like Jekyll, the disk is not used in safe mode or with
 * {@code disable_disk_cache}; the cache then lives only in memory, for one build (or one
 * {@code serve}).
 *
 * <p>The file is read on a thread of its own while the site is read, and written after rendering
 * only when this build converted something new or no longer needs an entry: it then holds what
 * this build used (Jekyll's files only ever grow). Thread-safe.
 *
 * <p>Converted Markdown is the bulk of the file (every text with its HTML: 60 MB for 10,000
 * posts), and most of it is not needed until the render gets to it. So the file is read into one
 * array and only its index is read at once: each text's hash code and lengths. A text is decoded
 * and compared when a conversion of a text with its hash code is asked for, its HTML only when it
 * matches ({@link Stored}). Loading 10,000 texts costs the first page of {@code serve} a read,
 * not 120 MB of strings made and copied by the collector.
 */
public final class ConversionCache {
  /** The file's format; a file of another format is ignored. */
  private static final int MAGIC = 0x4a344a43; // "J4JC"
  private static final int FORMAT = 3;

  /** The file on disk (read on its own thread from the start); empty for a cache in memory. */
  private final Optional<io.jekyll4j.config.CacheFile> file;
  private final String fingerprint;
  private final Map<String, Markdown> markdown = new ConcurrentHashMap<>();
  private final Map<String, Stylesheet> stylesheets = new ConcurrentHashMap<>();
  /** The Markdown read from disk and not yet asked for; null when there is none (or once saved). */
  private volatile Stored stored;
  /** The build each entry was last used in; entries of earlier builds are dropped on save. */
  private volatile int generation = 1;
  private volatile boolean changed;

  /** One converted Markdown text and the last build that used it. */
  private static final class Markdown {
    final String html;
    volatile int used;

    Markdown(String html, int used) {
      this.html = html;
      this.used = used;
    }
  }

  /**
   * One compiled stylesheet: the page it was compiled for ({@code file}), its input (the page's
   * body as read, and as converted after Liquid), its output and messages, the files its imports
   * looked for ({@code probes}: path, base folder, then whether it was taken as a candidate) and
   * read ({@code reads}: path, then its bytes as ISO-8859-1), and the last build that used it.
   */
  public static final class Stylesheet {
    final String file;
    final String body;
    final String content;
    final String css;
    final String map;
    final List<String> messages;
    final List<String> probes;
    final List<String> reads;
    volatile int used;

    Stylesheet(String file, String body, String content, String css, String map, List<String> messages,
        List<String> probes, List<String> reads) {
      this.file = file;
      this.body = body;
      this.content = content;
      this.css = css;
      this.map = map;
      this.messages = List.copyOf(messages);
      this.probes = List.copyOf(probes);
      this.reads = List.copyOf(reads);
    }
  }

  private ConversionCache(Optional<Path> file, String fingerprint) {
    this.fingerprint = fingerprint;
    this.file = file.map(f -> new io.jekyll4j.config.CacheFile(f, () -> load(f), "jekyll4j-cache-read"));
  }

  /** A cache kept in memory only. */
  public static ConversionCache inMemory() {
    return new ConversionCache(Optional.empty(), "");
  }

  /**
   * The cache of a site whose cache folder is {@code cacheDir} (Jekyll's {@code cache_dir}, inside
   * the source), for a configuration printed as {@code config}. Jekyll writes a
   * {@code .gitignore} into the folder that ignores all of it; so does this.
   */
  public static ConversionCache onDisk(Path cacheDir, String config) {
    try {
      Files.createDirectories(cacheDir);
      Path ignore = cacheDir.resolve(".gitignore");
      if (!Files.exists(ignore)) {
        Files.writeString(ignore, "# ignore everything in this directory\n*\n");
      }
    } catch (IOException e) {
      // a read-only source: the cache stays in memory
      return inMemory();
    }
    return new ConversionCache(Optional.of(file(cacheDir)),
        config + "\n" + CodeIdentity.VALUE);
  }

  /**
   * The settings the built-in converters read, printed: {@code markdown} (which converter,
   * {@link ConverterRegistry}), {@code markdown_ext}, {@code highlighter} and {@code kramdown}
   * ({@code KramdownOptions}), {@code commonmark} ({@link CommonMarkConverter}) and {@code sass}
   * ({@link ScssConverter}, whose cache key adds its load paths). Jekyll clears its caches on any
   * change of the configuration; this cache is kept across the changes that cannot alter a
   * conversion (the destination, {@code url} under {@code serve}, titles, collections...). A
   * converter that comes to read another setting must add it here.
   */
  public static String converterSettings(Map<String, Object> config) {
    StringBuilder sb = new StringBuilder();
    for (String key : List.of("markdown", "markdown_ext", "highlighter", "kramdown", "commonmark", "sass")) {
      sb.append(key).append('=').append(config.get(key)).append('\n');
    }
    return sb.toString();
  }

  /** What identifies jekyll4j's own code (see {@link CodeIdentity}); other caches are keyed by it too. */
  public static String codeIdentity() {
    return CodeIdentity.VALUE;
  }

  /** Where the cache of a site is kept with Jekyll's default {@code cache_dir}. */
  public static Path defaultFile(Path source) {
    return file(source.resolve(".jekyll-cache"));
  }

  private static Path file(Path cacheDir) {
    return cacheDir.resolve("jekyll4j").resolve("conversions.bin");
  }

  /** Whether this cache is kept on disk between builds. */
  public boolean onDisk() {
    return file.isPresent();
  }

  /** Starts the next build: entries it does not use are dropped when it is saved. */
  public void nextBuild() {
    generation++;
  }

  /** Jekyll's {@code @cache.getset(content) { convert }} for Markdown. */
  public String markdown(String content, UnaryOperator<String> convert) {
    awaitLoad();
    Markdown hit = markdown.get(content);
    int g = generation;
    if (hit == null) {
      Stored s = stored;
      String html = s == null ? null : s.html(content);
      if (html != null) {
        hit = markdown.putIfAbsent(content, new Markdown(html, g));
        if (hit == null) {
          s.taken.incrementAndGet();
          return html;
        }
      }
    }
    if (hit != null) {
      if (hit.used != g) {
        hit.used = g;
      }
      return hit.html;
    }
    String html = convert.apply(content);
    markdown.put(content, new Markdown(html, g));
    changed = true;
    return html;
  }

  /** The stylesheet compiled last from {@code key} (extension, path and content), if any. */
  Optional<Stylesheet> stylesheet(String key) {
    awaitLoad();
    return Optional.ofNullable(stylesheets.get(key));
  }

  /** Any stylesheet cached for the page {@code file} (for deciding whether to start Sass early). */
  List<Stylesheet> stylesheetsOf(String file) {
    awaitLoad();
    List<Stylesheet> out = new ArrayList<>();
    for (Stylesheet s : stylesheets.values()) {
      if (s.file.equals(file)) out.add(s);
    }
    return out;
  }

  void used(Stylesheet s) {
    s.used = generation;
  }

  void putStylesheet(String key, Stylesheet s) {
    s.used = generation;
    stylesheets.put(key, s);
    changed = true;
  }

  /**
   * After a full render (which used all the site needs): drops the entries this build did not use
   * and, when anything changed, writes the file (to a
   * new file first, then moved over the old one). A failure to write leaves the old file or none:
   * the next build converts again.
   */
  public void save() {
    awaitLoad();
    int g = generation;
    if (markdown.values().removeIf(m -> m.used != g)) changed = true;
    if (stylesheets.values().removeIf(s -> s.used != g)) changed = true;
    Stored s = stored;
    stored = null; // what this build did not ask for is dropped, as above
    if (s != null && s.taken.get() < s.size) changed = true;
    if (!changed || file.isEmpty()) return;
    if (file.get().write(this::write)) changed = false;
  }

  private void write(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    writeString(out, fingerprint);
    List<Map.Entry<String, Markdown>> entries = List.copyOf(markdown.entrySet());
    List<byte[]> texts = new ArrayList<>();
    for (Map.Entry<String, Markdown> e : entries) {
      texts.add(e.getKey().getBytes(StandardCharsets.UTF_8));
      texts.add(e.getValue().html.getBytes(StandardCharsets.UTF_8));
    }
    // the index (hash code, lengths), then the texts: see Stored
    out.writeInt(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      out.writeInt(entries.get(i).getKey().hashCode());
      out.writeInt(texts.get(2 * i).length);
      out.writeInt(texts.get(2 * i + 1).length);
    }
    for (byte[] b : texts) out.write(b);
    out.writeInt(stylesheets.size());
    for (Map.Entry<String, Stylesheet> e : stylesheets.entrySet()) {
      Stylesheet s = e.getValue();
      writeString(out, e.getKey());
      writeString(out, s.file);
      writeString(out, s.body == null ? "" : s.body);
      out.writeBoolean(s.body != null);
      writeString(out, s.content);
      writeString(out, s.css);
      out.writeBoolean(s.map != null);
      writeString(out, s.map == null ? "" : s.map);
      writeList(out, s.messages);
      writeList(out, s.probes);
      writeList(out, s.reads);
    }
    out.writeInt(MAGIC);
  }

  private void load(Path f) {
    if (!Files.isRegularFile(f)) return;
    Map<String, Stylesheet> css = new java.util.HashMap<>();
    Stored md;
    try {
      ByteBuffer in = contents(f);
      if (in.getInt() != MAGIC || in.getInt() != FORMAT || !readString(in).equals(fingerprint)) return;
      md = Stored.read(in);
      int n = in.getInt();
      for (int i = 0; i < n; i++) {
        String key = readString(in);
        String file = readString(in);
        String body = readString(in);
        if (in.get() == 0) body = null;
        String content = readString(in);
        String out = readString(in);
        boolean hasMap = in.get() != 0;
        String map = readString(in);
        css.put(key, new Stylesheet(file, body, content, out, hasMap ? map : null, readList(in), readList(in),
            readList(in)));
      }
      if (in.getInt() != MAGIC || in.hasRemaining()) return;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return; // unreadable: converted again, and the file rewritten
    }
    // entries from disk count as unused until this build asks for them
    stored = md.size == 0 ? null : md;
    stylesheets.putAll(css);
  }

  /**
   * The file's bytes: mapped (its pages are the system's file cache, not 60 MB of new heap the
   * system must zero first), but read into an array on Windows, where a mapped file cannot be
   * replaced until the collector frees the mapping.
   */
  private static ByteBuffer contents(Path f) throws IOException {
    if (System.getProperty("os.name", "").startsWith("Windows")) return ByteBuffer.wrap(Files.readAllBytes(f));
    try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(f)) {
      return c.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, c.size());
    }
  }

  /**
   * The Markdown of the file as read: its index (per text, its {@link String#hashCode} and the
   * lengths of it and its HTML in UTF-8) and, after it, the texts and their HTML. Looking up a
   * text reads only the entries with its hash code and decodes the HTML of the one equal to it.
   */
  private static final class Stored {
    final ByteBuffer bytes;
    final int size;
    /** The numbers of the entries with each hash code (one, nearly always). */
    final Map<Integer, int[]> byHash;
    /** Per entry: where its text starts and its length, then where its HTML starts and its length. */
    final int[] at;
    /** How many entries the build has taken (moved to the cache's map). */
    final java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();

    private Stored(ByteBuffer bytes, int size, Map<Integer, int[]> byHash, int[] at) {
      this.bytes = bytes;
      this.size = size;
      this.byHash = byHash;
      this.at = at;
    }

    static Stored read(ByteBuffer in) throws IOException {
      int n = in.getInt();
      if (n < 0 || n > in.remaining() / 12) throw new IOException("bad count");
      int[] hashes = new int[n];
      int[] at = new int[4 * n];
      long pos = in.position() + 12L * n;
      for (int i = 0; i < n; i++) {
        hashes[i] = in.getInt();
        int keyLength = in.getInt();
        int htmlLength = in.getInt();
        if (keyLength < 0 || htmlLength < 0) throw new IOException("bad length");
        at[4 * i] = (int) pos;
        at[4 * i + 1] = keyLength;
        pos += keyLength;
        at[4 * i + 2] = (int) pos;
        at[4 * i + 3] = htmlLength;
        pos += htmlLength;
        if (pos > in.limit()) throw new IOException("truncated");
      }
      in.position((int) pos);
      Map<Integer, int[]> byHash = new java.util.HashMap<>(n * 4 / 3 + 1);
      for (int i = 0; i < n; i++) {
        int[] before = byHash.get(hashes[i]);
        int[] now = before == null ? new int[1] : java.util.Arrays.copyOf(before, before.length + 1);
        now[now.length - 1] = i;
        byHash.put(hashes[i], now);
      }
      return new Stored(in.duplicate(), n, byHash, at);
    }

    /** The HTML stored for {@code text}, or null. */
    String html(String text) {
      int[] entries = byHash.get(text.hashCode());
      if (entries == null) return null;
      for (int i : entries) {
        String html = htmlIfSame(i, text);
        if (html != null) return html;
      }
      return null;
    }

    private String htmlIfSame(int i, String text) {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      if (b.length != at[4 * i + 1] || bytes.slice(at[4 * i], b.length).mismatch(ByteBuffer.wrap(b)) >= 0) return null;
      byte[] html = new byte[at[4 * i + 3]];
      bytes.get(at[4 * i + 2], html);
      return new String(html, StandardCharsets.UTF_8);
    }
  }

  private void awaitLoad() {
    file.ifPresent(io.jekyll4j.config.CacheFile::awaitLoad);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(ByteBuffer in) throws IOException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) throw new IOException("bad length");
    byte[] b = new byte[n];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void writeList(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) writeString(out, s);
  }

  private static List<String> readList(ByteBuffer in) throws IOException {
    int n = in.getInt();
    if (n < 0) throw new IOException("bad length");
    List<String> out = new ArrayList<>(Math.min(n, 1024));
    for (int i = 0; i < n; i++) out.add(readString(in));
    return out;
  }

  /**
   * What identifies jekyll4j's own code: the jar's path, size and time, or for classes in a
   * folder (a development build) the times of the converters' and highlighters' class files.
   * Another jekyll4j never reads this one's conversions.
   */
  static final class CodeIdentity {
    static final String VALUE = compute();

    private static String compute() {
      try {
        var source = ConversionCache.class.getProtectionDomain().getCodeSource();
        if (source == null) return "unknown-" + System.nanoTime();
        Path p = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(p)) {
          return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
        }
        StringBuilder sb = new StringBuilder(p.toString());
        for (String pkg : List.of("io/jekyll4j/convert", "io/jekyll4j/highlight")) {
          Path dir = p.resolve(pkg);
          if (!Files.isDirectory(dir)) continue;
          try (var files = Files.walk(dir)) {
            for (Path c : (Iterable<Path>) files.sorted()::iterator) {
              if (Files.isRegularFile(c)) sb.append(' ').append(c.getFileName()).append(Files.getLastModifiedTime(c).toMillis());
            }
          }
        }
        return sb.toString();
      } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
        return "unknown-" + System.nanoTime(); // never matches a file: nothing is reused
      }
    }
  }

  /** Reads a file whole for the stylesheet checks, or null when it cannot be read. */
  static byte[] bytesOrNull(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
