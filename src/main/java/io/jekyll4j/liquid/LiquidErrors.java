package io.jekyll4j.liquid;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import io.jekyll4j.liquid.filter.CollectionFilters;
import io.jekyll4j.liquid.parse.LiquidSyntaxError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.exceptions.LiquidException;
import liqp.exceptions.VariableNotExistException;

/**
 * Turns what liqp (and our filters and tags) throw into build errors worded as Jekyll words them
 * ({@code Liquid syntax error (line 3): ...}, {@code Liquid error (line 3): ...}) and located at
 * the file and line, counting from the line where the template's text starts.
 */
final class LiquidErrors {
  private static final Pattern ERROR_LINE = Pattern.compile("on line (\\d+)");
  private static final Pattern EXPECTING = Pattern.compile(" expecting \\{[^}]*\\}| on line \\d+, index \\d+");
  private static final Pattern QUOTED_NAME = Pattern.compile(".*'(.*)'.*");
  private static final String LIQUID_ERROR = "Liquid error: ";
  /** liqp's wording for a tag no one registered; Liquid says {@code Unknown tag 'gist'}. */
  private static final Pattern INVALID_TAG = Pattern.compile("(?s)parser error \"Invalid Tag: '([^']*)'\".*");

  private LiquidErrors() {}

  /** A template that does not parse. */
  static BuildException syntax(String name, int firstLine, RuntimeException e) {
    if (e instanceof BuildException be) return be;
    if (e instanceof LiquidSyntaxError se) {
      int line = se.line() == null ? firstLine : se.line() + firstLine - 1;
      return new BuildException(new SourceLocation(name, line), se.format(firstLine - 1), e);
    }
    if (e instanceof LiquidException le) {
      int line = le.line > 0 ? le.line + firstLine - 1 : firstLine;
      return new BuildException(
          new SourceLocation(name, line), "Liquid syntax error (line " + line + "): " + clean(le), e);
    }
    return new BuildException(new SourceLocation(name, firstLine), "Liquid syntax error: " + e.getMessage(), e);
  }

  /** {@code strict_variables}: a variable that is not defined. */
  static BuildException undefined(String name, int firstLine, VariableNotExistException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    String what = m.startsWith("Variable") ? "undefined variable " + QUOTED_NAME.matcher(m).replaceAll("$1") : m;
    return new BuildException(
        new SourceLocation(name, firstLine), "Liquid error (line " + firstLine + "): " + what, e);
  }

  /** An error while rendering; a build error from a tag (with its include chain) is kept. */
  static BuildException render(String name, int firstLine, RuntimeException e) {
    if (e instanceof BuildException be) return be;
    if (e instanceof LiquidException le) {
      int line = le.line > 0 ? le.line + firstLine - 1 : firstLine;
      return new BuildException(new SourceLocation(name, line), "Liquid Exception: " + clean(le), e);
    }
    Throwable root = e;
    int line = -1;
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof BuildException be) return be;
      Matcher m = c.getMessage() == null ? null : ERROR_LINE.matcher(c.getMessage());
      if (line < 0 && m != null && m.find()) line = Integer.parseInt(m.group(1)) + firstLine - 1;
      root = c;
    }
    if (line < 0) line = firstLine;
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof CollectionFilters.ExpressionSyntaxError s) {
        return new BuildException(
            new SourceLocation(name, line), "Liquid syntax error (line " + line + "): " + s.getMessage(), e);
      }
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    if (message.startsWith(LIQUID_ERROR)) {
      message = "Liquid error (line " + line + "): " + message.substring(LIQUID_ERROR.length());
    }
    return new BuildException(new SourceLocation(name, line), "Liquid Exception: " + message, e);
  }

  /** A lax-parse warning, as Jekyll logs it. */
  static String warning(String name, int firstLine, LiquidSyntaxError w) {
    return "Liquid Warning: " + w.format(firstLine - 1) + " in " + name;
  }

  /** liqp's message without ANTLR's list of every token it would have accepted, nor its own line. */
  private static String clean(LiquidException e) {
    String m = e.getMessage();
    if (m == null) return e.getClass().getSimpleName();
    Matcher tag = INVALID_TAG.matcher(m);
    if (tag.matches()) return "Unknown tag '" + tag.group(1) + "'";
    return EXPECTING.matcher(m).replaceAll("");
  }
}
