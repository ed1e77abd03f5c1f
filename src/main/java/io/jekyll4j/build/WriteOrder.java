package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.url.Router;
import java.time.ZonedDateTime;

/**
 * What a build writes and where, as Jekyll's {@code Site#each_site_file} and {@code write?}
 * decide it: pages, then the static files of the site and of writing collections, then the
 * documents that write; a later writer of the same path wins. The one place that knows these
 * rules: the full write, the outputs {@code serve} renders ahead and the generators ask here.
 */
public final class WriteOrder {
  /** Receives each output in write order. */
  interface Visitor {
    void rendered(String outputPath, Convertible item);

    void copied(String outputPath, StaticFile file);
  }

  private final SiteConfig config;
  private final Router router;
  private final boolean future;
  private final ZonedDateTime time;

  WriteOrder(SiteConfig config, Router router, boolean future, ZonedDateTime time) {
    this.config = config;
    this.router = router;
    this.future = future;
    this.time = time;
  }

  /** Visits every output of {@code site} in Jekyll's write order. */
  void visit(Site site, Visitor visitor) {
    for (Convertible item : site.pages()) visitor.rendered(outputPath(router, item), item);
    for (StaticFile f : site.staticFiles()) {
      if (writes(f)) visitor.copied(outputPath(router, f), f);
    }
    for (Document d : site.documents()) {
      if (writes(d)) visitor.rendered(outputPath(router, d), d);
    }
  }

  /** Jekyll's {@code Document#write?}: the collection writes, and the document is not future. */
  boolean writes(Document d) {
    return writes(config, d, future, time);
  }

  /** The same rule without a router: for generators, which run before URLs are set. */
  public static boolean writes(SiteConfig config, Document d, boolean future, ZonedDateTime time) {
    if (!future && d.date().toEpochSecond() > time.toEpochSecond()) return false;
    return collectionWrites(config, d.collection());
  }

  /** A site file is written; a collection's file when its collection writes. */
  boolean writes(StaticFile f) {
    return f.collection().isEmpty() || collectionWrites(config, f.collection());
  }

  /** Whether a collection writes its documents ({@code output}; posts unless the config says). */
  public static boolean collectionWrites(SiteConfig config, String label) {
    return config.collection(label).map(m -> Boolean.TRUE.equals(m.get("output"))).orElse(label.equals("posts"));
  }

  /** The output file of a page or document, relative to the destination. */
  static String outputPath(Router router, Convertible item) {
    return Router.outputPath(item.url(), router.outputExt(item), item instanceof Document);
  }

  /** The output file of a static file, relative to the destination. */
  static String outputPath(Router router, StaticFile f) {
    return Router.outputPath(router.url(f), f.extension(), false);
  }
}
