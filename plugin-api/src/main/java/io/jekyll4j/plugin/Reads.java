package io.jekyll4j.plugin;

import java.util.List;
import java.util.Objects;

/**
 * What a plugin's output depends on, beyond the page or document it is working on: {@code serve}
 * renders everything again after an edit to any of these, and may otherwise rebuild only what the
 * edit affects. A plugin that cannot say returns {@link #everything()} (the default).
 *
 * @param readsEverything whether every edit may change the plugin's output
 * @param files source files, as Ruby-style globs relative to the source ({@code _config.yml},
 *     {@code assets/*.json}, {@code **}{@code /*.md})
 * @param dataKeys top-level {@code site.data} keys (files under {@code _data/NAME})
 * @param listings collections whose list of documents the plugin reads ({@code posts}): adding,
 *     removing or editing one of their documents counts
 */
public record Reads(boolean readsEverything, List<String> files, List<String> dataKeys, List<String> listings) {
  public Reads {
    files = List.copyOf(Objects.requireNonNull(files));
    dataKeys = List.copyOf(Objects.requireNonNull(dataKeys));
    listings = List.copyOf(Objects.requireNonNull(listings));
  }

  /** Every edit may change the plugin's output: rebuilds are full builds. */
  public static Reads everything() {
    return new Reads(true, List.of(), List.of(), List.of());
  }

  /**
   * Nothing beyond the item being rendered (a filter, a tag of literal arguments, a converter, a
   * post-render hook that looks only at its own item).
   */
  public static Reads nothing() {
    return new Reads(false, List.of(), List.of(), List.of());
  }

  /** These reads plus the source files matching {@code globs}. */
  public Reads files(String... globs) {
    return new Reads(readsEverything, concat(files, globs), dataKeys, listings);
  }

  /** These reads plus the {@code site.data} entries {@code keys}. */
  public Reads data(String... keys) {
    return new Reads(readsEverything, files, concat(dataKeys, keys), listings);
  }

  /** These reads plus the document lists of the collections {@code labels}. */
  public Reads listings(String... labels) {
    return new Reads(readsEverything, files, dataKeys, concat(listings, labels));
  }

  private static List<String> concat(List<String> a, String... b) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(a);
    out.addAll(List.of(b));
    return out;
  }
}
