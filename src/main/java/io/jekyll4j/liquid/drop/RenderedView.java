package io.jekyll4j.liquid.drop;

import io.jekyll4j.content.Convertible;

/**
 * How a drop reads another item's rendered {@code content} and {@code output}. Jekyll renders
 * items one after the other, so an item sees the items before it rendered and those after it
 * raw; the render phase supplies a view that keeps exactly that while rendering in parallel.
 */
public interface RenderedView {
  /** {@code content} of {@code item} as the item being rendered now must see it. */
  String content(Convertible item);

  /** {@code output} of {@code item} as the item being rendered now must see it. */
  String output(Convertible item);

  /** Whatever has been stored so far: for reads outside a render. */
  RenderedView AS_STORED =
      new RenderedView() {
        @Override
        public String content(Convertible item) {
          return item.content() != null ? item.content() : item.body();
        }

        @Override
        public String output(Convertible item) {
          return item.output();
        }
      };
}
