package io.jekyll4j.plugins.gist;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.liquid.tag.Failures;
import io.jekyll4j.liquid.tag.IncludeTag;
import io.jekyll4j.content.Site;
import io.jekyll4j.liquid.drop.Drops;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * jekyll-gist's {@code {% gist [user/]ID [FILE] %}}: the {@code <script>} that embeds a GitHub
 * gist. Either argument may name a Liquid variable holding the value. Registered only when the
 * site lists jekyll-gist.
 *
 * <p>The gem also fetches the gist's raw text for a {@code <noscript>} copy. jekyll4j never goes
 * to the network; it writes what the gem writes when the fetch fails (no network): it warns that
 * the noscript tag could not be generated, and the tag's output starts with the logger's return
 * value, {@code true}. With {@code gist: {noscript: false}} the gem skips the fetch and writes the
 * script alone.
 */
public final class GistTag extends Tag {
  /** The plugin's name in {@code plugins}. */
  public static final String PLUGIN = "jekyll-gist";
  private static final Pattern ARGUMENTS = Pattern.compile("\\A(\\S+|.*(?=/).+)\\s?(\\S*)\\z");
  private final Consumer<String> warnings;

  /** A gist tag whose warnings go to {@code warnings}. */
  public GistTag(Consumer<String> warnings) {
    super("gist");
    this.warnings = warnings;
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    Origin origin = Origin.of(nodes[0].render(context));
    Matcher m = ARGUMENTS.matcher(origin.markup().strip());
    if (!m.find()) throw Failures.at(origin, syntaxError(origin.markup()));
    String id = resolve(context, m.group(1).strip());
    String file = resolve(context, m.group(2).strip());
    return noscript(context, id) + script(id, file);
  }

  /** The argument's value when it names a variable that is set, else the argument itself. */
  private static String resolve(TemplateContext context, String argument) {
    return argument.isEmpty() ? argument : IncludeTag.valueOrName(context, argument);
  }

  static String script(String id, String file) {
    String url = "https://gist.github.com/" + id + ".js";
    if (!file.isEmpty()) url += "?file=" + file;
    return "<script src=\"" + url + "\"> </script>";
  }

  /** The offline outcome of the gem's noscript part (see the class comment). */
  private String noscript(TemplateContext context, String id) {
    Object settings = Drops.siteOf(context.get("site")).map(Site::config).map(c -> c.get("gist")).orElse(null);
    if (settings instanceof Map<?, ?> s && Boolean.FALSE.equals(s.get("noscript"))) return "";
    warnings.accept("Warning: The <noscript> tag for your gist " + id + " could not be generated."
        + " This will affect users who do not have JavaScript enabled in their browsers.");
    return "true";
  }

  private static String syntaxError(String markup) {
    return "Syntax error in tag 'gist' while parsing the following markup:\n\n    " + markup
        + "\n\n  Valid syntax:\n    {% gist user/1234567 %}\n    {% gist user/1234567 foo.js %}\n"
        + "    {% gist 28949e1d5ee2273f9fd3 %}\n    {% gist 28949e1d5ee2273f9fd3 best.md %}\n";
  }
}
