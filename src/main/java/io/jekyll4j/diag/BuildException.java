package io.jekyll4j.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fatal, user-facing build error: a message and, where known, the file and line it comes from
 * plus the chain of includes/layouts that led there. The CLI prints {@link #describe()} and no
 * stack trace (unless {@code --trace}).
 */
public class BuildException extends RuntimeException {
  private SourceLocation location;
  private final List<String> chain;
  /** The top-level configuration key this error is about, when it is one (its line is found later). */
  private String configKey;

  public BuildException(SourceLocation location, String message, Throwable cause) {
    this(location, message, cause, List.of());
  }

  public BuildException(SourceLocation location, String message) {
    this(location, message, null, List.of());
  }

  private BuildException(
      SourceLocation location, String message, Throwable cause, List<String> chain) {
    super(message, cause);
    this.location = location;
    this.chain = List.copyOf(chain);
  }

  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /** Lines such as {@code included from _layouts/post.html:8}, innermost first. */
  public List<String> chain() {
    return chain;
  }

  /** A copy with one more outer step of the include chain appended. */
  public BuildException within(String step) {
    List<String> c = new ArrayList<>(chain);
    c.add(step);
    BuildException e = new BuildException(location, getMessage(), getCause(), c);
    e.setStackTrace(getStackTrace());
    e.configKey = configKey;
    return e;
  }

  /** A copy with another message (same location, cause and chain). */
  public BuildException withMessage(String message) {
    BuildException e = new BuildException(location, message, getCause(), chain);
    e.setStackTrace(getStackTrace());
    e.configKey = configKey;
    return e;
  }

  /**
   * Marks this error as about the configuration key {@code key}: the build, which knows the
   * configuration files, then names the line where the key is set ({@link #at}).
   */
  public BuildException aboutConfigKey(String key) {
    this.configKey = key;
    return this;
  }

  /** The configuration key this error is about, if any. */
  public Optional<String> configKey() {
    return Optional.ofNullable(configKey);
  }

  /** Names the line where the configuration key is set (kept as it is for other errors). */
  public void placeConfigKey(SourceLocation where) {
    if (configKey != null && (location == null || location.line() == 0)) location = where;
  }

  /** The whole user-facing text: message, location and chain. */
  public String describe() {
    StringBuilder sb = new StringBuilder(getMessage());
    if (location != null && !getMessage().contains(location.toString())) {
      sb.append(" in ").append(location);
    }
    // consecutive repeats (a recursive include) are shown once with a count
    for (int i = 0; i < chain.size(); ) {
      int j = i;
      while (j + 1 < chain.size() && chain.get(j + 1).equals(chain.get(i))) j++;
      sb.append("\n  ").append(chain.get(i));
      if (j > i) sb.append(" (").append(j - i + 1).append(" times)");
      i = j + 1;
    }
    return sb.toString();
  }
}
