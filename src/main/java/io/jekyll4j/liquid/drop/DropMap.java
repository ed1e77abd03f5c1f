package io.jekyll4j.liquid.drop;

import java.util.LinkedHashMap;
import java.util.Map;

/** The attributes of a drop held as a map ({@code StaticFileDrop}, {@code CollectionDrop}, {@code forloop}). */
public final class DropMap extends LinkedHashMap<String, Object> implements DropLike {
  public DropMap() {
    super();
  }

  public DropMap(Map<String, Object> m) {
    super(m);
  }

  @Override
  public boolean isDrop() {
    return true;
  }
}
