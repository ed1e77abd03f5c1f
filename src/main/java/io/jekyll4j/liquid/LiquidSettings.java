package io.jekyll4j.liquid;

import java.time.ZoneId;
import java.util.function.UnaryOperator;
import liqp.TemplateParser;

/**
 * What the Liquid engine needs from the site: the {@code liquid:} options, the timezone, where
 * includes come from, and the Markdown converter behind {@code markdownify}.
 */
public record LiquidSettings(
    boolean strictVariables,
    boolean strictFilters,
    String errorModeName,
    ZoneId zone,
    IncludeSource includes,
    UnaryOperator<String> markdownify) {

  TemplateParser.ErrorMode errorMode() {
    return switch (errorModeName) {
      case "strict" -> TemplateParser.ErrorMode.STRICT;
      case "lax" -> TemplateParser.ErrorMode.LAX;
      default -> TemplateParser.ErrorMode.WARN;
    };
  }
}
