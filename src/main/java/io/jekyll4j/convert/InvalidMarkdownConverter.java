package io.jekyll4j.convert;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.util.Map;
import java.util.List;

/**
 * Stands for a {@code markdown:} setting naming a processor we do not have (e.g. {@code
 * redcarpet}): like Jekyll, the site fails only when a Markdown file is converted, with Jekyll's
 * message.
 */
final class InvalidMarkdownConverter implements Converter {
  private final String name;
  private final List<String> extensions;

  InvalidMarkdownConverter(String name, Map<String, Object> siteConfig) {
    this.name = name;
    this.extensions = MarkdownExtensions.of(siteConfig);
  }

  @Override
  public boolean matches(String extension) {
    return extensions.contains(extension.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String outputExtension(String extension) {
    return ".html";
  }

  @Override
  public String convert(String content) {
    throw new BuildException(
        SourceLocation.of("_config.yml"),
        "Invalid Markdown processor given: " + name
            + " (the markdown setting; available processors are: kramdown, CommonMark)")
        .aboutConfigKey("markdown");
  }
}
