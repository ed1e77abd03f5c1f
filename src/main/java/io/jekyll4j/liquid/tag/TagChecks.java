package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.liquid.parse.TagParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks Jekyll's tags make in their Ruby {@code initialize}, so at parse time: a page that
 * never renders the tag (inside {@code {% if false %}}) still stops the build, with Jekyll's
 * message. {@code include} (and its kin) checks its parameters ({@code IncludeTag#validate_params};
 * the file name is checked when it renders), {@code highlight} its markup against
 * {@code HighlightBlock::SYNTAX}, {@code post_url} the post's name ({@code PostComparer}); a
 * post that does not exist, like {@code link}'s missing document, is only an error at render.
 */
public final class TagChecks {
  private static final Pattern POST_NAME = Pattern.compile("^(.+/)*(\\d+-\\d+-\\d+)-(.*)$", Pattern.MULTILINE);

  private TagChecks() {}

  /** {@code parser}, after the check Jekyll's {@code include} tag named {@code name} makes. */
  public static TagParser include(TagParser parser) {
    return (tag, p) -> {
      IncludeTag.validateParams(tag.name(), tag.markup(), p.origin(tag));
      return parser.parse(tag, p);
    };
  }

  /** {@code parser}, after {@code HighlightBlock#initialize}'s check of the markup. */
  public static TagParser highlight(TagParser parser) {
    return (tag, p) -> {
      if (!HighlightBlock.SYNTAX.matcher(tag.markup().strip()).matches()) {
        throw Failures.at(p.origin(tag), "Syntax Error in tag 'highlight' while parsing the following markup:\n\n"
            + tag.markup() + "\n\nValid syntax: highlight <lang> [linenos]\n");
      }
      return parser.parse(tag, p);
    };
  }

  /** {@code parser}, after {@code PostUrl#initialize}'s {@code PostComparer.new(name)}. */
  public static TagParser postUrl(TagParser parser) {
    return (tag, p) -> {
      postName(tag.markup().strip(), p.origin(tag));
      return parser.parse(tag, p);
    };
  }

  /** The post name's parts (path, date, slug) as {@code PostComparer} reads them, or its error. */
  static Matcher postName(String name, Origin origin) {
    Matcher m = POST_NAME.matcher(name.replaceFirst("^/", ""));
    if (!m.find()) {
      throw Failures.at(origin, "Could not parse name of post \"" + name + "\" in tag 'post_url'.\n"
          + " Make sure the post exists and the name is correct.\n"
          + " Jekyll::Errors::InvalidPostNameError: '" + name + "' does not contain valid date and/or title.\n");
    }
    return m;
  }
}
