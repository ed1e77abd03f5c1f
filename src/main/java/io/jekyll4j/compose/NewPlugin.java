package io.jekyll4j.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * {@code jekyll4j new-plugin NAME}: a Maven project for a jekyll4j plugin, as {@code jekyll
 * new-theme} makes one for a theme. Its pom depends on jekyll4j's plugin API only ({@code
 * jekyll4j-plugin-api}, {@code provided}: the engine supplies it at run time; the engine is a
 * test dependency), with one
 * example of each plugin type (a generator, a converter, a tag, a block, a filter {@code shout}
 * and hooks), the service file that declares them, and a test that builds a tiny site with them.
 * {@code mvn package} makes a jar to drop into a site's {@code _plugins/}.
 */
public final class NewPlugin {
  /** The version of jekyll4j the project depends on (this build's, when known). */
  public static String engineVersion() {
    String v = NewPlugin.class.getPackage().getImplementationVersion();
    if (v != null) return v;
    try (InputStream in = NewPlugin.class.getResourceAsStream("/META-INF/maven/io.jekyll4j/jekyll4j/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        if (p.getProperty("version") != null) return p.getProperty("version");
      }
    } catch (IOException e) {
      // fall through
    }
    return "0.1.0-SNAPSHOT";
  }

  private NewPlugin() {}

  /** Writes the project into {@code dir} (which must not exist or be empty); returns its files. */
  public static Map<String, String> create(Path dir, String name, String engineVersion) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new ComposeException("A plugin name is letters, digits, - and _, starting with a letter: " + name);
    }
    try {
      if (Files.isDirectory(dir)) {
        try (var s = Files.list(dir)) {
          if (s.findAny().isPresent()) throw new ComposeException(dir + " exists and is not empty.");
        }
      }
      Map<String, String> files = files(name, engineVersion);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path f = dir.resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, e.getValue());
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project's files by relative path. */
  static Map<String, String> files(String name, String version) {
    String pkg = "example." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String dir = "src/main/java/" + pkg.replace('.', '/') + "/";
    String testDir = "src/test/java/" + pkg.replace('.', '/') + "/";
    String head = "package " + pkg + ";\n\n";
    Map<String, String> f = new LinkedHashMap<>();
    f.put("pom.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>NAME</artifactId>
          <version>0.1.0-SNAPSHOT</version>
          <name>NAME</name>
          <description>A jekyll4j plugin: drop target/NAME-0.1.0-SNAPSHOT.jar into a site's _plugins/</description>

          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <jekyll4j.version>VERSION</jekyll4j.version>
          </properties>

          <dependencies>
            <!-- The plugin API (package io.jekyll4j.plugin): all the plugin compiles against;
                 the engine provides it at run time. -->
            <dependency>
              <groupId>io.jekyll4j</groupId>
              <artifactId>jekyll4j-plugin-api</artifactId>
              <version>${jekyll4j.version}</version>
              <scope>provided</scope>
            </dependency>
            <!-- The engine, for the test that builds a tiny site with the plugin. -->
            <dependency>
              <groupId>io.jekyll4j</groupId>
              <artifactId>jekyll4j</artifactId>
              <version>${jekyll4j.version}</version>
              <scope>test</scope>
            </dependency>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>5.14.1</version>
              <scope>test</scope>
            </dependency>
          </dependencies>

          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.13.0</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>3.5.2</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-jar-plugin</artifactId>
                <version>3.4.2</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.replace("NAME", name).replace("VERSION", version));
    f.put("src/main/resources/META-INF/services/io.jekyll4j.plugin.Plugin",
        "# The plugins in this jar, one class a line (java.util.ServiceLoader).\n"
            + pkg + ".Shout\n" + pkg + ".Hello\n" + pkg + ".Box\n" + pkg + ".TagPages\n"
            + pkg + ".Shouty\n" + pkg + ".Stamp\n");
    f.put(dir + "Shout.java", head + """
        import io.jekyll4j.plugin.LiquidFilter;
        import io.jekyll4j.plugin.TagContext;
        import java.util.List;
        import java.util.Locale;

        /** A Liquid filter: {{ "hi" | shout }} gives HI! */
        public final class Shout implements LiquidFilter {
          @Override
          public String name() {
            return "NAME";
          }

          @Override
          public String filterName() {
            return "shout";
          }

          @Override
          public Object apply(Object input, List<Object> arguments, TagContext context) {
            return String.valueOf(input).toUpperCase(Locale.ROOT) + "!";
          }
        }
        """.replace("NAME", name));
    f.put(dir + "Hello.java", head + """
        import io.jekyll4j.plugin.LiquidTag;
        import io.jekyll4j.plugin.TagContext;

        /** A Liquid tag: {% hello page.title %} greets the value of a variable (or the text itself). */
        public final class Hello implements LiquidTag {
          @Override
          public String name() {
            return "NAME";
          }

          @Override
          public String tagName() {
            return "hello";
          }

          @Override
          public String render(String markup, TagContext context) {
            Object value = context.get(markup);
            return "Hello, " + (value == null ? markup : value) + "!";
          }
        }
        """.replace("NAME", name));
    f.put(dir + "Box.java", head + """
        import io.jekyll4j.plugin.LiquidBlock;
        import io.jekyll4j.plugin.TagContext;

        /** A Liquid block: {% box note %}text{% endbox %} wraps its body in a div of that class. */
        public final class Box implements LiquidBlock {
          @Override
          public String name() {
            return "NAME";
          }

          @Override
          public String tagName() {
            return "box";
          }

          @Override
          public String render(String markup, Body body, TagContext context) {
            return "<div class=\\"" + markup + "\\">" + body.render() + "</div>";
          }
        }
        """.replace("NAME", name));
    f.put(dir + "TagPages.java", head + """
        import io.jekyll4j.plugin.GenerateContext;
        import io.jekyll4j.plugin.Generator;
        import java.util.LinkedHashMap;
        import java.util.Map;

        /** A generator: one page per post tag, at /tags/TAG/ (layout "tag" when the site has one). */
        public final class TagPages implements Generator {
          @Override
          public String name() {
            return "NAME";
          }

          @Override
          public void generate(GenerateContext context) {
            for (String tag : context.site().tags()) {
              Map<String, Object> data = new LinkedHashMap<>();
              data.put("layout", "tag");
              data.put("title", "Tagged " + tag);
              data.put("tag", tag);
              data.put("permalink", "/tags/" + tag + "/");
              context.addPage("tags/" + tag + ".html", data,
                  "{% for post in site.tags[page.tag] %}<a href=\\"{{ post.url }}\\">{{ post.title }}</a>\\n{% endfor %}");
            }
          }
        }
        """.replace("NAME", name));
    f.put(dir + "Shouty.java", head + """
        import io.jekyll4j.plugin.Converter;
        import java.util.Locale;

        /** A converter: a .shouty file becomes an HTML page in capitals. */
        public final class Shouty implements Converter {
          @Override
          public String name() {
            return "NAME";
          }

          @Override
          public boolean matches(String extension) {
            return extension.equalsIgnoreCase(".shouty");
          }

          @Override
          public String outputExt(String extension) {
            return ".html";
          }

          @Override
          public String convert(String content) {
            return "<p>" + content.strip().toUpperCase(Locale.ROOT) + "</p>\\n";
          }
        }
        """.replace("NAME", name));
    f.put(dir + "Stamp.java", head + """
        import io.jekyll4j.plugin.HookOwner;
        import io.jekyll4j.plugin.ItemHooks;
        import io.jekyll4j.plugin.ItemView;
        import io.jekyll4j.plugin.SiteHooks;
        import java.util.Map;
        import java.util.Set;

        /**
         * Hooks: the site's :pre_render gives every page a {{ built_with }} variable; pages' and
         * documents' :post_render adds a comment to the end of HTML outputs that ask for it with
         * stamp: true.
         */
        public final class Stamp implements SiteHooks, ItemHooks {
          @Override
          public String name() {
            return "NAME";
          }

          @Override
          public Set<HookOwner> owners() {
            return Set.of(HookOwner.PAGES, HookOwner.DOCUMENTS);
          }

          @Override
          public void preRender(io.jekyll4j.plugin.SiteView site, Map<String, Object> payload) {
            payload.put("built_with", "NAME");
          }

          @Override
          public String postRender(ItemView item, String output) {
            boolean wanted = Boolean.TRUE.equals(item.data().get("stamp")) && item.outputExt().equals(".html");
            return wanted ? output + "<!-- NAME -->\\n" : output;
          }
        }
        """.replace("NAME", name));
    f.put(testDir + "PluginSiteTest.java", head + """
        import static org.junit.jupiter.api.Assertions.assertEquals;

        import io.jekyll4j.build.BuildOptions;
        import io.jekyll4j.build.Pipeline;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.api.io.TempDir;

        /** Builds a tiny site with this plugin (found on the test class path, named in plugins:). */
        class PluginSiteTest {
          @TempDir Path tmp;

          @Test
          void theExamplesWork() throws Exception {
            Path site = tmp.resolve("site");
            Files.createDirectories(site.resolve("_posts"));
            Files.writeString(site.resolve("_config.yml"), "title: Demo\\nplugins: [NAME]\\n");
            Files.writeString(site.resolve("index.html"), "---\\nstamp: true\\n---\\n"
                + "{{ \\"hi\\" | shout }} {% hello site.title %} {% box note %}{{ built_with }}{% endbox %}\\n");
            Files.writeString(site.resolve("loud.shouty"), "---\\n---\\nquiet words\\n");
            Files.writeString(site.resolve("_posts/2024-01-02-first.md"), "---\\ntitle: First\\ntags: [java]\\n---\\nHi\\n");
            Path out = tmp.resolve("out");

            new Pipeline(BuildOptions.of(site, out)).build();

            assertEquals("HI! Hello, Demo! <div class=\\"note\\">NAME</div>\\n<!-- NAME -->\\n",
                Files.readString(out.resolve("index.html")));
            assertEquals("<p>QUIET WORDS</p>\\n", Files.readString(out.resolve("loud.html")));
            assertEquals("<a href=\\"/2024/01/02/first.html\\">First</a>\\n",
                Files.readString(out.resolve("tags/java/index.html")));
          }
        }
        """.replace("NAME", name));
    f.put("README.md", """
        # NAME

        A [jekyll4j](https://github.com/jekyll4j/jekyll4j) plugin, made by `jekyll4j new-plugin NAME`.

        ```sh
        mvn package                      # builds and tests target/NAME-0.1.0-SNAPSHOT.jar
        cp target/NAME-0.1.0-SNAPSHOT.jar ../my-site/_plugins/
        ```

        A jar in a site's `_plugins/` is loaded on every build (not in safe mode). On the class
        path instead (the jekyll4j Maven plugin's dependencies), list `NAME` in the site's
        `plugins:`. Each class in `src/main/java` is one example of a plugin type; keep what you
        need and list it in `src/main/resources/META-INF/services/io.jekyll4j.plugin.Plugin`.
        """.replace("NAME", name));
    f.put(".gitignore", "target/\n");
    return f;
  }
}
