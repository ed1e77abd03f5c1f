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
 * {@code sass.load_paths}, the style is {@code sass.style} (default expanded). One compiler
 * process per build, used by one thread at a time.
 */
public final class ScssConverter implements AutoCloseable {
  private final List<Path> loadPaths;
  private final OutputStyle style;
  private SassCompiler compiler;

  public ScssConverter(Path source, java.util.Map<String, Object> sassConfig) {
    List<Path> paths = new ArrayList<>();
    Object dir = sassConfig.get("sass_dir");
    paths.add(source.resolve(dir == null ? "_sass" : String.valueOf(dir)));
    Object extra = sassConfig.get("load_paths");
    if (extra instanceof List<?> l) for (Object o : l) paths.add(source.resolve(String.valueOf(o)));
    this.loadPaths = paths;
    this.style =
        "compressed".equals(String.valueOf(sassConfig.get("style")))
            ? OutputStyle.COMPRESSED
            : OutputStyle.EXPANDED;
  }

  public boolean matches(String extension) {
    return extension.equals(".scss") || extension.equals(".sass");
  }

  /** Compiles one stylesheet; {@code file} is its source-relative path, for messages. */
  public synchronized String convert(String content, String extension, String file, Path fileDir) {
    try {
      if (compiler == null) {
        compiler = SassCompilerFactory.bundled();
        List<Path> all = new ArrayList<>(loadPaths);
        all.add(fileDir);
        compiler.registerImporter(new LoadPathImporter(all));
        compiler.setQuietDeps(true);
        for (String d : List.of("import", "global-builtin", "mixed-decls", "slash-div")) {
          compiler.addSilenceDeprecation(d);
        }
      }
      Syntax syntax = extension.equals(".sass") ? Syntax.INDENTED : Syntax.SCSS;
      String css = compiler.compileString(content, syntax, style).getCss();
      return css.isEmpty() ? css : css + "\n";
    } catch (SassCompilationFailedException e) {
      var failure = e.getCompileFailure();
      int line = failure.hasSpan() ? failure.getSpan().getStart().getLine() + 1 : 0;
      throw new BuildException(new SourceLocation(file, line), "Sass error: " + failure.getMessage(), e);
    } catch (IOException e) {
      throw new BuildException(SourceLocation.of(file), "Sass compiler failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
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

    LoadPathImporter(List<Path> paths) {
      this.paths = paths;
    }

    @Override
    public File handleImport(String url, boolean fromImport) {
      String u = url.startsWith("file:") ? url.substring(5) : url;
      for (Path base : paths) {
        Path p = base.resolve(u).normalize();
        if (!p.startsWith(base.normalize())) continue;
        for (Path c : candidates(p)) if (Files.isRegularFile(c)) return c.toFile();
      }
      return null;
    }

    private static List<Path> candidates(Path p) {
      String name = p.getFileName().toString();
      Path dir = p.getParent();
      List<Path> out = new ArrayList<>();
      out.add(p);
      for (String ext : List.of(".scss", ".sass", ".css")) {
        out.add(dir.resolve(name + ext));
        out.add(dir.resolve("_" + name + ext));
      }
      for (String ext : List.of(".scss", ".sass", ".css")) {
        out.add(p.resolve("index" + ext));
        out.add(p.resolve("_index" + ext));
      }
      out.removeIf(Files::isDirectory);
      return out;
    }
  }
}
