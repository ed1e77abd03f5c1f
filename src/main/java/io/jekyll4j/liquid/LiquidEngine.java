package io.jekyll4j.liquid;

import io.jekyll4j.highlight.Highlighter;
import io.jekyll4j.liquid.core.Interrupt;
import io.jekyll4j.liquid.core.LiquidTemplate;
import io.jekyll4j.liquid.filter.CollectionFilters;
import io.jekyll4j.liquid.filter.DateFilters;
import io.jekyll4j.liquid.filter.FilterArity;
import io.jekyll4j.liquid.filter.MathFilters;
import io.jekyll4j.liquid.filter.SiteFunctions;
import io.jekyll4j.liquid.filter.StandardFilters;
import io.jekyll4j.liquid.filter.TextFilters;
import io.jekyll4j.liquid.filter.UrlFilters;
import io.jekyll4j.liquid.filter.WhereFilter;
import io.jekyll4j.liquid.tag.CaptureBlock;
import io.jekyll4j.liquid.tag.CaseBlock;
import io.jekyll4j.liquid.tag.ForBlock;
import io.jekyll4j.liquid.tag.HighlightBlock;
import io.jekyll4j.liquid.tag.IfBlock;
import io.jekyll4j.liquid.tag.IncludeTag;
import io.jekyll4j.liquid.tag.TagChecks;
import io.jekyll4j.liquid.tag.LinkTag;
import io.jekyll4j.liquid.tag.Partials;
import io.jekyll4j.liquid.tag.PostUrlTag;
import io.jekyll4j.liquid.tag.TablerowBlock;
import io.jekyll4j.liquid.parse.LiquidParser;
import io.jekyll4j.liquid.parse.LiquidSyntaxError;
import io.jekyll4j.liquid.parse.StandardTags;
import io.jekyll4j.liquid.parse.TagParser;
import io.jekyll4j.liquid.parse.TagRegistry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liqp.LValue;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.exceptions.VariableNotExistException;
import liqp.filters.Filter;
import liqp.parser.Flavor;

/**
 * Owns the configured Liquid parser (liqp, Jekyll flavour, plus our filters and tags) and the
 * parsed-template cache of one build: a template is parsed once per (name, text) and may be
 * rendered by many threads.
 */
public final class LiquidEngine {
  static {
    // liqp prints times through this library-wide formatter before our printing sees them; make
    // it write Ruby's Time#to_s offset (+0000, never Z). Same value for every engine.
    LValue.rubyDateTimeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
  }

  private final LiquidSettings settings;
  private final TemplateParser parser;
  /** Every tag a template may use, by name: Liquid's, Jekyll's, and the site's plugins'. */
  private final TagRegistry tags = StandardTags.registry();
  private final LiquidParser.ErrorMode errorMode;
  private final Map<CacheKey, LiquidTemplate> cache = new ConcurrentHashMap<>();

  /** A parsed template is reused for the same name, first line and text (the whole text: no hash collisions). */
  private record CacheKey(String name, int firstLine, String text) {
    // written out: a record's generated methods go through method handles, slow before the JIT's top tier
    @Override
    public int hashCode() {
      return (name.hashCode() * 31 + firstLine) * 31 + text.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CacheKey k && firstLine == k.firstLine && name.equals(k.name) && text.equals(k.text);
    }
  }

  public LiquidEngine(LiquidSettings settings) {
    this(settings, PluginLiquid.builtIns(settings.plugins()));
  }

  /** An engine with the plugins' tags, blocks and filters (built-in and public). */
  public LiquidEngine(LiquidSettings settings, PluginLiquid plugins) {
    this.settings = settings;
    Partials partials = new EnginePartials();
    IncludeTag include = new IncludeTag(partials, false);
    TemplateParser.Builder b =
        new TemplateParser.Builder()
            .withFlavor(Flavor.JEKYLL)
            .withObjectMapper(LazyObjectMapper.create())
            .withStrictVariables(settings.strictVariables())
            .withShowExceptionsFromInclude(true)
            .withEvaluateInOutputTag(false)
            .withDefaultTimeZone(settings.zone())
            .withErrorMode(settings.errorMode())
            .withRenderTransformer(new RubyPrinting())
            .withTag(include)
            .withTag(new IncludeTag(partials, true))
            .withTag(new LinkTag(partials))
            .withTag(new PostUrlTag())
            .withBlock(new HighlightBlock(new Highlighter(), settings.warnings()))
            .withBlock(new CaseBlock())
            .withBlock(new CaptureBlock())
            .withBlock(new IfBlock(false))
            .withBlock(new IfBlock(true))
            .withBlock(new ForBlock())
            .withBlock(new TablerowBlock());
    List<String> markupTags = new ArrayList<>(List.of("include", "include_relative", "link", "post_url"));
    SiteFunctions site =
        new SiteFunctions(settings.zone(), settings.markdownify(), settings.smartify(), settings.sassify());
    StandardFilters.register(b);
    MathFilters.register(b);
    UrlFilters.register(b);
    DateFilters.register(b, settings.zone());
    TextFilters.register(b, site);
    CollectionFilters.register(b);
    WhereFilter.register(b);
    plugins.register(b, partials, include, settings.warnings());
    TemplateParser built = b.build();
    TemplateParser.Builder checked = new TemplateParser.Builder(built);
    FilterArity.wrap(built, checked);
    this.parser = checked.build();
    this.errorMode = LiquidParser.ErrorMode.named(settings.errorModeName());
    for (String name : markupTags) tags.register(name, TagParser.markup(parser.insertions.get(name)));
    // Jekyll's tags check their markup when parsed (in their Ruby initialize)
    tags.register("include", TagChecks.include(tags.get("include")));
    tags.register("include_relative", TagChecks.include(tags.get("include_relative")));
    tags.register("post_url", TagChecks.postUrl(tags.get("post_url")));
    tags.register("highlight", TagChecks.highlight(TagParser.markupBlock(parser.insertions.get("highlight"))));
    for (String name : plugins.tagNames()) tags.register(name, TagParser.markup(parser.insertions.get(name)));
    for (String name : plugins.blockNames()) tags.register(name, TagParser.markupBlock(parser.insertions.get(name)));
  }

  /** Parses (or takes from the cache) a template; {@code name} names it in errors. */
  public LiquidTemplate parse(String name, String text, int firstLine) {
    CacheKey key = new CacheKey(name, firstLine, text);
    LiquidTemplate cached = cache.get(key);
    if (cached != null) return cached;
    try {
      LiquidParser.Result first = newParser(name, firstLine).parse(text);
      List<String> warnings = new ArrayList<>();
      for (LiquidSyntaxError w : first.warnings()) warnings.add(LiquidErrors.warning(name, firstLine, w));
      LiquidTemplate t =
          new LiquidTemplate(first.root(), () -> newParser(name, firstLine).parse(text).root(), parser, warnings);
      cache.put(key, t);
      return t;
    } catch (RuntimeException e) {
      throw LiquidErrors.syntax(name, firstLine, e);
    }
  }

  private LiquidParser newParser(String name, int firstLine) {
    return new LiquidParser(name, firstLine, tags, parser, errorMode, settings.strictFilters());
  }

  /** Renders a template with these top-level variables. */
  public String render(String name, String text, int firstLine, Map<String, Object> variables) {
    if (!mayHaveLiquid(text)) return text;
    LiquidTemplate t = parse(name, text, firstLine);
    try {
      List<Exception> problems = Collections.synchronizedList(new ArrayList<>());
      Object out = t.render(Map.of(), new RenderScope(parser, variables, problems));
      for (Exception p : problems) {
        if (p instanceof VariableNotExistException v) throw LiquidErrors.undefined(name, firstLine, v);
      }
      // Jekyll's Renderer#render_liquid logs the (cached) template's parse warnings at every
      // render: a layout's once per page it lays out
      for (String warning : t.warnings()) settings.warnings().accept(warning);
      if (out instanceof Interrupt i) return i.output();
      return out == LValue.BREAK || out == LValue.CONTINUE ? "" : String.valueOf(out);
    } catch (RuntimeException e) {
      throw LiquidErrors.render(name, firstLine, e);
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
    return io.jekyll4j.content.Convertible.mayHoldLiquid(text);
  }
}
