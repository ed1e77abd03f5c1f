package io.jekyll4j.plugins.gist;

import io.jekyll4j.plugin.LiquidException;
import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.TagContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code jekyll-gist} plugin ({@code plugins: [jekyll-gist]}): {@code {% gist [user/]ID [FILE]
 * %}}, the {@code <script>} that embeds a GitHub gist. Either argument may name a Liquid variable
 * holding the value.
 *
 * <p>The gem also fetches the gist's raw text for a {@code <noscript>} copy. jekyll4j never goes
 * to the network; it writes what the gem writes when the fetch fails (no network): it warns that
 * the noscript tag could not be generated, and the tag's output starts with the logger's return
 * value, {@code true}. With {@code gist: {noscript: false}} the gem skips the fetch and writes the
 * script alone.
 */
public final class GistPlugin implements LiquidTag {
  private static final Pattern ARGUMENTS = Pattern.compile("\\A(\\S+|.*(?=/).+)\\s?(\\S*)\\z");

  @Override
  public String name() {
    return "jekyll-gist";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public String tagName() {
    return "gist";
  }

  @Override
  public String render(String markup, TagContext context) {
    Matcher m = ARGUMENTS.matcher(markup.strip());
    if (!m.find()) throw new LiquidException(syntaxError(markup));
    String id = resolve(context, m.group(1).strip());
    String file = resolve(context, m.group(2).strip());
    return noscript(context, id) + script(id, file);
  }

  /** The argument's value when it names a variable that is set, else the argument itself. */
  private static String resolve(TagContext context, String argument) {
    if (argument.isEmpty()) return argument;
    Object value = context.get(argument);
    return value == null ? argument : String.valueOf(value);
  }

  static String script(String id, String file) {
    String url = "https://gist.github.com/" + id + ".js";
    if (!file.isEmpty()) url += "?file=" + file;
    return "<script src=\"" + url + "\"> </script>";
  }

  /** The offline outcome of the gem's noscript part (see the class comment). */
  private static String noscript(TagContext context, String id) {
    Object settings = context.site() == null ? null : context.site().config().get("gist");
    if (settings instanceof Map<?, ?> s && Boolean.FALSE.equals(s.get("noscript"))) return "";
    context.warn("Warning: The <noscript> tag for your gist " + id + " could not be generated."
        + " This will affect users who do not have JavaScript enabled in their browsers.");
    return "true";
  }

  private static String syntaxError(String markup) {
    return "Syntax error in tag 'gist' while parsing the following markup:\n\n    " + markup
        + "\n\n  Valid syntax:\n    {% gist user/1234567 %}\n    {% gist user/1234567 foo.js %}\n"
        + "    {% gist 28949e1d5ee2273f9fd3 %}\n    {% gist 28949e1d5ee2273f9fd3 best.md %}\n";
  }
}
