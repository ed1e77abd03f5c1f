package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import io.jekyll4j.write.SiteWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The steps by which {@link Pipeline#rebuild} does less than a full build: decide whether the
 * edited files can simply be read again, carry the rendered content of untouched items over, and
 * write only the outputs that changed. Each falls back to the full step when unsure.
 */
final class RebuildSteps {
  private RebuildSteps() {}

  /**
   * The edited files, when every change is an edit of a page or document of the previous build
   * (so the site can be updated by re-reading just those files); empty otherwise.
   */
  static java.util.Optional<Set<String>> rereadable(ChangeSet changes, Site lastSite,
      java.util.Optional<SiteIndex> index) {
    if (changes.full() || lastSite == null || changes.changes().isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.function.Predicate<String> known;
    if (index.isPresent()) {
      known = index.get()::contains;
    } else {
      Set<String> all = new HashSet<>();
      lastSite.convertibles().forEach(c -> all.add(c.relativePath()));
      known = all::contains;
    }
    Set<String> paths = new HashSet<>();
    for (ChangeSet.Change c : changes.changes()) {
      if (c.kind() != ChangeSet.Kind.MODIFIED || !known.test(c.path())) {
        return java.util.Optional.empty();
      }
      paths.add(c.path());
    }
    return java.util.Optional.of(paths);
  }

  /**
   * Whether re-read documents keep their collection's order: posts sort by date (and path), other
   * collections may sort by any front-matter key, so there the front matter must be unchanged.
   */
  static boolean sameDates(Site before, Site after, Set<String> paths,
      java.util.Optional<SiteIndex> index) {
    java.util.List<Document> was = before.documents();
    java.util.List<Document> now = after.documents();
    java.util.List<Document> edited = new java.util.ArrayList<>();
    Map<String, Document> old = new HashMap<>();
    if (index.isPresent() && was.size() == now.size()) {
      // documents come first in the render order, so their positions are the index's
      for (String p : paths) {
        for (int i : index.get().positionsOf(p)) {
          if (i < was.size()) {
            old.putIfAbsent(p, was.get(i));
            edited.add(now.get(i));
          }
        }
      }
    } else {
      for (Document d : was) {
        if (paths.contains(d.relativePath())) old.putIfAbsent(d.relativePath(), d);
      }
      for (Document d : now) {
        if (paths.contains(d.relativePath())) edited.add(d);
      }
    }
    for (Document d : edited) {
      if (!paths.contains(d.relativePath())) continue;
      Document o = old.get(d.relativePath());
      if (o == null || !o.date().equals(d.date())) return false;
      if (!d.collection().equals("posts") && !o.data().equals(d.data())) return false;
    }
    return true;
  }

  /** Items a rebuild does not render keep what the previous build rendered for them. */
  static void carryOver(Site before, Site after, Set<String> rendered) {
    java.util.List<Convertible> was = before.convertibles();
    java.util.List<Convertible> now = after.convertibles();
    if (was.size() == now.size()) {
      boolean aligned = true;
      for (int i = 0; i < now.size() && aligned; i++) {
        Convertible prev = was.get(i);
        Convertible item = now.get(i);
        if (prev == item || rendered.contains(item.relativePath())) continue;
        if (!prev.relativePath().equals(item.relativePath())) {
          aligned = false;
        } else {
          item.setContent(prev.content());
          item.setOutput(prev.output());
        }
      }
      if (aligned) return;
    }
    Map<String, Convertible> old = new HashMap<>();
    before.convertibles().forEach(c -> old.put(c.relativePath(), c));
    for (Convertible item : after.convertibles()) {
      Convertible prev = old.get(item.relativePath());
      if (rendered.contains(item.relativePath()) || prev == null) continue;
      item.setContent(prev.content());
      item.setOutput(prev.output());
    }
  }

  static void writeInPlace(
      SiteWriter writer, Map<String, SiteWriter.Output> outputs, Set<String> changed) {
    try {
      for (String path : changed) writer.writeOne(path, outputs.get(path));
    } catch (java.io.IOException e) {
      throw new BuildException(SourceLocation.of(path(e)), "Cannot write the site: " + e.getMessage(), e);
    }
  }

  private static String path(java.io.IOException e) {
    return e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : "";
  }

  /**
   * Documents a generator rewrote (jekyll-redirect-from's {@code redirect_to}): new objects on
   * every build, so nothing of the previous build (their excerpt) carries over to them.
   */
  static java.util.List<Document> generatedDocuments(Site read, Site generated) {
    if (generated.collections() == read.collections()) return java.util.List.of();
    java.util.Set<Document> readDocs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    readDocs.addAll(read.documents());
    return generated.documents().stream().filter(d -> !readDocs.contains(d)).toList();
  }

  /** Pages a generator made (pagination) list other items: they are rendered on every rebuild. */
  static Set<String> withGenerated(Set<String> render, Site read, Site generated) {
    Set<String> out = new HashSet<>(render);
    if (generated == read) return out;
    // generators (pagination) add or replace pages only; documents are the ones read
    java.util.Set<Convertible> readItems = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    readItems.addAll(read.pages());
    for (Convertible c : generated.pages()) if (!readItems.contains(c)) out.add(c.relativePath());
    if (generated.collections() != read.collections()) {
      readItems.addAll(read.documents());
      for (Convertible c : generated.documents()) if (!readItems.contains(c)) out.add(c.relativePath());
    }
    return out;
  }
}
