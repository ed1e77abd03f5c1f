package io.jekyll4j.plugin;

/**
 * An error a plugin reports on purpose, for the site's author to fix (Jekyll's {@code
 * Jekyll::Errors::FatalException} raised by a plugin): the build stops with this message at the
 * file the plugin was working on. Any other exception out of a plugin is reported as that
 * plugin's failure ({@code Plugin NAME failed on FILE: ...}).
 */
public class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PluginException(String message) {
    super(message);
  }
}
