package io.jekyll4j.maven;

import io.jekyll4j.write.SiteWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Deletes the built site and the build caches of the source (as {@code jekyll4j clean}). */
@Mojo(name = "clean", threadSafe = true)
public class CleanMojo extends AbstractSiteMojo {
  /** The built site to delete. */
  @Parameter(property = "jekyll4j.destination", defaultValue = "${project.build.directory}/site")
  File destination;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) return;
    Path src = sourceFolder();
    Path dest = destination.toPath().toAbsolutePath().normalize();
    if (src.startsWith(dest)) {
      throw new MojoExecutionException("Destination directory cannot be or contain the Source directory.");
    }
    try {
      remove(dest);
      remove(src.resolve(".jekyll-metadata"));
      remove(src.resolve(".jekyll-cache"));
      remove(src.resolve(".sass-cache"));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot delete: " + e.getMessage(), e);
    }
  }

  private void remove(Path p) throws IOException {
    if (!Files.exists(p)) return;
    getLog().info("Removing " + p);
    if (Files.isDirectory(p)) SiteWriter.deleteTree(p);
    else Files.delete(p);
  }
}
