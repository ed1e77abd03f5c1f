package io.jekyll4j.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.testkit.ExamplePlugins;
import io.jekyll4j.testkit.PluginCompiler;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin of each type (generator, converter, tag, block, filter, site and item hooks), compiled
 * here from source, runs from a jar in {@code _plugins/} and from the class path when {@code
 * plugins} names it; safe mode refuses it; a failing plugin's error names it and its file.
 */
class UserPluginsTest {
  static final Map<String, String> KIT = ExamplePlugins.sources(false);
  static final String HEAD = ExamplePlugins.HEAD;
  static final List<String> SERVICES = ExamplePlugins.SERVICES;

  @TempDir static Path work;
  static Path classes;
  static Path jar;

  @BeforeAll
  static void compileTheKit() throws Exception {
    classes = PluginCompiler.compile(work.resolve("kit"), KIT, SERVICES);
    jar = PluginCompiler.jar(classes, work.resolve("kit/example-kit.jar"));
  }

  private static Path site(Path dir, String config) throws Exception {
    Files.createDirectories(dir.resolve("_posts"));
    Files.writeString(dir.resolve("_config.yml"), "title: Tee\n" + config);
    Files.writeString(dir.resolve("index.html"),
        "---\n---\n{{ \"hi\" | shout }} {% value_of site.title %} {% wrap em %}x {{ greeting }}{% endwrap %}\n");
    Files.writeString(dir.resolve("doc.upper"), "---\n---\nhello {{ greeting }}\n");
    Files.writeString(dir.resolve("_posts/2024-01-01-a.md"), "---\ntitle: A\n---\nA\n");
    return dir;
  }

  private static Path build(Path src, ClassLoader loader) {
    Path out = src.resolveSibling(src.getFileName() + "-out");
    BuildOptions o = BuildOptions.of(src, out);
    new Pipeline(loader == null ? o : o.withClassLoader(loader)).build();
    return out;
  }

  private static void assertEveryTypeRan(Path out) throws Exception {
    assertThat(Files.readString(out.resolve("index.html")))
        .isEqualTo("HI! V:Tee <em>x hello</em>\n<!-- index.html -->");
    assertThat(Files.readString(out.resolve("doc.html"))).isEqualTo("HELLO HELLO\n<!-- doc.upper -->");
    assertThat(Files.readString(out.resolve("generated.html"))).isEqualTo("<p>Made: 1</p><!-- generated.html -->");
  }

  @Test
  void aThemeJarOnTheThemePathBringsItsPlugins() throws Exception {
    Path themes = Files.createDirectories(work.resolve("themes"));
    Path themeJar = themes.resolve("kittheme-1.0.0.jar");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(jar));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(themeJar))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        in.transferTo(out);
      }
      out.putNextEntry(new java.util.zip.ZipEntry("META-INF/jekyll4j/themes/kittheme/_layouts/default.html"));
      out.write("<main>{{ content }}</main>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path src = site(work.resolve("theme-site"), "theme: kittheme\n");
    Files.writeString(src.resolve("themed.md"), "---\nlayout: default\n---\n{{ \"a\" | shout }}\n");
    Path out = src.resolveSibling("theme-site-out");
    new Pipeline(BuildOptions.of(src, out).withThemePath(List.of(themes))).build();

    assertEveryTypeRan(out);
    assertThat(Files.readString(out.resolve("themed.html"))).startsWith("<main><p>A!</p>\n</main>");
  }

  @Test
  void aJarInPluginsDirLoadsWithoutBeingListed() throws Exception {
    Path src = site(work.resolve("jar-site"), "");
    Files.createDirectories(src.resolve("_plugins"));
    Files.copy(jar, src.resolve("_plugins/example-kit.jar"));

    assertEveryTypeRan(build(src, null));
  }

  @Test
  void aClassPathPluginLoadsWhenPluginsNamesIt() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertEveryTypeRan(build(site(work.resolve("cp-site"), "plugins: [example-kit]\n"), loader));

      Path unlisted = site(work.resolve("cp-unlisted"), "");
      Files.writeString(unlisted.resolve("index.html"), "---\n---\n{{ \"hi\" | shout }}\n");
      Path out = build(unlisted, loader);
      assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("hi\n");
      assertThat(out.resolve("generated.html")).doesNotExist();
    }
  }

  @Test
  void safeModeRefusesPluginsFromTheJarAndTheClassPath() throws Exception {
    Path src = site(work.resolve("safe-site"), "safe: true\nplugins: [example-kit, jekyll-sitemap]\n"
        + "whitelist: [example-kit, jekyll-sitemap]\n");
    Files.writeString(src.resolve("index.html"), "---\n---\n{{ \"hi\" | shout }}\n");
    Files.createDirectories(src.resolve("_plugins"));
    Files.copy(jar, src.resolve("_plugins/example-kit.jar"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Path out = build(src, loader);

      assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("hi\n");
      assertThat(out.resolve("generated.html")).doesNotExist();
      assertThat(out.resolve("sitemap.xml")).as("a whitelisted built-in still runs").exists();
    }
  }

  @Test
  void aFailingPluginNamesItselfAndItsFileWithoutATrace() throws Exception {
    Path broken = PluginCompiler.compile(work.resolve("broken"), Map.of("example.Broken", HEAD
        + "public final class Broken implements Generator {\n"
        + "  public String name() { return \"broken-plugin\"; }\n"
        + "  public void generate(GenerateContext ctx) { throw new IllegalStateException(\"no idea what to do\"); }\n}\n"),
        List.of("example.Broken"));
    Path src = site(work.resolve("broken-site"), "");
    Files.writeString(src.resolve("index.html"), "---\n---\nx\n");
    PluginCompiler.jar(broken, src.resolve("_plugins/broken.jar"));

    BuildException e = catchThrowableOfType(() -> build(src, null), BuildException.class);

    assertThat(e.getMessage()).contains("broken-plugin").contains("no idea what to do").contains("broken.jar");
  }

  @Test
  void aFailingFilterNamesThePluginAndThePage() throws Exception {
    Path broken = PluginCompiler.compile(work.resolve("badfilter"), Map.of("example.Bad", HEAD
        + "public final class Bad implements LiquidFilter {\n"
        + "  public String name() { return \"bad-filter\"; }\n"
        + "  public String filterName() { return \"explode\"; }\n"
        + "  public Object apply(Object in, List<Object> a, TagContext c) { throw new IllegalArgumentException(\"kaboom\"); }\n}\n"),
        List.of("example.Bad"));
    Path src = site(work.resolve("badfilter-site"), "");
    Files.writeString(src.resolve("index.html"), "---\n---\n{{ 1 | explode }}\n");
    PluginCompiler.jar(broken, src.resolve("_plugins/bad.jar"));

    BuildException e = catchThrowableOfType(() -> build(src, null), BuildException.class);

    assertThat(e.getMessage() + " " + e.location()).contains("bad-filter").contains("kaboom").contains("index.html");
  }

  @Test
  void theDocsWorkedExampleIsARealPortOfJekyllEmailProtect() throws Exception {
    String page = Files.readString(Path.of("pages/plugins.md"));
    String after = page.substring(page.indexOf("<!-- worked-example -->"));
    int start = after.indexOf("```java\n") + 8;
    String java = after.substring(start, after.indexOf("\n```", start) + 1);
    Path classes = PluginCompiler.compile(work.resolve("email"), Map.of("example.emailprotect.EncodeEmail", java),
        List.of("example.emailprotect.EncodeEmail"));
    Path src = work.resolve("email-site");
    Files.createDirectories(src);
    // the gem's own specs (spec/protect_email_filter_spec.rb), and a non-ASCII letter's UTF-8 bytes
    Files.writeString(src.resolve("index.html"), "---\n---\n{{ 'example@example.com' | encode_email }}\n"
        + "{{ 'example-person+spam@example.com' | encode_email }}\n{{ 'é.b' | encode_email }}\n");
    PluginCompiler.jar(classes, src.resolve("_plugins/email-protect.jar"));

    assertThat(Files.readString(build(src, null).resolve("index.html"))).isEqualTo(
        "%65%78%61%6D%70%6C%65@%65%78%61%6D%70%6C%65.%63%6F%6D\n"
            + "%65%78%61%6D%70%6C%65-%70%65%72%73%6F%6E+%73%70%61%6D@%65%78%61%6D%70%6C%65.%63%6F%6D\n"
            + "%C3%A9.%62\n");
  }

  @Test
  void aPostFiresThePostsHooksThenTheDocumentsHooksAsJekyllDoes() throws Exception {
    Path kit = PluginCompiler.compile(work.resolve("order"), Map.of(
        "example.Both", HEAD + "public final class Both implements ItemHooks {\n"
            + "  public String name() { return \"order-both\"; }\n"
            + "  public Set<HookOwner> owners() { return Set.of(HookOwner.POSTS, HookOwner.DOCUMENTS); }\n"
            + "  public String postRender(ItemView item, String out) { return out + \"[both]\"; }\n}\n",
        "example.Docs", HEAD + "public final class Docs implements ItemHooks {\n"
            + "  public String name() { return \"order-docs\"; }\n"
            + "  public Priority priority() { return Priority.HIGH; }\n"
            + "  public Set<HookOwner> owners() { return Set.of(HookOwner.DOCUMENTS, HookOwner.PAGES); }\n"
            + "  public String postRender(ItemView item, String out) { return out + \"[docs]\"; }\n}\n"),
        List.of("example.Both", "example.Docs"));
    Path src = site(work.resolve("order-site"), "collections:\n  notes:\n    output: true\n");
    Files.writeString(src.resolve("index.html"), "---\n---\ni");
    Files.writeString(src.resolve("doc.upper"), "---\n---\nd");
    Files.createDirectories(src.resolve("_notes"));
    Files.writeString(src.resolve("_notes/n.md"), "---\n---\nn");
    PluginCompiler.jar(kit, src.resolve("_plugins/order.jar"));

    Path out = build(src, null);

    // :posts hooks ([both]), then :documents hooks by priority ([docs] is HIGH, then [both] again)
    assertThat(Files.readString(out.resolve("2024/01/01/a.html"))).endsWith("</p>\n[both][docs][both]");
    assertThat(Files.readString(out.resolve("notes/n.html"))).endsWith("</p>\n[docs][both]");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("i[docs]");
  }

  @Test
  void aCollectionsHooksFireForItsDocumentsOnlyBeforeTheDocumentsHooks() throws Exception {
    // Jekyll::Hooks.register :recipes, ... : Document#trigger_hooks fires collection.label, then :documents
    Path kit = PluginCompiler.compile(work.resolve("recipes"), Map.of(
        "example.Recipes", HEAD + "public final class Recipes implements ItemHooks {\n"
            + "  public String name() { return \"recipes\"; }\n"
            + "  public Priority priority() { return Priority.LOW; }\n"
            + "  public Set<HookOwner> owners() { return Set.of(HookOwner.collection(\"recipes\")); }\n"
            + "  public void preRender(ItemView item, Map<String, Object> payload) { payload.put(\"dish\", \"soup\"); }\n"
            + "  public String postConvert(ItemView item, String c) { return c + \"(r-conv)\"; }\n"
            + "  public String postRender(ItemView item, String out) { return out + \"[recipe]\"; }\n}\n",
        "example.Docs", HEAD + "public final class Docs implements ItemHooks {\n"
            + "  public String name() { return \"recipes-docs\"; }\n"
            + "  public Priority priority() { return Priority.HIGH; }\n"
            + "  public Set<HookOwner> owners() { return Set.of(HookOwner.DOCUMENTS); }\n"
            + "  public String postConvert(ItemView item, String c) { return c + \"(d-conv)\"; }\n"
            + "  public String postRender(ItemView item, String out) { return out + \"[docs]\"; }\n}\n"),
        List.of("example.Recipes", "example.Docs"));
    Path src = site(work.resolve("recipes-site"),
        "collections:\n  recipes:\n    output: true\n  notes:\n    output: true\n");
    Files.writeString(src.resolve("index.html"), "---\n---\ni{{ dish }}");
    Files.writeString(src.resolve("doc.upper"), "---\n---\nd");
    for (String c : List.of("recipes", "notes")) {
      Files.createDirectories(src.resolve("_" + c));
      Files.writeString(src.resolve("_" + c + "/x.html"), "---\n---\n" + c + " {{ dish }}");
    }
    PluginCompiler.jar(kit, src.resolve("_plugins/recipes.jar"));

    Path out = build(src, null);

    // the recipes hook (LOW) still runs before the HIGH :documents hook, at each event
    assertThat(Files.readString(out.resolve("recipes/x.html"))).isEqualTo("recipes soup(r-conv)(d-conv)[recipe][docs]");
    assertThat(Files.readString(out.resolve("notes/x.html"))).isEqualTo("notes (d-conv)[docs]");
    assertThat(Files.readString(out.resolve("2024/01/01/a.html"))).isEqualTo("<p>A</p>\n(d-conv)[docs]");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("i");
  }

  @Test
  void aCollectionOwnerIsItsLabelAndPostsIsThePostsCollection() {
    assertThat(io.jekyll4j.plugin.HookOwner.collection("posts")).isSameAs(io.jekyll4j.plugin.HookOwner.POSTS);
    assertThat(io.jekyll4j.plugin.HookOwner.collection("recipes"))
        .isEqualTo(io.jekyll4j.plugin.HookOwner.collection("recipes"))
        .isNotEqualTo(io.jekyll4j.plugin.HookOwner.DOCUMENTS)
        .hasToString(":recipes");
    assertThat(io.jekyll4j.plugin.HookOwner.collection("recipes").label()).isEqualTo("recipes");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.jekyll4j.plugin.HookOwner.collection(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPluginReachesWhatTheBuiltInsUse() throws Exception {
    Path kit = PluginCompiler.compile(work.resolve("reach"), Map.of(
        "example.Init", HEAD + "public final class Init implements SiteHooks {\n"
            + "  public String name() { return \"reach\"; }\n"
            + "  public void afterInit(SiteInit site) { site.set(\"title\", site.config().string(\"title\", \"\") + \"!\"); }\n}\n",
        "example.Note", HEAD + "public final class Note implements LiquidTag {\n"
            + "  public String name() { return \"reach\"; }\n"
            + "  public String tagName() { return \"note\"; }\n"
            + "  public String render(String markup, TagContext ctx) {\n"
            + "    if (markup.isEmpty()) throw new LiquidException(\"note needs a word\");\n"
            + "    return ctx.include(\"box.html word='\" + markup + \"'\") + ctx.filter(\"upcase\", markup)\n"
            + "        + ctx.render(\"{{ site.title }}\") + ctx.output(List.of(\"a\", \"b\")) + ctx.toS(List.of(\"a\"));\n  }\n}\n",
        "example.Titles", HEAD + "public final class Titles implements Generator {\n"
            + "  public String name() { return \"reach\"; }\n"
            + "  public void generate(GenerateContext ctx) {\n"
            + "    for (DocumentView d : ctx.site().posts()) {\n"
            + "      Map<String, Object> data = new LinkedHashMap<>(d.data());\n"
            + "      data.put(\"title\", \"Re: \" + d.data().get(\"title\"));\n"
            + "      ctx.update(d, data, d.body() + \"more\\n\");\n"
            + "    }\n"
            + "    ctx.putConfig(\"post_titles\", List.of(ctx.site().posts().get(0).data().get(\"title\")));\n"
            + "  }\n}\n"),
        List.of("example.Init", "example.Note", "example.Titles"));
    Path src = site(work.resolve("reach-site"), "");
    Files.createDirectories(src.resolve("_includes"));
    Files.writeString(src.resolve("_includes/box.html"), "[{{ include.word }}]");
    Files.writeString(src.resolve("index.html"), "---\n---\n{% note hi %} {{ site.post_titles | join: \",\" }}"
        + " {{ site.posts.first.content }}");
    PluginCompiler.jar(kit, src.resolve("_plugins/reach.jar"));

    assertThat(Files.readString(build(src, null).resolve("index.html")))
        .isEqualTo("[hi]HITee!ab[\"a\"] Re: A <p>A\nmore</p>\n");

    Files.writeString(src.resolve("index.html"), "---\n---\nline\n{% note %}");
    BuildException e = catchThrowableOfType(() -> build(src, null), BuildException.class);
    assertThat(e.getMessage()).contains("Liquid Exception: note needs a word").doesNotContain("Plugin reach");
    assertThat(e.location().toString()).contains("index.html");
  }
}
