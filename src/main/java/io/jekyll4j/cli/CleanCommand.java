package io.jekyll4j.cli;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clean}: removes the destination and Jekyll's caches, as {@code jekyll clean}. */
@Command(name = "clean", versionProvider = Main.Version.class, description = "Clean the site (removes site output and metadata file) without building.")
public final class CleanCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Option(names = {"-s", "--source"}, description = "Source directory (default: ./)")
  Path source = Path.of(".");

  @Option(names = {"-d", "--destination"},
      description = "Destination directory to remove (default: the config's destination, ./_site)")
  Path destination;

  @Option(names = "--config", split = ",", description = "Custom configuration file(s), comma-separated")
  List<Path> config = List.of();

  @Option(names = {"-q", "--quiet"}, description = "Silence output.")
  boolean quiet;

  @Override
  public Integer call() {
    Console console = new Console(System.out, System.err, quiet);
    Path src = source.toAbsolutePath().normalize();
    try {
      SiteConfig c = ConfigLoader.load(src, config, Map.of());
      Path dest = destination != null ? destination.toAbsolutePath().normalize() : src.resolve(c.string("destination", "_site")).normalize();
      if (src.startsWith(dest)) {
        console.error("Error:", "Destination directory cannot be or contain the Source directory.");
        return 1;
      }
      remove(console, dest, "Cleaner:", "Removing " + dest + "...");
      remove(console, src.resolve(".jekyll-metadata"), "Cleaner:", "Removing .jekyll-metadata...");
      remove(console, src.resolve(c.string("cache_dir", ".jekyll-cache")), "Cleaner:", "Removing .jekyll-cache...");
      remove(console, src.resolve(".sass-cache"), "Cleaner:", "Removing .sass-cache...");
      return 0;
    } catch (BuildException e) {
      BuildCommand.report(console, e, false);
      return 1;
    } catch (IOException e) {
      console.error("Error:", e.getMessage());
      return 1;
    }
  }

  private static void remove(Console console, Path p, String topic, String message) throws IOException {
    if (Files.exists(p)) {
      console.info(topic, message);
      if (Files.isDirectory(p)) SiteWriter.deleteTree(p);
      else Files.delete(p);
    } else {
      console.info(topic, "Nothing to do for " + p.getFileName() + ".");
    }
  }
}
