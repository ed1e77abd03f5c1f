package io.jekyll4j.plugin;

import java.util.Set;
import java.util.function.UnaryOperator;

/** What an item hook may use besides its item: the site's configuration and the engine's HTML rewriting. */
public interface HookContext {
  /** The site's configuration. */
  ConfigView config();

  /**
   * {@code html} (a page's output, or its {@code <body>}'s content) with {@code rewrite} applied
   * to each text node outside the elements named in {@code ignoredElements} ({@code pre}, {@code
   * code}...), written back as Nokogiri's {@code DocumentFragment} round trip writes it, as Ruby
   * plugins built on html-pipeline (jemoji, jekyll-mentions) do. The text a rewrite gets is
   * escaped HTML; what it returns is inserted as HTML. Script and style content, attributes and
   * comments are never rewritten.
   */
  String rewriteHtmlText(String html, Set<String> ignoredElements, UnaryOperator<String> rewrite);
}
