package io.jekyll4j.source;

import io.jekyll4j.content.Page;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Jekyll's {@code ThemeAssetsReader}: every file under the theme's {@code assets} folder joins
 * the site as if it were the site's own (a page when it has front matter, else a static file),
 * after the site's files were read and sorted, unless the site already has a page (or static
 * file) at the same path. Linked files are skipped with a warning.
 */
final class ThemeAssets {
  private final Theme theme;
  private final Diagnostics diagnostics;

  ThemeAssets(Theme theme, Diagnostics diagnostics) {
    this.theme = theme;
    this.diagnostics = diagnostics;
  }

  void read(List<Page> pages, List<StaticFile> statics, BiFunction<String, Path, Page> pageReader) {
    Optional<Path> assets = theme.assetsPath();
    if (assets.isEmpty()) return;
    List<Path> files;
    try (Stream<Path> s = Files.walk(assets.get())) {
      files = s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> pagePaths = pages.stream().map(Page::relativePath).collect(Collectors.toCollection(HashSet::new));
    Set<String> staticPaths = statics.stream().map(StaticFile::jekyllPath).collect(Collectors.toCollection(HashSet::new));
    for (Path file : files) {
      if (Files.isSymbolicLink(file)) {
        diagnostics.warn("Theme reader: Ignored symlinked asset: " + file);
        continue;
      }
      String rel = theme.root().relativize(file).toString().replace('\\', '/');
      if (SiteReader.hasFrontMatter(file)) {
        if (pagePaths.add(rel)) pages.add(pageReader.apply(rel, file));
      } else {
        StaticFile f = StaticFile.ofSite(rel, file, SiteReader.modified(file));
        if (staticPaths.add(f.jekyllPath())) statics.add(f);
      }
    }
  }
}
