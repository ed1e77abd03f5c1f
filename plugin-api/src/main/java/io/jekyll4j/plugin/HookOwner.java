package io.jekyll4j.plugin;

/** The owners of Jekyll's item hooks ({@code :pages}, {@code :documents}, {@code :posts}). */
public enum HookOwner {
  /** Every page. */
  PAGES,
  /** Every document of every collection, posts included. */
  DOCUMENTS,
  /** The documents of the posts collection (they also fire {@link #DOCUMENTS}). */
  POSTS
}
