package io.jekyll4j.maven;

import io.jekyll4j.compose.ComposeException;
import io.jekyll4j.compose.ComposeSettings;
import io.jekyll4j.compose.ComposeSite;
import io.jekyll4j.compose.PageRequest;
import io.jekyll4j.compose.Written;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code page}, {@code post} and {@code draft}: a new file shaped like the site's own. */
abstract class AbstractComposeMojo extends AbstractSiteMojo {
  /** The title of the new page, post or draft. */
  @Parameter(property = "jekyll4j.title", required = true)
  String title;

  /** Its layout (default: what the site's existing files use). */
  @Parameter(property = "jekyll4j.layout")
  String layout;

  /** The file extension (default {@code md}). */
  @Parameter(property = "jekyll4j.extension")
  String extension;

  /** Overwrites an existing file of the same name. */
  @Parameter(property = "jekyll4j.force", defaultValue = "false")
  boolean force;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) return;
    Path src = sourceFolder();
    if (!Files.isDirectory(src)) {
      throw new MojoFailureException("No Jekyll site at " + src
          + ": put it in src/site/jekyll, or set <source> (jekyll4j.source)");
    }
    ComposeSite site = new ComposeSite(src, ComposeSettings.read(src,
        configFiles().stream().map(Path::toString).toList()), Clock.systemDefaultZone());
    try {
      Written w = compose(site, new PageRequest(title, Optional.ofNullable(layout), folder(),
          Optional.ofNullable(extension), Optional.empty(), Optional.empty(), force));
      getLog().info("New " + w.kind() + " created at " + w.to());
    } catch (ComposeException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new MojoFailureException(e.getCause().getMessage());
    }
  }

  /** Where a page goes, relative to the source ({@code page} only). */
  Optional<String> folder() {
    return Optional.empty();
  }

  abstract Written compose(ComposeSite site, PageRequest request);
}
