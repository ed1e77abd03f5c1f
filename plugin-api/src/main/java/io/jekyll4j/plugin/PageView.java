package io.jekyll4j.plugin;

/** A page ({@code Jekyll::Page}): a file with front matter outside any collection. */
public interface PageView extends ItemView {}
