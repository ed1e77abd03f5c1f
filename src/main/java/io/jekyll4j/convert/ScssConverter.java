package io.jekyll4j.convert;

import com.sass_lang.embedded_protocol.OutputStyle;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import de.larsgrefer.sass.embedded.importer.FileImporter;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles {@code .scss}/{@code .sass} pages with the bundled Dart Sass, as
 * jekyll-sass-converter does: load paths are {@code sass.sass_dir} (default {@code _sass}) and
 * {@code sass.load_paths}, then a gem-based theme's {@code _sass}; the style is {@code sass.style} (default expanded). One compiler
 * process per build, used by one thread at a time.
 */
public final class ScssConverter implements AutoCloseable {
  private final List<Path> loadPaths;
  private final Path source;
  /**
   * Whether the output is compressed (else expanded). A flag, not the protocol's {@code
   * OutputStyle}: that enum's set-up initialises protobuf's runtime, 20 ms that a site without
   * stylesheets would pay.
   */
  private final boolean compressed;
  private final boolean sourceMaps;
  private final java.util.Map<String, String> maps = new java.util.concurrent.ConcurrentHashMap<>();
  private SassCompiler compiler;
  /** The compiler process being started ahead of the first stylesheet ({@link #prestart}), if it is. */
  private java.util.concurrent.FutureTask<SassCompiler> starting;
  private LoadPathImporter importer;
  /** The stylesheet being compiled, named in the compiler's warnings. */
  private String current = "-";
  /** Where the compiler's {@code @warn}, {@code @debug} and deprecation messages go. */
  private java.util.function.Consumer<String> messages = System.err::print;
  /** Stylesheets compiled by earlier builds (none: every stylesheet is compiled). */
  private ConversionCache cache;
  /** The bodies of the stylesheet pages as read, by path (what {@link #needsCompiler} saw). */
  private final java.util.Map<String, String> bodies = new java.util.concurrent.ConcurrentHashMap<>();
  /** The messages of the stylesheet being compiled, kept with it in the cache. */
  private List<String> captured;
  /**
   * The cached stylesheets whose imports {@link #needsCompiler} found unchanged in this build:
   * {@link #convert} takes them without reading those files again. Emptied by
   * {@link #startBuild}.
   */
  private final java.util.Set<ConversionCache.Stylesheet> checked =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  public ScssConverter(Path source, java.util.Map<String, Object> sassConfig) {
    this(source, sassConfig, java.util.Optional.empty());
  }

  /** A converter that also imports from a theme's Sass folder, after the site's load paths. */
  public ScssConverter(Path source, java.util.Map<String, Object> sassConfig, java.util.Optional<Path> themeSass) {
    this.source = source.toAbsolutePath().normalize();
    List<Path> paths = new ArrayList<>();
    Object dir = sassConfig.get("sass_dir");
    paths.add(source.resolve(io.jekyll4j.config.SourcePath.relative(source, dir == null || String.valueOf(dir).isEmpty() ? "_sass" : String.valueOf(dir))));
    Object extra = sassConfig.get("load_paths");
    if (extra instanceof List<?> l) for (Object o : l) paths.add(source.resolve(String.valueOf(o)));
    themeSass.ifPresent(paths::add);
    this.loadPaths = paths;
    // `style: :compressed` (a Ruby Symbol in YAML, a ":compressed" string once read) compresses as in Jekyll
    this.compressed = "compressed".equals(String.valueOf(sassConfig.get("style")).replaceFirst("^:", ""));
    this.sourceMaps = !"never".equals(String.valueOf(sassConfig.get("sourcemap")));
  }

  /**
   * The source map written beside a compiled stylesheet ({@code sourcemap} is {@code always} by
   * default in jekyll-sass-converter), keyed by the stylesheet's source-relative path.
   */
  public java.util.Optional<String> sourceMap(String file) {
    return java.util.Optional.ofNullable(maps.get(file));
  }

  /** Keeps compiled stylesheets in {@code cache}, and takes them from it while their inputs are the same. */
  public synchronized void cacheIn(ConversionCache cache) {
    this.cache = cache;
  }

  public boolean matches(String extension) {
    return extension.equals(".scss") || extension.equals(".sass");
  }

  /** Compiles one stylesheet; {@code file} is its source-relative path, for messages. */
  public synchronized String convert(String content, String extension, String file, Path fileDir) {
    String key = cache == null ? null : cacheKey(content, extension, file);
    if (key != null) {
      java.util.Optional<ConversionCache.Stylesheet> hit = cache.stylesheet(key);
      if (hit.isPresent() && (checked.contains(hit.get()) || unchanged(hit.get()))) {
        ConversionCache.Stylesheet s = hit.get();
        cache.used(s);
        s.messages.forEach(messages);
        if (s.map != null) maps.put(file, s.map);
        return s.css;
      }
    }
    try {
      if (compiler == null) {
        compiler = started();
        importer = new LoadPathImporter(new ArrayList<>(loadPaths), source);
        compiler.registerImporter(importer);
        compiler.setQuietDeps(true);
        compiler.setLoggingHandler(event -> {
          String message = sassMessage(event.getFormatted(), current);
          if (captured != null) captured.add(message);
          messages.accept(message);
        });
        // Jekyll's converter leaves Sass's charset option on: non-ASCII output gets @charset (or a BOM).
        compiler.setEmitCharset(true);
        for (String d : List.of("import", "global-builtin", "slash-div")) {
          compiler.addSilenceDeprecation(d);
        }
      }
      current = file;
      // jekyll-sass-converter gives Sass the page's file URL: its relative imports resolve from
      // its own folder first, whichever stylesheet was compiled before it
      importer.entryDir = fileDir;
      importer.entryFile = fileDir.resolve(file.substring(file.lastIndexOf('/') + 1)).toAbsolutePath().normalize();
      Syntax syntax = extension.equals(".sass") ? Syntax.INDENTED : Syntax.SCSS;
      compiler.setGenerateSourceMaps(sourceMaps);
      compiler.setSourceMapIncludeSources(sourceMaps);
      captured = new ArrayList<>();
      importer.probes = new ArrayList<>();
      importer.reads = new ArrayList<>();
      var result = compiler.compileString(content, syntax, compressed ? OutputStyle.COMPRESSED : OutputStyle.EXPANDED);
      String css = result.getCss();
      // Compressed output with non-ASCII characters starts with a byte-order mark in Dart Sass
      // (its charset option); Jekyll's Sass (libsass) writes no charset marker there.
      if (css.startsWith("\uFEFF")) css = css.substring(1);
      if (sourceMaps && !result.getSourceMap().isEmpty()) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        maps.put(file, relativeSources(result.getSourceMap(), name));
        css = css + "\n\n/*# sourceMappingURL=" + base + ".css.map */";
      }
      css = css.isEmpty() ? css : css + "\n";
      if (key != null && importer.reads != null) {
        cache.putStylesheet(key, new ConversionCache.Stylesheet(file, bodies.get(file), content, css, maps.get(file),
            captured, importer.probes, importer.reads));
      }
      return css;
    } catch (SassCompilationFailedException e) {
      var failure = e.getCompileFailure();
      int line = failure.hasSpan() ? failure.getSpan().getStart().getLine() + 1 : 0;
      String url = failure.hasSpan() ? failure.getSpan().getUrl() : "";
      java.util.Optional<String> partial = partialName(url);
      if (partial.isPresent()) {
        // the error is in an imported file: name it and its own line, and the entry file after it
        throw new BuildException(new SourceLocation(partial.get(), line),
            "Sass error: " + failure.getMessage() + " (imported by " + file + ")", e);
      }
      // a line of the entry file's content: ItemRenderer adds the lines of its front matter
      throw new BuildException(new SourceLocation(file, line), "Sass error: " + failure.getMessage(), e);
    } catch (IOException e) {
      throw new BuildException(SourceLocation.of(file), "Sass compiler failed: " + e.getMessage(), e);
    } finally {
      captured = null;
      if (importer != null) {
        importer.probes = null;
        importer.reads = null;
      }
    }
  }

  /**
   * What a compiled stylesheet depends on besides its text: its path (its folder is searched
   * first), the load paths, the output style and source maps; the rest of the configuration is
   * in the cache's own key.
   */
  private String cacheKey(String content, String extension, String file) {
    return file + "\0" + extension + "\0" + loadPaths + "\0" + (compressed ? "COMPRESSED" : "EXPANDED") + "\0" + sourceMaps + "\0" + content;
  }

  /**
   * Whether every file the stylesheet's imports looked for is still there or still missing, and
   * every file they read still holds the same bytes: then Sass would compile the same output.
   */
  private boolean unchanged(ConversionCache.Stylesheet s) {
    for (String probe : s.probes) {
      String[] p = probe.split("\0", 3);
      if (p.length != 3 || LoadPathImporter.readable(Path.of(p[0]), Path.of(p[1]), source) != Boolean.parseBoolean(p[2])) {
        return false;
      }
    }
    for (String read : s.reads) {
      int at = read.indexOf('\0');
      byte[] now = ConversionCache.bytesOrNull(Path.of(read.substring(0, at)));
      if (now == null || !read.substring(at + 1).equals(new String(now, java.nio.charset.StandardCharsets.ISO_8859_1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the stylesheet page {@code file} (its body {@code body} as read) may need the
   * compiler: false when the cache holds it compiled from the same body with the same imports.
   */
  public synchronized boolean needsCompiler(String file, String body) {
    bodies.put(file, body);
    if (cache == null) return true;
    for (ConversionCache.Stylesheet s : cache.stylesheetsOf(file)) {
      if (body.equals(s.body) && unchanged(s)) {
        checked.add(s);
        return false;
      }
    }
    return true;
  }

  /** A build starts: what the last one found unchanged is looked at again. */
  public synchronized void startBuild() {
    checked.clear();
  }

  /**
   * Starts the compiler process now, on a thread of its own, for a site that has stylesheets to
   * compile: Dart Sass takes a few tenths of a second to start, which the build then spends reading
   * and rendering the rest of the site instead of waiting for it at the first stylesheet.
   */
  public synchronized void prestart() {
    if (compiler != null || starting != null) return;
    starting = new java.util.concurrent.FutureTask<>(new Start());
    Thread t = new Thread(starting, "jekyll4j-sass-start");
    t.setDaemon(true);
    t.start();
  }

  /** {@code SassCompilerFactory.bundled()} as a task (a class: no lambda for it). */
  private static final class Start implements java.util.concurrent.Callable<SassCompiler> {
    @Override
    public SassCompiler call() throws IOException {
      return SassCompilerFactory.bundled();
    }
  }

  /** The compiler started by {@link #prestart}, or one started now; failures as starting one here. */
  private SassCompiler started() throws IOException {
    java.util.concurrent.FutureTask<SassCompiler> task = starting;
    starting = null;
    if (task == null) return SassCompilerFactory.bundled();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the Sass compiler started", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IOException(e.getCause());
    }
  }

  /**
   * The file an error's span is in, when it is not the entry file (compiled from a string, its
   * span has no URL): relative to the site source when inside it, else the absolute path (a
   * theme's partial).
   */
  private java.util.Optional<String> partialName(String url) {
    if (url == null || url.isEmpty() || !url.startsWith("file:")) return java.util.Optional.empty();
    try {
      Path p = Path.of(java.net.URI.create(url)).toAbsolutePath().normalize();
      return java.util.Optional.of(p.startsWith(source) ? source.relativize(p).toString().replace('\\', '/') : p.toString());
    } catch (RuntimeException bad) {
      return java.util.Optional.of(url);
    }
  }

  /**
   * A Sass message as Sass's own logger prints it under Jekyll (its formatted text on standard
   * error, no logger prefix); the stylesheet compiled from a string, which Sass names
   * {@code -}, is named by its path in the site.
   */
  static String sassMessage(String formatted, String file) {
    String text = formatted.replaceAll("(?m)^(\\s+)- (\\d+:\\d+ )", "$1" + java.util.regex.Matcher.quoteReplacement(file) + " $2")
        .replaceAll("(?m)^-:(\\d+ DEBUG: )", java.util.regex.Matcher.quoteReplacement(file) + ":$1");
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** Sends the compiler's messages to {@code sink} instead of standard error (for tests). */
  public synchronized void messagesTo(java.util.function.Consumer<String> sink) {
    this.messages = sink;
  }

  /** Source maps name sources relative to the site (never a path of this machine). */
  private String relativeSources(String map, String name) {
    String out = map;
    for (Path p : loadPaths) {
      Path site = p.getParent() == null ? p : p.getParent();
      out = out.replace(site.toUri().toString(), "");
    }
    return out.replaceAll("\"data:;charset=utf-8,[^\"]*\"", "\"" + name + "\"");
  }

  @Override
  public synchronized void close() {
    if (starting != null) {
      // started ahead but never used: stop that process too
      try {
        compiler = started();
      } catch (IOException | RuntimeException e) {
        // it did not start: nothing to stop
      }
    }
    if (compiler != null) {
      try {
        compiler.close();
      } catch (IOException e) {
        // the process is gone either way
      }
      compiler = null;
    }
  }

  /** Resolves {@code @import "x"} against the load paths with Sass's partial and index rules. */
  private static final class LoadPathImporter extends FileImporter {
    private final List<Path> paths;
    private final Path source;
    /** The folder of the stylesheet being compiled, tried before the load paths. */
    private Path entryDir;
    /**
     * The stylesheet being compiled: never its own import. {@code assets/css/main.scss} with
     * {@code @import "main"} means {@code _sass/main.scss}, as Jekyll with jekyll-sass-converter 2
     * builds it (converter 3 stops with "expected {"; jekyll4j keeps the sites that build).
     */
    private Path entryFile;
    /** While a stylesheet compiles for the cache: each candidate looked at, and each file read. */
    private List<String> probes;
    private List<String> reads;

    LoadPathImporter(List<Path> paths, Path source) {
      this.paths = paths;
      this.source = source;
    }

    /**
     * A symbolic link inside the site that points out of it (and out of the load path it was
     * found in, a theme's folder) is not followed: jekyll4j never reads through a link out of the
     * site, so the import is not found.
     */
    private static boolean readable(Path c, Path base, Path source) {
      if (!Files.isRegularFile(c)) return false;
      try {
        Path real = c.toRealPath();
        return real.startsWith(source.toRealPath()) || real.startsWith(base.toRealPath())
            || !c.toAbsolutePath().normalize().startsWith(source);
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public File handleImport(String url, boolean fromImport) {
      String u = url.startsWith("file:") ? url.substring(5) : url;
      List<Path> bases = new ArrayList<>();
      if (entryDir != null) bases.add(entryDir);
      bases.addAll(paths);
      for (Path base : bases) {
        Path p = base.resolve(u).normalize();
        if (!p.startsWith(base.normalize())) continue;
        for (Path c : candidates(p)) {
          boolean readable = readable(c, base, source);
          if (probes != null) probes.add(c + "\0" + base + "\0" + readable);
          if (readable && !c.toAbsolutePath().normalize().equals(entryFile)) {
            if (reads != null) {
              byte[] bytes = ConversionCache.bytesOrNull(c);
              if (bytes == null) {
                reads = null; // not kept: its input cannot be checked next time
              } else {
                reads.add(c + "\0" + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
              }
            }
            return c.toFile();
          }
        }
      }
      return null;
    }

    private static List<Path> candidates(Path p) {
      String name = p.getFileName().toString();
      Path dir = p.getParent();
      List<Path> out = new ArrayList<>();
      out.add(p);
      if (name.endsWith(".scss") || name.endsWith(".sass") || name.endsWith(".css")) {
        // an explicit extension: the file itself or its partial (`@import "x.scss"` finds `_x.scss`)
        out.add(dir.resolve("_" + name));
        return out; // a folder is never readable(): it stays a candidate, so the cache sees it become a file
      }
      for (String ext : List.of(".scss", ".sass", ".css")) {
        out.add(dir.resolve(name + ext));
        out.add(dir.resolve("_" + name + ext));
      }
      for (String ext : List.of(".scss", ".sass", ".css")) {
        out.add(p.resolve("index" + ext));
        out.add(p.resolve("_index" + ext));
      }
      return out;
    }
  }
}
