package io.jekyll4j.maven;

import io.jekyll4j.api.SiteOptions;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/** The options of the goals that build the site ({@code build}, {@code serve}). */
abstract class AbstractBuildMojo extends AbstractSiteMojo {
  /** Where the site is written. */
  @Parameter(property = "jekyll4j.destination", defaultValue = "${project.build.directory}/site")
  File destination;

  /** Builds the site with this {@code baseurl} in place of the configuration's. */
  @Parameter(property = "jekyll4j.baseurl")
  String baseurl;

  /** Also builds the posts in {@code _drafts/}. */
  @Parameter(property = "jekyll4j.drafts", defaultValue = "false")
  boolean drafts;

  /** Also builds posts dated in the future. */
  @Parameter(property = "jekyll4j.future", defaultValue = "false")
  boolean future;

  /** Also builds items with {@code published: false}. */
  @Parameter(property = "jekyll4j.unpublished", defaultValue = "false")
  boolean unpublished;

  /**
   * Configuration values set over the site's configuration files, as
   * {@code <siteConfig><title>Docs</title></siteConfig>}.
   */
  @Parameter
  Map<String, String> siteConfig = new LinkedHashMap<>();

  /** The options of this build. */
  SiteOptions siteOptions() {
    SiteOptions.Builder b = baseOptions()
        .destination(destination.toPath())
        .drafts(drafts).future(future).unpublished(unpublished);
    if (siteConfig != null) siteConfig.forEach(b::config);
    if (baseurl != null) b.config("baseurl", baseurl);
    return b.build();
  }
}
