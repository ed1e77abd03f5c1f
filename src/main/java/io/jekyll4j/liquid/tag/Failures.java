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
    return included(be, file, origin);
  }

  /** Liquid's error prefix, with the template name and line Liquid prints in parentheses. */
  private static final Pattern LIQUID_ERROR = Pattern.compile(
      "(?s)(Liquid Exception: )?(Liquid (?:syntax )?error)(?: \\((?:(.+?) )?line (\\d+)\\))?: (.*)");
  /** A markup context Liquid already set: {@code in "markup"} or {@code in {{markup}}}. */
  private static final Pattern MARKUP_CONTEXT = Pattern.compile("(?s).* (?:included|in \".*\"|in \\{\\{.*\\}\\})");

  /**
   * An error out of the file {@code file} included at {@code origin}, as Jekyll's
   * {@code IncludeTag} words it: a Liquid error gets the included file as its template name
   * (each include on the way out sets it again, so the name printed is the outermost included
   * file, the line that of the innermost one) and the markup context {@code included} unless it
   * has one; other errors pass unchanged. The location stays the innermost file and line.
   */
  static BuildException included(BuildException be, String file, Origin origin) {
    Matcher m = LIQUID_ERROR.matcher(be.getMessage());
    if (m.matches()) {
      StringBuilder s = new StringBuilder();
      if (m.group(1) != null) s.append(m.group(1));
      s.append(m.group(2));
      if (m.group(4) != null) s.append(" (").append(file).append(" line ").append(m.group(4)).append(')');
      s.append(": ").append(m.group(5));
      if (!MARKUP_CONTEXT.matcher(m.group(5)).matches()) s.append(" included");
      be = be.withMessage(s.toString());
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
