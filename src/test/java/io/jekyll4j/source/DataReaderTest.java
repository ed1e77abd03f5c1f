package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jekyll's {@code DataReader}: key names and CSV with headers. */
@SuppressWarnings("unchecked")
class DataReaderTest {
  @Test
  void keysDropCharactersOtherThanWordsSpacesAndDashes() {
    assertThat(DataReader.sanitize("my-file.name")).isEqualTo("my-filename");
    assertThat(DataReader.sanitize("two words")).isEqualTo("two_words");
  }

  @Test
  void csvRowsBecomeMapsByHeaderWithQuotedFields() {
    List<Object> rows = CsvData.read("a,\"b, c\"\n1,\"say \"\"hi\"\"\"\n", ',', Map.of());
    assertThat(rows).hasSize(1);
    assertThat((Map<Object, Object>) rows.get(0)).containsEntry("a", "1").containsEntry("b, c", "say \"hi\"");
  }

  @Test
  void emptyUnquotedFieldsAreNilAndBlankLinesAreRowsOfNils() {
    // Ruby: CSV.parse("a,b,c\n1,,\"\"\n\n4\n", headers: true).map(&:to_hash)
    List<Object> rows = CsvData.read("a,b,c\n1,,\"\"\n\n4\n", ',', Map.of());
    assertThat(rows).hasSize(3);
    Map<?, ?> first = (Map<?, ?>) rows.get(0);
    assertThat(first.get("b")).isNull();
    assertThat(first.get("c")).isEqualTo("");
    assertThat(((Map<?, ?>) rows.get(1)).values()).containsOnlyNulls();
    assertThat(((Map<?, ?>) rows.get(2)).get("a")).isEqualTo("4");
  }

  @Test
  void tsvFieldsMayBeQuotedAndConvertersMakeNumbers() {
    List<Object> rows = CsvData.read("a\tb\n\"x y\"\t42\n", '\t', Map.of("csv_converters", List.of("numeric")));
    assertThat((Map<Object, Object>) rows.get(0)).containsEntry("a", "x y").containsEntry("b", 42L);
  }

  @Test
  void withoutHeadersRowsAreLists() {
    assertThat(CsvData.read("a,b\n1,2\n", ',', Map.of("headers", false)))
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
  }
}
