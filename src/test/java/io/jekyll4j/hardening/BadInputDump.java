package io.jekyll4j.hardening;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every bad-input case to {@code DIR/SLUG/} (src, outside, out) with a {@code name} file
 * holding the case's name, for {@code src/test/scripts/bad-inputs-oracle}, which builds each with
 * real Jekyll. Run from the test classes: {@code java -cp target/test-classes
 * io.jekyll4j.hardening.BadInputDump DIR}.
 */
public final class BadInputDump {
  private BadInputDump() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    for (BadInputCases.Case c : BadInputCases.all()) {
      Path root = dir.resolve(BadInputCases.slug(c));
      BadInputCases.materialize(c, root);
      Files.writeString(root.resolve("name"), c.toString() + "\n");
    }
  }
}
