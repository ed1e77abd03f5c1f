package io.jekyll4j.liquid.parse;

import liqp.Insertion;
import liqp.nodes.AtomNode;
import liqp.nodes.InsertionNode;
import liqp.nodes.LNode;

/**
 * Reads one tag, as a Liquid tag class's {@code initialize} and {@code parse} do: its markup
 * and, for a block, its body up to the end tag (through {@link LiquidParser#parseBody}). The
 * result is the node that renders it. Registered by name in a {@link TagRegistry}.
 */
@FunctionalInterface
public interface TagParser {
  /** The node for {@code tag}; {@code parser} reads any body that follows. */
  LNode parse(Tag tag, LiquidParser parser);

  /** One tag as met in the template: its name, markup (text after the name) and line. */
  record Tag(String name, String markup, int line) {}

  /**
   * A tag that reads its own markup when it renders: the node is {@code insertion} with the
   * tag's {@link Origin} as its only node (Jekyll's {@code include}, {@code link}, plugin tags).
   */
  static TagParser markup(Insertion insertion) {
    return (tag, parser) -> new InsertionNode(insertion, new AtomNode(parser.origin(tag)));
  }

  /**
   * A block that reads its own markup when it renders: {@code insertion} with the tag's
   * {@link Origin} and the body up to {@code end<name>} (Jekyll's {@code highlight}).
   */
  static TagParser markupBlock(Insertion insertion) {
    return (tag, parser) -> {
      LiquidParser.Body body = parser.newBody();
      LiquidParser.EndTag other;
      while ((other = parser.parseBody(body, tag.name())) != null) throw parser.unknownTag(tag.name(), other);
      return new InsertionNode(insertion, new AtomNode(parser.origin(tag)), body.node());
    };
  }
}
