package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what goes wrong inside a tag into a build error naming file, line and include chain. */
public final class Failures {
  private static final Pattern LINE = Pattern.compile("(?:on )?line (\\d+)");

  private Failures() {}

  /** An error raised by the tag at {@code origin} itself (Jekyll's ArgumentError, IOError...). */
  public static BuildException at(Origin origin, String message) {
    return new BuildException(new SourceLocation(origin.template(), origin.line()), "Liquid Exception: " + message);
  }

  /** An error that came out of rendering {@code file}, included at {@code origin}. */
  static BuildException inside(RuntimeException e, String file, Origin origin) {
    BuildException be = find(e);
    if (be == null) {
      Throwable root = e;
      int line = 0;
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        Matcher m = t.getMessage() == null ? null : LINE.matcher(t.getMessage());
        if (line == 0 && m != null && m.find()) line = Integer.parseInt(m.group(1));
        root = t;
      }
      line = Math.max(line, 1);
      String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      if (msg.startsWith("Liquid error: ")) msg = "Liquid error (line " + line + "): " + msg.substring(14);
      be = new BuildException(new SourceLocation(file, line), "Liquid Exception: " + msg, e);
    }
    return be.within("included from " + origin.where());
  }

  static BuildException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BuildException be) return be;
      if (t.getCause() == t) break;
    }
    return null;
  }
}
