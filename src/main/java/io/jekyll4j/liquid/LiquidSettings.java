package io.jekyll4j.liquid;

import java.time.ZoneId;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import liqp.TemplateParser;

/**
 * What the Liquid engine needs from the site: the {@code liquid:} options, the timezone, where
 * includes come from, and the converters behind {@code markdownify}, {@code smartify} and
 * {@code sassify}/{@code scssify} (text, syntax), and where lax-parse warnings go (Jekyll's
 * "Liquid Warning" lines under {@code error_mode: warn}), and the site's {@code plugins} (some
 * add tags: jekyll-seo-tag's {@code seo}, jekyll-feed's {@code feed_meta}).
 */
public record LiquidSettings(
    boolean strictVariables,
    boolean strictFilters,
    String errorModeName,
    ZoneId zone,
    IncludeSource includes,
    UnaryOperator<String> markdownify,
    UnaryOperator<String> smartify,
    BinaryOperator<String> sassify,
    Consumer<String> warnings,
    List<String> plugins) {

  /** Settings for a site without plugins. */
  public LiquidSettings(boolean strictVariables, boolean strictFilters, String errorModeName, ZoneId zone,
      IncludeSource includes, UnaryOperator<String> markdownify, UnaryOperator<String> smartify,
      BinaryOperator<String> sassify, Consumer<String> warnings) {
    this(strictVariables, strictFilters, errorModeName, zone, includes, markdownify, smartify, sassify,
        warnings, List.of());
  }

  TemplateParser.ErrorMode errorMode() {
    return switch (errorModeName) {
      case "strict" -> TemplateParser.ErrorMode.STRICT;
      case "lax" -> TemplateParser.ErrorMode.LAX;
      default -> TemplateParser.ErrorMode.WARN;
    };
  }
}
