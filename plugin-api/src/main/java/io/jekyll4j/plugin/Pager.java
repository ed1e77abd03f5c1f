package io.jekyll4j.plugin;

import java.util.List;
import java.util.Objects;

/**
 * One page of a paginated post listing, as jekyll-paginate's {@code Pager} is: what Liquid sees
 * as {@code paginator} on the page a generator gives it ({@link GenerateContext#paginate}). Pages
 * count from 1; the previous and next fields are null at the ends.
 *
 * @param page this page's number
 * @param perPage posts per page
 * @param posts the posts of this page
 * @param totalPosts the posts of all pages
 * @param totalPages the number of pages
 * @param previousPage the previous page's number, or null
 * @param previousPagePath the previous page's URL, or null
 * @param nextPage the next page's number, or null
 * @param nextPagePath the next page's URL, or null
 */
public record Pager(int page, int perPage, List<DocumentView> posts, int totalPosts, int totalPages,
    Integer previousPage, String previousPagePath, Integer nextPage, String nextPagePath) {
  public Pager {
    posts = List.copyOf(Objects.requireNonNull(posts));
  }
}
