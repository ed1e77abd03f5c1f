package io.jekyll4j.api;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a build failed, as a value: the message, the source file and line it comes from (relative
 * to the site's source folder) when known, and the chain of includes and layouts that led there.
 * {@link #describe()} is the text the command line prints.
 *
 * @param message the message alone
 * @param file the file, relative to the source folder, when known
 * @param line the 1-based line in {@code file}, 0 when unknown
 * @param chain lines such as {@code included from _layouts/post.html:8}, innermost first
 * @param description the whole text: message, {@code in file:line}, and the chain
 * @param cause the exception behind it, for a stack trace ({@code --trace}); empty when unknown
 */
public record SiteError(String message, Optional<String> file, int line, List<String> chain,
    String description, Optional<Throwable> cause) {

  public SiteError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    chain = List.copyOf(chain);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cause, "cause");
  }

  /** The error of a failed build. */
  static SiteError of(BuildException e) {
    Optional<SourceLocation> at = e.location();
    return new SiteError(e.getMessage(), at.map(SourceLocation::path),
        at.map(SourceLocation::line).orElse(0), e.chain(), e.describe(), Optional.of(e));
  }

  /** {@code file:line}, the file alone, or empty when the error has no place. */
  public String location() {
    if (file.isEmpty()) return "";
    return line > 0 ? file.get() + ":" + line : file.get();
  }

  /** The whole user-facing text, as the command line prints it (several lines with a chain). */
  public String describe() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
