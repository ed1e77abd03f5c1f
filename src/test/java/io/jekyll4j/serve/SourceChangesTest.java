package io.jekyll4j.serve;

import static io.jekyll4j.serve.SourceChange.Kind.CREATED;
import static io.jekyll4j.serve.SourceChange.Kind.DELETED;
import static io.jekyll4j.serve.SourceChange.Kind.MODIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceChangesTest {
  private static SourceChange c(String p, SourceChange.Kind k) {
    return new SourceChange(p, k);
  }

  @Test
  void createdThenDeletedCancelsOut() {
    assertThat(SourceChanges.fold(List.of(c("a", CREATED), c("a", DELETED))).isEmpty()).isTrue();
  }

  @Test
  void deletedThenCreatedIsAModification() {
    assertThat(SourceChanges.fold(List.of(c("a", DELETED), c("a", CREATED))).changes())
        .containsExactly(c("a", MODIFIED));
  }

  @Test
  void createdThenModifiedStaysCreatedAndOrderIsKept() {
    assertThat(SourceChanges.fold(List.of(c("b", CREATED), c("a", MODIFIED), c("b", MODIFIED)))
        .changes()).containsExactly(c("b", CREATED), c("a", MODIFIED));
  }

  @Test
  void modifiedThenDeletedIsDeleted() {
    assertThat(SourceChanges.fold(List.of(c("a", MODIFIED), c("a", DELETED))).changes())
        .containsExactly(c("a", DELETED));
  }

  @Test
  void everythingIsNeverEmpty() {
    assertThat(SourceChanges.everything().isEmpty()).isFalse();
    assertThat(SourceChanges.everything().full()).isTrue();
  }
}
