package io.jekyll4j.liquid.drop;

import java.util.Map;

/**
 * A drop that serialises as Jekyll's drop does ({@code jsonify}, {@code inspect}): its own key
 * order, and nested documents collapsed once the JSON is two levels deep, which breaks the
 * {@code next}/{@code previous} cycle.
 */
public interface JsonView extends DropLike {
  /** The fields to write when this drop sits {@code depth} containers deep in the JSON. */
  Map<String, Object> jsonFields(int depth);

  /** Whether Ruby sees a Jekyll drop here (inspected as pretty JSON) rather than a plain hash. */
  @Override
  boolean isDrop();
}
