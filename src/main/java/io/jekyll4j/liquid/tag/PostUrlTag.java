package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.liquid.drop.Drops;
import io.jekyll4j.liquid.filter.UrlFilters;
import java.util.regex.Matcher;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Jekyll's {@code {% post_url 2024-01-15-name %}} (optionally {@code dir/2024-...}): the URL,
 * with baseurl, of the post whose file name matches.
 */
public final class PostUrlTag extends Tag {

  public PostUrlTag() {
    super("post_url");
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    Origin origin = Origin.of(nodes[0].render(context));
    String name = origin.markup().strip();
    Matcher m = TagChecks.postName(name, origin);
    String dir = m.group(1) == null ? "" : m.group(1);
    String base = m.group(2) + "-" + m.group(3);
    Site site = Drops.siteOf(context.get("site")).orElseThrow(() -> Failures.at(origin, "no site"));
    for (Document d : site.posts()) {
      if (!d.basename().equals(base)) continue;
      String rel = d.relativePath();
      if (dir.isEmpty() || rel.contains("/" + dir + "_posts/") || rel.startsWith(dir + "_posts/") || rel.contains("_posts/" + dir)) {
        return UrlFilters.relative(d.url(), context);
      }
    }
    throw Failures.at(origin, "Could not find post \"" + name + "\" in tag 'post_url'.\n"
        + "Make sure the post exists and the name is correct.\n");
  }
}
