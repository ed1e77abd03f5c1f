package io.jekyll4j.content;

import java.util.List;
import java.util.Optional;

/**
 * One page of a paginated post listing, as jekyll-paginate's {@code Pager} computes it: what
 * Liquid sees as {@code paginator} on the index page it belongs to. Pages count from 1; the
 * previous/next fields are empty at the ends.
 */
public record Pager(
    int page,
    int perPage,
    List<Document> posts,
    int totalPosts,
    int totalPages,
    Optional<Integer> previousPage,
    Optional<String> previousPagePath,
    Optional<Integer> nextPage,
    Optional<String> nextPagePath) {
  public Pager {
    posts = List.copyOf(posts);
  }
}
