package io.jekyll4j.plugins.seo;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What jekyll-seo-tag derives from the page, the site and the paginator: titles, description,
 * canonical URL, locale, author, image, logo and the JSON-LD type, each formatted as the gem does
 * (markdownify, strip_html, normalize_whitespace, escape_once for text).
 */
final class SeoFacts {
  private static final String SEPARATOR = " | ";
  private static final Pattern HOME_OR_ABOUT = Pattern.compile("^/(about/)?(index.html?)?$");
  /** The references Ruby's {@code format} resolves in a paginator message. */
  private static final Pattern PAGE_FIELD = Pattern.compile("%<(current|total)>[sd]|%\\{(current|total)\\}");
  private static final Pattern TRAILING_INDEX = Pattern.compile("/index\\.html$");
  private static final Pattern TITLE_FALSE = Pattern.compile("title=false", Pattern.CASE_INSENSITIVE);

  private final Map<?, ?> page;
  private final Map<?, ?> site;
  private final Map<?, ?> paginator;
  private final SeoFilters filters;
  private final String markup;
  private final Map<String, Optional<String>> formatted = new java.util.HashMap<>();
  private final Map<String, Optional<String>> siteFormatted;

  /**
   * @param siteFormatted {@code format_string} results of site-wide values (title, description,
   *     tagline, social name) by their text, shared by every page of a build
   */
  SeoFacts(Map<?, ?> page, Map<?, ?> site, Map<?, ?> paginator, SeoFilters filters, String markup,
      Map<String, Optional<String>> siteFormatted) {
    this.siteFormatted = siteFormatted;
    this.page = page;
    this.site = site;
    this.paginator = paginator;
    this.filters = filters;
    this.markup = markup;
  }

  /** Ruby's truthiness: everything but nil and false. */
  static boolean truthy(Object v) {
    return v != null && !Boolean.FALSE.equals(v);
  }

  /** {@code map[key]} when {@code map} is a hash, else nil. */
  static Object at(Object map, String key) {
    return map instanceof Map<?, ?> m ? m.get(key) : null;
  }

  private static Object or(Object a, Object b) {
    return truthy(a) ? a : b;
  }

  Map<?, ?> page() {
    return page;
  }

  Map<?, ?> site() {
    return site;
  }

  Map<?, ?> paginator() {
    return paginator;
  }

  SeoFilters filters() {
    return filters;
  }

  /** {@code format_string} of a value, computed once per tag (markdownify is not cheap). */
  private Optional<String> format(String key, Object value) {
    Optional<String> done = formatted.get(key);
    if (done == null) {
      done = filters.format(value);
      formatted.put(key, done);
    }
    return done;
  }

  /** {@code format_string} of a site-wide value, computed once per build for each text. */
  private Optional<String> formatSite(Object value) {
    if (value == null) return Optional.empty();
    String text = filters.toS(value);
    Optional<String> done = siteFormatted.get(text);
    if (done == null) {
      done = filters.format(text);
      siteFormatted.put(text, done);
    }
    return done;
  }

  Optional<String> siteTitle() {
    return formatSite(or(site.get("title"), site.get("name")));
  }

  private Optional<String> siteDescription() {
    return formatSite(site.get("description"));
  }

  /** The page's title alone (or the site's). */
  Optional<String> pageTitle() {
    Optional<String> own = format("page_title", page.get("title"));
    return own.isPresent() ? own : siteTitle();
  }

  /** The {@code <title>}: page and site title, or site title and tagline, after "Page N of M for ". */
  Optional<String> title() {
    Optional<String> site = siteTitle();
    Optional<String> pageTitle = pageTitle();
    Optional<String> title;
    if (site.isPresent() && !pageTitle.equals(site)) {
      title = Optional.of(pageTitle.get() + SEPARATOR + site.get());
    } else if (site.isPresent() && siteDescription().isPresent()) {
      Optional<String> tagline = formatSite(this.site.get("tagline"));
      title = Optional.of(site.get() + SEPARATOR + tagline.orElse(siteDescription().get()));
    } else {
      title = pageTitle.isPresent() ? pageTitle : site;
    }
    return title.map(t -> pageNumber().orElse("") + t);
  }

  /** Whether the tag writes {@code <title>}: there is one and the markup does not say title=false. */
  boolean writesTitle() {
    return title().isPresent() && !TITLE_FALSE.matcher(markup).find();
  }

  private Optional<String> pageNumber() {
    if (paginator == null || !truthy(paginator.get("page"))) return Optional.empty();
    Object current = paginator.get("page");
    if (!(current instanceof Number n) || n.longValue() <= 1) return Optional.empty();
    Object message = site.get("seo_paginator_message");
    String format = message == null ? "Page %<current>s of %<total>s for " : filters.toS(message);
    Map<String, String> values = Map.of("current", filters.toS(current), "total", filters.toS(paginator.get("total_pages")));
    return Optional.of(PAGE_FIELD.matcher(format).replaceAll(m ->
        java.util.regex.Matcher.quoteReplacement(values.get(m.group(1) != null ? m.group(1) : m.group(2)))));
  }

  /** JSON-LD {@code name}: {@code seo.name}, else on the home or about page the social name or site title. */
  Optional<String> name() {
    Object seoName = seo().get("name");
    if (truthy(seoName)) return filters.format(seoName);
    if (!homeOrAbout()) return Optional.empty();
    Object social = social().get("name");
    return truthy(social) ? formatSite(social) : siteTitle();
  }

  Optional<String> description() {
    Optional<String> own = format("description", or(page.get("description"), page.get("excerpt")));
    return own.isPresent() ? own : siteDescription();
  }

  SeoAuthor author() {
    return SeoAuthor.of(page, site, filters);
  }

  Optional<SeoImage> image() {
    return SeoImage.of(page.get("image"), filters);
  }

  Optional<String> dateModified() {
    Object date = or(or(seo().get("date_modified"), page.get("last_modified_at")), page.get("date"));
    return truthy(date) ? Optional.of(filters.xmlschema(date)) : Optional.empty();
  }

  Optional<String> datePublished() {
    Object date = page.get("date");
    return truthy(date) ? Optional.of(filters.xmlschema(date)) : Optional.empty();
  }

  Object type() {
    if (truthy(seo().get("type"))) return seo().get("type");
    if (homeOrAbout()) return "WebSite";
    return truthy(page.get("date")) ? "BlogPosting" : "WebPage";
  }

  Optional<Object> links() {
    if (truthy(seo().get("links"))) return Optional.of(seo().get("links"));
    if (homeOrAbout() && truthy(social().get("links"))) return Optional.of(social().get("links"));
    return Optional.empty();
  }

  Optional<String> logo() {
    Object logo = site.get("logo");
    if (!truthy(logo)) return Optional.empty();
    String s = filters.toS(logo);
    return Optional.of(filters.uriEscape(SeoFilters.isAbsolute(s) ? s : filters.absoluteUrl(s)));
  }

  String locale() {
    Object lang = or(or(page.get("lang"), site.get("lang")), "en_US");
    return filters.toS(or(or(page.get("locale"), site.get("locale")), lang)).replace('-', '_');
  }

  String canonicalUrl() {
    Object own = page.get("canonical_url");
    if (own != null && !filters.rubyToS(own).isEmpty()) return filters.toS(own);
    return TRAILING_INDEX.matcher(filters.absoluteUrl(filters.toS(page.get("url")))).replaceFirst("/");
  }

  private boolean homeOrAbout() {
    return HOME_OR_ABOUT.matcher(filters.toS(page.get("url"))).find();
  }

  private Map<?, ?> seo() {
    return page.get("seo") instanceof Map<?, ?> m ? m : Map.of();
  }

  private Map<?, ?> social() {
    return site.get("social") instanceof Map<?, ?> m ? m : Map.of();
  }
}
