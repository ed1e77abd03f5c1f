package io.jekyll4j.plugins.seo;

import java.util.Map;

/** The Facebook keys and the site-ownership verification metas of {@code site.facebook} and
 * {@code site.webmaster_verifications} (or the older {@code site.google_site_verification}). */
final class SeoVerifications {
  private static final String[][] FACEBOOK = {
    {"admins", "fb:admins"}, {"publisher", "article:publisher"}, {"app_id", "fb:app_id"},
  };
  private static final String[][] WEBMASTERS = {
    {"google", "google-site-verification"}, {"bing", "msvalidate.01"}, {"alexa", "alexaVerifyID"},
    {"yandex", "yandex-verification"}, {"baidu", "baidu-site-verification"},
    {"facebook", "facebook-domain-verification"},
  };

  private SeoVerifications() {}

  static void write(Map<?, ?> site, Lines out, SeoFilters filters) {
    Object facebook = site.get("facebook");
    if (SeoFacts.truthy(facebook)) {
      for (String[] k : FACEBOOK) {
        Object v = SeoFacts.at(facebook, k[0]);
        if (SeoFacts.truthy(v)) out.meta("property", k[1], filters.toS(v));
      }
    }
    Object webmasters = site.get("webmaster_verifications");
    if (SeoFacts.truthy(webmasters)) {
      for (String[] k : WEBMASTERS) {
        Object v = SeoFacts.at(webmasters, k[0]);
        if (SeoFacts.truthy(v)) out.meta("name", k[1], filters.toS(v));
      }
    } else if (SeoFacts.truthy(site.get("google_site_verification"))) {
      out.meta("name", "google-site-verification", filters.toS(site.get("google_site_verification")));
    }
  }
}
