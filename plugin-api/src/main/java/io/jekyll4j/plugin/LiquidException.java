package io.jekyll4j.plugin;

/**
 * An error a tag, block or filter raises on purpose (a syntax error in its markup, a missing
 * argument): the build stops with {@code Liquid Exception: MESSAGE} at the template and line of
 * the tag, as Jekyll reports a Ruby tag's exception. Any other exception out of a plugin is
 * reported as that plugin's failure.
 */
public class LiquidException extends PluginException {
  private static final long serialVersionUID = 1L;

  public LiquidException(String message) {
    super(message);
  }
}
