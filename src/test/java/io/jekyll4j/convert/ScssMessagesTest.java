package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sass's messages are printed as Sass's logger prints them, without a Java logger's prefix. */
class ScssMessagesTest {
  @Test
  void theStringStylesheetIsNamedByItsPath() {
    assertThat(ScssConverter.sassMessage("WARNING: careful here\n    - 2:1  root stylesheet\n", "css/main.scss"))
        .isEqualTo("WARNING: careful here\n    css/main.scss 2:1  root stylesheet\n");
    assertThat(ScssConverter.sassMessage("-:3 DEBUG: dbg", "css/main.scss")).isEqualTo("css/main.scss:3 DEBUG: dbg\n");
    assertThat(ScssConverter.sassMessage("WARNING: x\n    _sass/_a.scss 1:1  @import\n    - 2:9  root stylesheet", "a.scss"))
        .isEqualTo("WARNING: x\n    _sass/_a.scss 1:1  @import\n    a.scss 2:9  root stylesheet\n");
  }
}
