package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefetchedFileTest {
  @TempDir Path source;

  @Test
  void warningsOfFilesReadInParallelAreReportedInFileOrder() throws Exception {
    List<String> rels = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String rel = String.format("p%03d.md", i);
      Files.writeString(source.resolve(rel), "---\ntitle: [unclosed\n---\nbody " + i + "\n");
      rels.add(rel);
    }
    Diagnostics diagnostics = new Diagnostics();
    List<PrefetchedFile> files = PrefetchedFile.readAll(rels, source);
    for (PrefetchedFile f : files) f.replay(diagnostics);
    assertThat(diagnostics.warnings()).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(diagnostics.warnings().get(i)).contains(rels.get(i));
    }
    assertThat(files.get(7).replay(new Diagnostics()).body()).isEqualTo("body 7\n");
  }

  @Test
  void aFileThatCannotBeReadFailsWhenItsTurnComes() throws Exception {
    Files.write(source.resolve("bad.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n', '-', '-', '-', '\n'});
    Files.writeString(source.resolve("good.md"), "---\n---\nok\n");
    List<PrefetchedFile> files = PrefetchedFile.readAll(List.of("good.md", "bad.md"), source);
    assertThat(files.get(0).replay(new Diagnostics()).body()).isEqualTo("ok\n");
    assertThatThrownBy(() -> files.get(1).replay(new Diagnostics()))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("bad.md");
  }
}
