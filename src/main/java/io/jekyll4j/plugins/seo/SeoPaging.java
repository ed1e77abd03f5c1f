package io.jekyll4j.plugins.seo;

import java.util.Map;

/** The {@code rel="prev"}/{@code rel="next"} links of a paginated page. */
final class SeoPaging {
  private SeoPaging() {}

  static void links(SeoFacts facts, Lines out) {
    Map<?, ?> paginator = facts.paginator();
    if (paginator == null) return;
    if (SeoFacts.truthy(paginator.get("previous_page"))) {
      out.add("<link rel=\"prev\" href=\"" + facts.filters().absoluteUrl(paginator.get("previous_page_path")) + "\" />");
    }
    if (SeoFacts.truthy(paginator.get("next_page"))) {
      out.add("<link rel=\"next\" href=\"" + facts.filters().absoluteUrl(paginator.get("next_page_path")) + "\" />");
    }
  }
}
