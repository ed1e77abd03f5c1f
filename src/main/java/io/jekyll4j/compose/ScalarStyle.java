package io.jekyll4j.compose;

/** How a YAML string value is written, so new values can match the quoting of existing ones. */
public enum ScalarStyle {
  PLAIN,
  SINGLE_QUOTED,
  DOUBLE_QUOTED
}
