package io.jekyll4j.compose;

import io.jekyll4j.url.Slugs;

/** Checks a title given on the command line and makes its file-name slug, as jekyll-compose. */
final class Titles {
  private Titles() {}

  static String slug(String title) {
    if (title.isBlank()) {
      throw new ComposeException("You must specify a name.");
    }
    String slug = Slugs.slugify(title);
    if (slug.isEmpty()) {
      throw new ComposeException(
          "The title '" + title + "' has no letter or digit to make a file name of.");
    }
    return slug;
  }
}
