package io.jekyll4j.liquid;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.Views;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.liquid.drop.Drops;
import io.jekyll4j.liquid.filter.Ruby;
import io.jekyll4j.liquid.tag.Failures;
import io.jekyll4j.liquid.tag.IncludeTag;
import io.jekyll4j.liquid.tag.Partials;
import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.plugin.LiquidBlock;
import io.jekyll4j.plugin.LiquidException;
import io.jekyll4j.plugin.LiquidFilter;
import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Plugin;
import io.jekyll4j.plugin.SiteView;
import io.jekyll4j.plugin.TagContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;
import liqp.nodes.LNode;
import liqp.blocks.Block;
import liqp.tags.Tag;

/**
 * The plugins' Liquid parts: the public API's tags, blocks and filters, built-in and the site's
 * (adapted here, the one place that knows both the API and the Liquid implementation). A tag or
 * block is registered by name in the parser's tag registry, which hands it its markup untouched.
 *
 * @param tags public tags
 * @param blocks public blocks
 * @param filters public filters
 * @param views the site as plugins see it
 */
public record PluginLiquid(
    List<LiquidTag> tags, List<LiquidBlock> blocks, List<LiquidFilter> filters, Function<Site, SiteView> views) {
  /** No plugins. */
  public static final PluginLiquid NONE = new PluginLiquid(List.of(), List.of(), List.of(), s -> null);

  public PluginLiquid {
    tags = List.copyOf(tags);
    blocks = List.copyOf(blocks);
    filters = List.copyOf(filters);
  }

  /**
   * The built-in tags, blocks and filters on the class path of the plugins {@code plugins}
   * names (for an engine made without a build, as tests make one).
   */
  public static PluginLiquid builtIns(List<String> plugins) {
    List<LiquidTag> tags = new ArrayList<>();
    List<LiquidBlock> blocks = new ArrayList<>();
    List<LiquidFilter> filters = new ArrayList<>();
    // no plugin named: none kept, so none looked up (the warm-up's engine; a site without plugins)
    Iterable<Plugin> found = plugins.isEmpty() ? List.of()
        : java.util.ServiceLoader.load(Plugin.class, PluginLiquid.class.getClassLoader());
    for (Plugin p : found) {
      if (!plugins.contains(p.name())) continue;
      if (p instanceof LiquidTag t) tags.add(t);
      if (p instanceof LiquidBlock b) blocks.add(b);
      if (p instanceof LiquidFilter f) filters.add(f);
    }
    Views views = new Views(java.nio.file.Path.of(""), Convertible::extension, c -> true);
    return new PluginLiquid(tags, blocks, filters, views::site);
  }

  /** The names of the public tags and blocks (their markup is handed over raw). */
  List<String> tagNames() {
    List<String> out = new ArrayList<>();
    tags.forEach(t -> out.add(t.tagName()));
    blocks.forEach(b -> out.add(b.tagName()));
    return out;
  }

  /** The names of the public blocks. */
  List<String> blockNames() {
    return blocks.stream().map(LiquidBlock::tagName).toList();
  }

  /**
   * Registers the public tags, blocks and filters with liqp; their {@link TagContext} renders
   * through {@code partials} and {@code include}, and warns to {@code warnings}.
   */
  void register(TemplateParser.Builder b, Partials partials, IncludeTag include,
      java.util.function.Consumer<String> warnings) {
    Services services = new Services(partials, include, warnings);
    for (LiquidTag t : tags) {
      b.withTag(new Tag(t.tagName()) {
        @Override
        public Object render(TemplateContext context, LNode... nodes) {
          Origin origin = Origin.of(nodes[0].render(context));
          return guarded(t, origin, () -> t.render(origin.markup().strip(), contextOf(context, origin, services)));
        }
      });
    }
    for (LiquidBlock k : blocks) {
      b.withBlock(new Block(k.tagName()) {
        @Override
        public Object render(TemplateContext context, LNode... nodes) {
          Origin origin = Origin.of(nodes[0].render(context));
          LNode body = nodes[nodes.length - 1];
          LiquidBlock.Body rendered = () -> String.valueOf(body.render(context));
          return guarded(k, origin,
              () -> k.render(origin.markup().strip(), rendered, contextOf(context, origin, services)));
        }
      });
    }
    for (LiquidFilter f : filters) {
      b.withFilter(new Filter(f.filterName()) {
        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
          try {
            return f.apply(value, Arrays.asList(params), contextOf(context, new Origin("(filter)", 1, ""), services));
          } catch (BuildException | LiquidException e) {
            throw e;
          } catch (RuntimeException e) {
            // the template's render error names the page (from the root cause: the trace rides along)
            IllegalStateException failure = new IllegalStateException(
                "Plugin " + f.name() + " failed in filter " + f.filterName() + ": " + message(e));
            failure.addSuppressed(e);
            throw failure;
          }
        }
      });
    }
  }

  private static String guarded(Plugin p, Origin origin, java.util.function.Supplier<String> body) {
    try {
      String out = body.get();
      return out == null ? "" : out;
    } catch (BuildException e) {
      throw e;
    } catch (LiquidException e) {
      BuildException be = Failures.at(origin, e.getMessage());
      be.initCause(e);
      throw be;
    } catch (RuntimeException e) {
      BuildException be = Failures.at(origin, "Plugin " + p.name() + " failed: " + message(e));
      be.initCause(e);
      throw be;
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The engine's parts a plugin's {@link TagContext} reaches. */
  private record Services(Partials partials, IncludeTag include, java.util.function.Consumer<String> warnings) {}

  private TagContext contextOf(TemplateContext context, Origin origin, Services services) {
    return new TagContext() {
      @Override
      public Object get(String variable) {
        return IncludeTag.lookup(context, variable.strip());
      }

      @Override
      public SiteView site() {
        return Drops.siteOf(context.get("site")).map(views).orElse(null);
      }

      @Override
      public String templateName() {
        return origin.template();
      }

      @Override
      public int line() {
        return origin.line();
      }

      @Override
      public String render(String liquid) {
        return services.partials().renderMarkup(liquid, context);
      }

      @Override
      public String include(String markup) {
        Origin at = new Origin(origin.template(), origin.line(), markup);
        LNode node = new LNode() {
          @Override
          public Object render(TemplateContext c) {
            return at;
          }
        };
        return Ruby.toS(services.include().render(context, node));
      }

      @Override
      public Object filter(String name, Object input, Object... arguments) {
        Filter f = context.getParser().filters.get(name);
        if (f == null) throw new IllegalArgumentException("no Liquid filter " + name);
        return f.apply(input, context, arguments);
      }

      @Override
      public String output(Object value) {
        return Ruby.toS(value);
      }

      @Override
      public String toS(Object value) {
        return Ruby.rubyToS(value);
      }

      @Override
      public void warn(String message) {
        services.warnings().accept(message);
      }
    };
  }
}
