package io.jekyll4j.plugins.paginate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.content.Page;
import io.jekyll4j.content.Views;
import io.jekyll4j.plugin.PageView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jekyll-paginate's template page choice and page paths (its pager.rb and pagination.rb). */
class PaginatorTest {
  private static final Views VIEWS = new Views(Path.of(""), c -> ".html", c -> true);

  private static PageView page(String rel) {
    return VIEWS.page(new Page(rel, Map.of(), "", 1));
  }

  @Test
  void onlyIndexHtmlOnTheWayToThePaginatePathIsATemplate() {
    List<PageView> pages = List.of(page("index.md"), page("sub/index.html"), page("other.html"));
    assertThat(Paginator.templatePage(pages, "/page:num")).isEmpty();
  }

  @Test
  void theDeepestCandidateWins() {
    PageView root = page("index.html");
    PageView blog = page("blog/index.html");
    assertThat(Paginator.templatePage(List.of(root, blog), "/blog/page:num/")).containsSame(blog);
    assertThat(Paginator.templatePage(List.of(root, blog), "/page:num")).containsSame(root);
  }

  @Test
  void pageOneIsTheTemplateUrlAndLaterPagesFollowTheFormat() {
    assertThat(Paginator.pathOf("/blog/p:num/", 1, "/blog/")).isEqualTo("/blog/");
    assertThat(Paginator.pathOf("/blog/p:num/", 3, "/blog/")).isEqualTo("/blog/p3/");
    assertThat(Paginator.pathOf("page:num", 2, "/")).isEqualTo("/page2");
  }
}
