package io.jekyll4j.build;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import io.jekyll4j.plugin.Plugin;

/** A plugin's exception as a build error naming the plugin and the file it was working on. */
final class PluginFailure {
  private PluginFailure() {}

  static BuildException of(Plugin plugin, String file, RuntimeException e) {
    if (e instanceof BuildException be) return be;
    if (e instanceof io.jekyll4j.plugin.PluginException pe) {
      return new BuildException(SourceLocation.of(file == null ? "(site)" : file), pe.getMessage(), e);
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new BuildException(SourceLocation.of(file == null ? "(site)" : file),
        "Plugin " + plugin.name() + " failed on " + (file == null ? "the site" : file) + ": " + why, e);
  }
}
