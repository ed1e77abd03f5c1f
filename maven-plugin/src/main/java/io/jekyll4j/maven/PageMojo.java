package io.jekyll4j.maven;

import io.jekyll4j.compose.ComposeSite;
import io.jekyll4j.compose.PageComposer;
import io.jekyll4j.compose.PageRequest;
import io.jekyll4j.compose.Written;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Creates a page titled {@code -Djekyll4j.title=...} (as {@code jekyll4j page}). */
@Mojo(name = "page", requiresProject = true, threadSafe = true)
public class PageMojo extends AbstractComposeMojo {
  /** The folder of the new page, relative to the source folder. */
  @Parameter(property = "jekyll4j.path")
  String path;

  @Override
  Optional<String> folder() {
    return Optional.ofNullable(path);
  }

  @Override
  Written compose(ComposeSite site, PageRequest request) {
    return new PageComposer(site).create(request);
  }
}
