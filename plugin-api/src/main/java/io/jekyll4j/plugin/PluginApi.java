package io.jekyll4j.plugin;

/** The version of this API. A change that breaks existing plugins raises the major number. */
public final class PluginApi {
  /** {@code MAJOR.MINOR}: minor versions only add (default methods, new types). */
  public static final String VERSION = "1.0";

  private PluginApi() {}
}
