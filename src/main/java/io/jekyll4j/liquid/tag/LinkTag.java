package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.liquid.drop.Drops;
import io.jekyll4j.liquid.filter.UrlFilters;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Jekyll's {@code {% link path %}}: the URL (with baseurl) of the page, written document or
 * static file at that source-relative path; the path may contain Liquid.
 */
public final class LinkTag extends Tag {
  private final Partials partials;

  public LinkTag(Partials partials) {
    super("link");
    this.partials = partials;
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    Origin origin = Origin.of(nodes[0].render(context));
    String path = origin.markup().strip();
    if (path.contains("{{") || path.contains("{%")) path = partials.renderMarkup(path, context).strip();
    Site site = Drops.siteOf(context.get("site")).orElseThrow(() -> Failures.at(origin, "no site to link in"));
    String leading = path.startsWith("/") ? path : "/" + path;
    for (Convertible c : site.pages()) {
      if (c.relativePath().equals(path) || c.relativePath().equals(leading)) return UrlFilters.relative(c.url(), context);
    }
    for (StaticFile f : site.staticFiles()) {
      String rel = "/" + f.relativePath();
      if (f.relativePath().equals(path) || rel.equals(leading)) return UrlFilters.relative(f.url(), context);
    }
    for (Document d : site.documents()) {
      if (!writes(site, d)) continue;
      if (d.relativePath().equals(path) || d.relativePath().equals(leading)) return UrlFilters.relative(d.url(), context);
    }
    throw Failures.at(origin, "Could not find document '" + path + "' in tag 'link'.\n\n"
        + "Make sure the document exists and the path is correct.\n");
  }

  private static boolean writes(Site site, Document d) {
    Object output = site.collectionSettings(d.collection()).get("output");
    return d.collection().equals("posts") ? !Boolean.FALSE.equals(output) : Boolean.TRUE.equals(output);
  }
}
