package io.jekyll4j.liquid;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import io.jekyll4j.liquid.filter.CollectionFilters;
import io.jekyll4j.liquid.filter.DateFilters;
import io.jekyll4j.liquid.filter.FilterArity;
import io.jekyll4j.liquid.filter.MathFilters;
import io.jekyll4j.liquid.filter.SiteFunctions;
import io.jekyll4j.liquid.filter.StandardFilters;
import io.jekyll4j.liquid.filter.TextFilters;
import io.jekyll4j.liquid.filter.UrlFilters;
import io.jekyll4j.liquid.tag.CaseBlock;
import io.jekyll4j.liquid.tag.ForBlock;
import io.jekyll4j.liquid.tag.HighlightBlock;
import io.jekyll4j.liquid.tag.IncludeTag;
import io.jekyll4j.liquid.tag.LinkTag;
import io.jekyll4j.liquid.tag.Partials;
import io.jekyll4j.liquid.tag.PostUrlTag;
import io.jekyll4j.liquid.tag.TagMarkup;
import io.jekyll4j.highlight.Highlighter;
import java.util.List;
import java.util.Map;
import liqp.exceptions.VariableNotExistException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.jekyll4j.liquid.core.LiquidTemplate;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.filters.Filter;
import liqp.parser.Flavor;

/**
 * Owns the configured Liquid parser (liqp, Jekyll flavour, plus our filters and tags) and the
 * parsed-template cache of one build: a template is parsed once per (name, text) and may be
 * rendered by many threads.
 */
public final class LiquidEngine {
  private static final Pattern ERROR_LINE = Pattern.compile("on line (\\d+)");
  private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
  private static final Pattern FILTER_NAME = Pattern.compile("\\|\\s*([A-Za-z_][\\w-]*)");

  static {
    // liqp prints times through this library-wide formatter before our printing sees them; make
    // it write Ruby's Time#to_s offset (+0000, never Z). Same value for every engine.
    liqp.LValue.rubyDateTimeFormat = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
  }

  private final LiquidSettings settings;
  private volatile TemplateParser parser;
  private final Map<String, LiquidTemplate> cache = new ConcurrentHashMap<>();
  private final java.util.Set<String> warned = ConcurrentHashMap.newKeySet();

  public LiquidEngine(LiquidSettings settings) {
    this.settings = settings;
    Partials partials = new EnginePartials();
    TemplateParser.Builder b =
        new TemplateParser.Builder()
            .withFlavor(Flavor.JEKYLL)
            .withStrictVariables(settings.strictVariables())
            .withShowExceptionsFromInclude(true)
            .withEvaluateInOutputTag(false)
            .withDefaultTimeZone(settings.zone())
            .withErrorMode(settings.errorMode())
            .withRenderTransformer(new RubyPrinting())
            .withTag(new IncludeTag(partials, false))
            .withTag(new IncludeTag(partials, true))
            .withTag(new LinkTag(partials))
            .withTag(new PostUrlTag())
            .withBlock(new HighlightBlock(new Highlighter()))
            .withBlock(new CaseBlock())
            .withBlock(new ForBlock());
    SiteFunctions site =
        new SiteFunctions(settings.zone(), settings.markdownify(), settings.smartify(), settings.sassify());
    StandardFilters.register(b);
    b.withFilter(new Filter(RangeLiterals.FILTER) {
      @Override
      public Object apply(Object value, TemplateContext context, Object... params) {
        return RangeLiterals.range(value, params.length > 0 ? params[0] : null);
      }
    });
    MathFilters.register(b);
    UrlFilters.register(b);
    DateFilters.register(b, settings.zone());
    TextFilters.register(b, site);
    CollectionFilters.register(b);
    TemplateParser built = b.build();
    TemplateParser.Builder checked = new TemplateParser.Builder(built);
    FilterArity.wrap(built, checked);
    this.parser = checked.build();
  }

  /** Parses (or takes from the cache) a template; {@code name} names it in errors. */
  public LiquidTemplate parse(String name, String text, int firstLine) {
    String key = name + "\u0000" + firstLine + "\u0000" + text.hashCode() + "\u0000" + text.length();
    LiquidTemplate cached = cache.get(key);
    if (cached != null) return cached;
    try {
      String rewritten = LaxMarkup.rewrite(RangeLiterals.rewrite(TagMarkup.rewrite(text, name, firstLine)),
          settings.errorMode() != TemplateParser.ErrorMode.STRICT);
      TemplateParser p = parserFor(rewritten);
      LiquidTemplate t = new LiquidTemplate(p.parse(rewritten), p);
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

  /**
   * The parser, first taught any filter names this text uses that nobody defined: Liquid passes
   * the input through such a filter (or, with {@code strict_filters}, fails when it runs).
   */
  private TemplateParser parserFor(String text) {
    TemplateParser p = parser;
    TemplateParser.Builder extended = null;
    java.util.Set<String> added = new java.util.HashSet<>();
    Matcher markup = MARKUP.matcher(text);
    while (markup.find()) {
      Matcher m = FILTER_NAME.matcher(markup.group());
      while (m.find()) {
        String name = m.group(1);
        if (p.filters.get(name) != null || !added.add(name)) continue;
        if (extended == null) extended = new TemplateParser.Builder(p);
        extended.withFilter(unknown(name));
      }
    }
    if (extended == null) return p;
    synchronized (this) {
      TemplateParser q = extended.build();
      parser = q;
      return q;
    }
  }

  private Filter unknown(String name) {
    boolean strict = settings.strictFilters();
    return new Filter(name) {
      @Override
      public Object apply(Object value, TemplateContext context, Object... params) {
        if (strict) {
          String shown = name.startsWith(LaxMarkup.PREFIX) ? name.substring(LaxMarkup.PREFIX.length()) : name;
          throw new IllegalArgumentException("Liquid error: undefined filter " + shown);
        }
        return value;
      }
    };
  }

  /** Renders a template with these top-level variables. */
  public String render(String name, String text, int firstLine, Map<String, Object> variables) {
    if (!mayHaveLiquid(text)) return text;
    LiquidTemplate t = parse(name, text, firstLine);
    try {
      List<Exception> problems = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      Object out = t.render(Map.of(), new RenderScope(parser, variables, problems));
      for (Exception p : problems) {
        if (p instanceof VariableNotExistException v) {
          throw new BuildException(new SourceLocation(name, firstLine), "Liquid error: " + undefined(v));
        }
        if (p instanceof LiquidException w && settings.errorMode() == TemplateParser.ErrorMode.WARN) {
          int line = w.line > 0 ? w.line + firstLine - 1 : firstLine;
          String warning = "Liquid Warning: Liquid syntax error (line " + line + "): " + cleanMessage(w) + " in " + name;
          if (warned.add(warning)) settings.warnings().accept(warning);
        }
      }
      return out == liqp.LValue.BREAK || out == liqp.LValue.CONTINUE ? "" : String.valueOf(out);
    } catch (BuildException e) {
      throw e;
    } catch (LiquidException e) {
      int line = e.line > 0 ? e.line + firstLine - 1 : firstLine;
      throw new BuildException(new SourceLocation(name, line), "Liquid Exception: " + cleanMessage(e), e);
    } catch (RuntimeException e) {
      Throwable root = e;
      int line = firstLine;
      boolean lineKnown = false;
      for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (c instanceof BuildException be) throw be;
        Matcher m = c.getMessage() == null ? null : ERROR_LINE.matcher(c.getMessage());
        if (!lineKnown && m != null && m.find()) {
          line = Integer.parseInt(m.group(1)) + firstLine - 1;
          lineKnown = true;
        }
        root = c;
      }
      String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (c instanceof CollectionFilters.ExpressionSyntaxError s) {
          throw new BuildException(new SourceLocation(name, line), "Liquid syntax error (line " + line + "): " + s.getMessage(), e);
        }
      }
      if (message.startsWith("Liquid error: ")) {
        message = "Liquid error (line " + line + "): " + message.substring("Liquid error: ".length());
      }
      throw new BuildException(new SourceLocation(name, line), "Liquid Exception: " + message, e);
    }
  }

  /** The include files and template cache, as the tags see them. */
  private final class EnginePartials implements Partials {
    @Override
    public IncludeSource files() {
      return settings.includes();
    }

    @Override
    public LiquidTemplate parse(String path, String text) {
      return LiquidEngine.this.parse(path, text, 1);
    }

    @Override
    public String renderMarkup(String markup, TemplateContext context) {
      return String.valueOf(LiquidEngine.this.parse("(markup)", markup, 1).render(Map.of(), context));
    }
  }

  /** Jekyll renders Liquid only where the text has {@code {{} or {@code {%}. */
  public static boolean mayHaveLiquid(String text) {
    return text.contains("{{") || text.contains("{%");
  }

  private static String undefined(VariableNotExistException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    return m.startsWith("Variable") ? "undefined variable " + m.replaceAll(".*'(.*)'.*", "$1") : m;
  }

  /** liqp's message without ANTLR's list of every token it would have accepted. */
  private static String cleanMessage(LiquidException e) {
    String m = e.getMessage();
    if (m == null) return e.getClass().getSimpleName();
    return m.replaceAll(" expecting \\{[^}]*\\}", "");
  }
}
