package io.jekyll4j.liquid;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liqp.Template;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.parser.Flavor;

/**
 * Owns the configured Liquid parser (liqp, Jekyll flavour, plus our filters and tags) and the
 * parsed-template cache of one build: a template is parsed once per (name, text) and may be
 * rendered by many threads.
 */
public final class LiquidEngine {
  private final TemplateParser parser;
  private final Map<String, Template> cache = new ConcurrentHashMap<>();

  public LiquidEngine(LiquidSettings settings) {
    TemplateParser.Builder b =
        new TemplateParser.Builder()
            .withFlavor(Flavor.JEKYLL)
            .withStrictVariables(settings.strictVariables())
            .withShowExceptionsFromInclude(true)
            .withEvaluateInOutputTag(false)
            .withDefaultTimeZone(settings.zone())
            .withErrorMode(settings.errorMode())
            .withNameResolver(new IncludeResolver(settings.includes()));
    JekyllFilters.register(b, settings);
    this.parser = b.build();
  }

  /** Parses (or takes from the cache) a template; {@code name} names it in errors. */
  public Template parse(String name, String text, int firstLine) {
    String key = name + "\u0000" + text.hashCode() + "\u0000" + text.length();
    Template cached = cache.get(key);
    if (cached != null) return cached;
    try {
      Template t = parser.parse(text);
      cache.put(key, t);
      return t;
    } catch (LiquidException e) {
      throw new BuildException(
          new SourceLocation(name, e.line > 0 ? e.line + firstLine - 1 : 0),
          "Liquid syntax error (line " + (e.line + firstLine - 1) + "): " + cleanMessage(e),
          e);
    } catch (RuntimeException e) {
      throw new BuildException(
          new SourceLocation(name, firstLine), "Liquid syntax error: " + e.getMessage(), e);
    }
  }

  /** Renders a template with these top-level variables. */
  public String render(String name, String text, int firstLine, Map<String, Object> variables) {
    if (!mayHaveLiquid(text)) return text;
    Template t = parse(name, text, firstLine);
    try {
      return t.renderUnguarded(variables);
    } catch (BuildException e) {
      throw e;
    } catch (LiquidException e) {
      int line = e.line > 0 ? e.line + firstLine - 1 : firstLine;
      throw new BuildException(new SourceLocation(name, line), "Liquid Exception: " + cleanMessage(e), e);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        if (root.getCause() instanceof BuildException be) throw be;
        root = root.getCause();
      }
      throw new BuildException(
          new SourceLocation(name, firstLine), "Liquid Exception: " + root.getMessage(), e);
    }
  }

  /** Jekyll renders Liquid only where the text has {@code {{} or {@code {%}. */
  public static boolean mayHaveLiquid(String text) {
    return text.contains("{{") || text.contains("{%");
  }

  private static String cleanMessage(LiquidException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
