package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jekyll's derived document fields (document.rb, utils.rb). */
class DocumentFieldsTest {
  @Test
  void foldersAbovePostsBecomeCategories() {
    assertThat(DocumentFields.categoriesFromPath("news/tech/_posts/2024-01-01-a.md", "_posts"))
        .containsExactly("news", "tech");
    assertThat(DocumentFields.categoriesFromPath("_posts/sub/2024-01-01-a.md", "_posts")).isEmpty();
  }

  @Test
  void aSingularCategoryIsNotSplitButAPluralStringIs() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("category", "two words");
    assertThat(DocumentFields.pluralized(data, "category", "categories")).containsExactly("two words");
    data.clear();
    data.put("categories", "two words");
    assertThat(DocumentFields.pluralized(data, "category", "categories")).containsExactly("two", "words");
    data.put("categories", List.of("a", List.of("b")));
    assertThat(DocumentFields.pluralized(data, "category", "categories")).containsExactly("a", "b");
  }

  @Test
  void slugsAreTitleizedWordByWord() {
    assertThat(DocumentFields.titleize("no-front-matter")).isEqualTo("No Front Matter");
  }

  @Test
  void onlyDatedNamesArePosts() {
    assertThat(DocumentReader.DATE_FILENAME.matcher("2024-05-01-data.txt").matches()).isTrue();
    assertThat(DocumentReader.DATE_FILENAME.matcher("readme.txt").matches()).isFalse();
  }
}
