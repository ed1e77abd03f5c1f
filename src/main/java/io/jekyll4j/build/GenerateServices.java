package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.url.Router;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What the engine's {@link io.jekyll4j.plugin.GenerateContext} ({@link ApiGenerateContext}) uses
 * from the build: the source folder, the environment, {@code --future}, the router, the Markdown
 * converter and the build's diagnostics.
 */
public record GenerateServices(
    Path source, String environment, boolean future, Router router,
    UnaryOperator<String> markdownify, Diagnostics diagnostics) {
  /** The URL the item will have. */
  public String url(Convertible item) {
    return router.url(item);
  }
}
