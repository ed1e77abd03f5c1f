package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans a build ({@link #plan}: full or partial), and decides which items a partial rebuild
 * renders again ({@link #itemsToRender}), given what changed, the previous and the
 * freshly read-and-linked site, and the recorded dependencies. An edited item is rendered again
 * with every item that read its rendered content; when its front matter changed too, also with
 * every item that read a listing showing it and its previous/next neighbours. Anything it cannot explain (config,
 * layouts, includes, data, Sass partials, created or deleted content, moved URLs, reordered
 * collections) means a full render: {@link Optional#empty()}.
 */
final class RebuildPlanner {
  private RebuildPlanner() {}

  /**
   * The plan of a build after the {@code requested} changes: full when a full build is asked for,
   * when there is no previous build or it failed (its changes must not be lost), when the
   * destination is gone, or when an enabled plugin reads what changed; else partial, re-reading
   * only the edited files when each is an edited page or document of the last build.
   */
  static RebuildPlan plan(ChangeSet requested, boolean lastFailed, boolean destinationExists, Plugins plugins,
      Site lastSite, Optional<SiteIndex> index) {
    if (requested.full()) return new RebuildPlan.Full("a full build");
    if (lastSite == null) return new RebuildPlan.Full("no previous build");
    if (lastFailed) return new RebuildPlan.Full("the previous build failed");
    if (!destinationExists) return new RebuildPlan.Full("the destination is gone");
    if (plugins.rebuildsEverything(requested)) return new RebuildPlan.Full("a plugin reads what changed");
    return new RebuildPlan.Partial(requested, RebuildSteps.rereadable(requested, lastSite, index));
  }

  /**
   * The relative paths of the items a partial rebuild renders, or empty for "render everything";
   * the edited items are found through the render-order index of {@code before} when it fits.
   */
  static Optional<Set<String>> itemsToRender(ChangeSet changes, Site before, Site after,
      DependencyGraph graph, Optional<SiteIndex> index) {
    if (changes.full() || graph.isEmpty()) {
      return Optional.empty();
    }
    // the same items in the same order (so the same set of items), and the same static files
    if (!sameStaticFiles(before, after) || !sameOrder(before, after)) {
      return Optional.empty();
    }
    Set<String> edited = new HashSet<>();
    changes.changes().forEach(c -> edited.add(c.path()));
    List<Convertible> itemsBefore = before.convertibles();
    List<Convertible> itemsAfter = after.convertibles();
    Optional<SiteIndex> fitting = index.filter(i -> i.fits(itemsBefore) && i.fits(itemsAfter));
    Map<String, Convertible> oldItems = fitting.isPresent()
        ? byIndex(itemsBefore, edited, fitting.get()) : byPath(itemsBefore, edited);
    Map<String, Convertible> newItems = fitting.isPresent()
        ? byIndex(itemsAfter, edited, fitting.get()) : byPath(itemsAfter, edited);
    Set<String> render = new HashSet<>();
    Set<String> statics = before.staticFiles().stream().map(StaticFile::relativePath)
        .collect(Collectors.toSet());
    for (ChangeSet.Change change : changes.changes()) {
      String path = change.path();
      if (change.kind() != ChangeSet.Kind.MODIFIED || graph.isIncluded(path)) {
        return Optional.empty();
      }
      if (statics.contains(path)) {
        render.addAll(graph.readersOf(Set.of("site.static_files", "site.collections")));
        continue;
      }
      Convertible old = oldItems.get(path);
      Convertible now = newItems.get(path);
      if (old == null || now == null || !old.url().equals(now.url())) {
        return Optional.empty();
      }
      render.add(path);
      render.addAll(graph.readersOf(Set.of("rendered:" + path)));
      if (!old.data().equals(now.data())) {
        // front matter shows in listings and in the neighbours' previous/next links
        render.addAll(graph.readersOf(listingKeys(now)));
        if (now instanceof Document doc) {
          neighbours(after, doc).forEach(render::add);
        }
      }
    }
    return Optional.of(render);
  }

  /** The {@code site.*} keys whose value shows this item. */
  private static Set<String> listingKeys(Convertible item) {
    if (item instanceof Page) {
      return Set.of("site.pages", "site.html_pages");
    }
    Document doc = (Document) item;
    Set<String> keys = new HashSet<>(
        Set.of("site.documents", "site.collections", "site." + doc.collection()));
    if (doc.collection().equals("posts")) {
      keys.addAll(Set.of("site.posts", "site.categories", "site.tags"));
    }
    return keys;
  }

  /** Documents whose {@code page.previous} / {@code page.next} is this one. */
  private static List<String> neighbours(Site site, Document doc) {
    List<Document> docs = site.collections().getOrDefault(doc.collection(), List.of());
    int i = docs.indexOf(doc);
    List<String> out = new java.util.ArrayList<>();
    if (i > 0) {
      out.add(docs.get(i - 1).relativePath());
    }
    if (i >= 0 && i + 1 < docs.size()) {
      out.add(docs.get(i + 1).relativePath());
    }
    return out;
  }

  private static boolean sameOrder(Site before, Site after) {
    if (!before.collections().keySet().equals(after.collections().keySet())) {
      return false;
    }
    for (String label : before.collections().keySet()) {
      if (!samePaths(before.collections().get(label), after.collections().get(label),
          Convertible::relativePath)) {
        return false;
      }
    }
    return samePaths(before.pages(), after.pages(), Convertible::relativePath);
  }

  private static boolean sameStaticFiles(Site before, Site after) {
    return samePaths(before.staticFiles(), after.staticFiles(), StaticFile::relativePath);
  }

  private static <T> boolean samePaths(List<? extends T> a, List<? extends T> b,
      Function<T, String> path) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      T x = a.get(i);
      T y = b.get(i);
      if (x != y && !path.apply(x).equals(path.apply(y))) return false;
    }
    return true;
  }

  private static Map<String, Convertible> byIndex(List<Convertible> items, Set<String> paths,
      SiteIndex index) {
    Map<String, Convertible> out = new java.util.HashMap<>();
    for (String p : paths) {
      for (int i : index.positionsOf(p)) {
        if (items.get(i).relativePath().equals(p)) {
          out.putIfAbsent(p, items.get(i));
          break;
        }
      }
    }
    return out;
  }

  /** The items among {@code items} whose path is one of {@code paths}, by path (first wins). */
  private static Map<String, Convertible> byPath(List<Convertible> items, Set<String> paths) {
    Map<String, Convertible> out = new java.util.HashMap<>();
    for (Convertible c : items) {
      if (paths.contains(c.relativePath())) out.putIfAbsent(c.relativePath(), c);
    }
    return out;
  }
}
