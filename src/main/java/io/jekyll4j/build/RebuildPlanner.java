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
 * Decides which items a rebuild must render again, given what changed, the previous and the
 * freshly read-and-linked site, and the recorded dependencies. An edited item is rendered again
 * with every item that read its rendered content; when its front matter changed too, also with
 * every item that read a listing showing it and its previous/next neighbours. Anything it cannot explain (config,
 * layouts, includes, data, Sass partials, created or deleted content, moved URLs, reordered
 * collections) means a full render: {@link Optional#empty()}.
 */
final class RebuildPlanner {
  private RebuildPlanner() {}

  /** The relative paths of the items to render, or empty for "render everything". */
  static Optional<Set<String>> plan(ChangeSet changes, Site before, Site after,
      DependencyGraph graph) {
    if (changes.full() || graph.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Convertible> oldItems = byPath(before.convertibles());
    Map<String, Convertible> newItems = byPath(after.convertibles());
    if (!oldItems.keySet().equals(newItems.keySet()) || !sameStaticFiles(before, after)
        || !sameOrder(before, after)) {
      return Optional.empty();
    }
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
      List<String> a = paths(before.collections().get(label));
      List<String> b = paths(after.collections().get(label));
      if (!a.equals(b)) {
        return false;
      }
    }
    return paths(before.pages()).equals(paths(after.pages()));
  }

  private static boolean sameStaticFiles(Site before, Site after) {
    return before.staticFiles().stream().map(StaticFile::relativePath).toList()
        .equals(after.staticFiles().stream().map(StaticFile::relativePath).toList());
  }

  private static List<String> paths(List<? extends Convertible> items) {
    return items.stream().map(Convertible::relativePath).toList();
  }

  private static Map<String, Convertible> byPath(List<Convertible> items) {
    return items.stream().collect(Collectors.toMap(Convertible::relativePath,
        Function.identity(), (a, b) -> a));
  }
}
