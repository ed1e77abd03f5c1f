package io.jekyll4j.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plugin kit with one plugin of each type (generator, converter, tag, block, filter, site and
 * item hooks), all named {@code example-kit}, as Java sources for {@link PluginCompiler}.
 */
public final class ExamplePlugins {
  private ExamplePlugins() {}

  public static final String HEAD = "package example;\nimport io.jekyll4j.plugin.*;\nimport java.util.*;\n";
  private static final String NAME = "  public String name() { return \"example-kit\"; }\n";

  /** The sources; with {@code readsNothing} each plugin declares {@code Reads.nothing()}. */
  public static Map<String, String> sources(boolean readsNothing) {
    Map<String, String> kit = new LinkedHashMap<>();
    String name = NAME + (readsNothing ? "  public Reads reads() { return Reads.nothing(); }\n" : "");
    kit.put("example.Pages", HEAD + "public final class Pages implements Generator {\n" + name
        + "  public void generate(GenerateContext ctx) {\n"
        + "    ctx.putData(\"counted\", ctx.site().posts().size());\n"
        + "    ctx.addPage(\"generated.html\", Map.of(\"title\", \"Made\"), \"<p>{{ page.title }}: {{ site.data.counted }}</p>\");\n"
        + "  }\n}\n");
    kit.put("example.Upper", HEAD + "public final class Upper implements Converter {\n" + name
        + "  public boolean matches(String ext) { return ext.equals(\".upper\"); }\n"
        + "  public String outputExt(String ext) { return \".html\"; }\n"
        + "  public String convert(String content) { return content.toUpperCase(Locale.ROOT); }\n}\n");
    kit.put("example.ValueOf", HEAD + "public final class ValueOf implements LiquidTag {\n" + name
        + "  public String tagName() { return \"value_of\"; }\n"
        + "  public String render(String markup, TagContext ctx) { return \"V:\" + ctx.get(markup); }\n}\n");
    kit.put("example.Wrap", HEAD + "public final class Wrap implements LiquidBlock {\n" + name
        + "  public String tagName() { return \"wrap\"; }\n"
        + "  public String render(String markup, Body body, TagContext ctx) {\n"
        + "    return \"<\" + markup + \">\" + body.render() + \"</\" + markup + \">\";\n  }\n}\n");
    kit.put("example.Shout", HEAD + "public final class Shout implements LiquidFilter {\n" + name
        + "  public String filterName() { return \"shout\"; }\n"
        + "  public Object apply(Object input, List<Object> args, TagContext ctx) {\n"
        + "    return String.valueOf(input).toUpperCase(Locale.ROOT) + \"!\";\n  }\n}\n");
    kit.put("example.Hooks", HEAD + "public final class Hooks implements SiteHooks, ItemHooks {\n" + name
        + "  public Set<HookOwner> owners() { return Set.of(HookOwner.PAGES); }\n"
        + "  public void preRender(SiteView site, Map<String, Object> payload) { payload.put(\"greeting\", \"hello\"); }\n"
        + "  public String postRender(ItemView item, String output) { return output + \"<!-- \" + item.relativePath() + \" -->\"; }\n}\n");
    return kit;
  }

  public static final List<String> SERVICES =
      List.of("example.Pages", "example.Upper", "example.ValueOf", "example.Wrap", "example.Shout", "example.Hooks");
}
