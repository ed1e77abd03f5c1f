package io.jekyll4j.maven;

import io.jekyll4j.api.SiteOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: where the site's source is, its configuration files, and the values
 * the project's model gives it ({@code site.project.version}, {@code .name}, {@code .description},
 * {@code .url}, {@code .groupId}, {@code .artifactId}).
 */
abstract class AbstractSiteMojo extends AbstractMojo {
  /**
   * The site's source folder. Default: {@code src/site/jekyll} of the project; when that folder
   * does not exist and the project's base folder has a {@code _config.yml}, the base folder (a
   * project that is itself a Jekyll site, as jekyll4j's own repository).
   */
  @Parameter(property = "jekyll4j.source")
  File source;

  /** Configuration files read in place of {@code _config.yml}, comma-separated, in order. */
  @Parameter(property = "jekyll4j.config")
  String config;

  /** Skips the goal. */
  @Parameter(property = "jekyll4j.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.version}", readonly = true)
  String projectVersion;

  @Parameter(defaultValue = "${project.name}", readonly = true)
  String projectName;

  @Parameter(defaultValue = "${project.description}", readonly = true)
  String projectDescription;

  @Parameter(defaultValue = "${project.url}", readonly = true)
  String projectUrl;

  @Parameter(defaultValue = "${project.groupId}", readonly = true)
  String projectGroupId;

  @Parameter(defaultValue = "${project.artifactId}", readonly = true)
  String projectArtifactId;

  /** The source folder, with the fallback to the base folder described at {@link #source}. */
  Path sourceFolder() {
    if (source != null) return source.toPath().toAbsolutePath().normalize();
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path conventional = base.resolve("src/site/jekyll");
    if (!Files.isDirectory(conventional) && Files.isRegularFile(base.resolve("_config.yml"))) {
      return base;
    }
    return conventional;
  }

  /** The configuration files named by {@link #config}, relative ones against the base folder. */
  List<Path> configFiles() {
    List<Path> out = new ArrayList<>();
    if (config == null) return out;
    for (String part : config.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) continue;
      Path p = Path.of(name);
      out.add(p.isAbsolute() ? p : basedir.toPath().resolve(p).toAbsolutePath().normalize());
    }
    return out;
  }

  /** {@code site.project}: what the model says of the project (only the values it has). */
  Map<String, Object> projectValues() {
    Map<String, Object> project = new LinkedHashMap<>();
    putIfSet(project, "version", projectVersion);
    putIfSet(project, "name", projectName);
    putIfSet(project, "description", projectDescription);
    putIfSet(project, "url", projectUrl);
    putIfSet(project, "groupId", projectGroupId);
    putIfSet(project, "artifactId", projectArtifactId);
    return project;
  }

  private static void putIfSet(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isBlank()) map.put(key, value.strip());
  }

  /** The options every building goal starts from: source, config files, site.project, loader. */
  SiteOptions.Builder baseOptions() {
    return SiteOptions.builder(sourceFolder())
        .configFiles(configFiles())
        .config("project", projectValues())
        // themes and plugins added as the plugin's <dependencies> are on this realm's classpath
        .classLoader(getClass().getClassLoader());
  }
}
