package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jekyll's {@code DataReader}: key names and CSV with headers. */
class DataReaderTest {
  @Test
  void keysDropCharactersOtherThanWordsSpacesAndDashes() {
    assertThat(DataReader.sanitize("my-file.name")).isEqualTo("my-filename");
    assertThat(DataReader.sanitize("two words")).isEqualTo("two_words");
  }

  @Test
  void csvRowsBecomeMapsByHeaderWithQuotedFields() {
    List<Map<String, Object>> rows = DataReader.Csv.parse("a,\"b, c\"\n1,\"say \"\"hi\"\"\"\n", ',');
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("a", "1").containsEntry("b, c", "say \"hi\"");
  }
}
