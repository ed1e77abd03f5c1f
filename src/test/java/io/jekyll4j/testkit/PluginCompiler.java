package io.jekyll4j.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles plugin sources (class name to Java text) against the test class path with {@code
 * javax.tools}, lists the named classes in {@code META-INF/services/io.jekyll4j.plugin.Plugin},
 * and packs the result as a plugin jar.
 */
public final class PluginCompiler {
  private PluginCompiler() {}

  /** Compiles {@code sources} into {@code classes}; {@code services} are the plugin classes. */
  public static Path compile(Path work, Map<String, String> sources, List<String> services) throws IOException {
    Path src = work.resolve("src");
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "--release", "17", "-proc:none"));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
      args.add(f.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    int rc = javac.run(null, null, new java.io.PrintStream(OutputStream.nullOutputStream()) {
      @Override
      public void write(byte[] b, int off, int len) {
        errors.write(new String(b, off, len));
      }
    }, args.toArray(String[]::new));
    if (rc != 0) throw new IllegalStateException("plugin sources do not compile:\n" + errors);
    Path services_ = classes.resolve("META-INF/services/io.jekyll4j.plugin.Plugin");
    Files.createDirectories(services_.getParent());
    Files.writeString(services_, String.join("\n", services) + "\n");
    return classes;
  }

  /** The folder {@code classes} packed as a jar at {@code jar}. */
  public static Path jar(Path classes, Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
