package io.jekyll4j.config;

/** Jekyll's named permalink styles and the templates they stand for. */
public final class PermalinkStyles {
  private PermalinkStyles() {}

  /** The template for a style name, or the value itself when it is already a template. */
  public static String template(String style) {
    return switch (style) {
      case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
      case "pretty" -> "/:categories/:year/:month/:day/:title/";
      case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
      case "weekdate" -> "/:categories/:year/W:week/:short_day/:title:output_ext";
      case "none" -> "/:categories/:title:output_ext";
      default -> style;
    };
  }
}
