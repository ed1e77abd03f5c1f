package io.jekyll4j.liquid.core;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.regex.Pattern;
import liqp.Insertion;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.InsertionNode;
import liqp.nodes.LNode;

/**
 * Liquid 4's "blank" blocks: a block whose bodies hold only white space and tags that print
 * nothing ({@code assign}, {@code capture}, {@code comment}, and blocks that are blank in turn)
 * still runs, but its output is dropped, white space included. So {@code {% if x %}\n  {% assign
 * y = 1 %}\n{% endif %}} renders as nothing, which matters in feeds and other non-HTML output.
 * liqp keeps a node's tag and parameters private; they are read once per class by reflection.
 */
public final class Blank {
  private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\u000b\\f\\r]*");
  private static final Set<String> BLANK_TAGS = Set.of("assign", "capture", "comment");
  private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "tablerow");
  private static final Field INSERTION = field("insertion");
  private static final Field TOKENS = field("tokens");

  private Blank() {}

  /** Whether every body among {@code nodes} (a block tag's parameters) is blank. */
  public static boolean bodies(LNode... nodes) {
    if (INSERTION == null || TOKENS == null) return false;
    boolean any = false;
    for (LNode n : nodes) {
      if (n instanceof BlockNode b) {
        any = true;
        if (!body(b)) return false;
      }
    }
    return any;
  }

  private static boolean body(BlockNode block) {
    return block instanceof BodyNode b ? b.isBlank() : computeBody(block);
  }

  /** The body rule itself, for a body that does not remember it. */
  static boolean computeBody(BlockNode block) {
    for (LNode child : block.getChildren()) {
      if (child == null) continue;
      if (child instanceof AtomNode atom) {
        Object text = atom.render(null);
        if (!(text instanceof CharSequence cs) || !SPACE.matcher(cs).matches()) return false;
      } else if (child instanceof InsertionNode insertion) {
        if (!tag(insertion)) return false;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean tag(InsertionNode node) {
    try {
      String name = ((Insertion) INSERTION.get(node)).name;
      if (BLANK_TAGS.contains(name)) return true;
      if (name.equals("raw")) return rawIsEmpty((LNode[]) TOKENS.get(node));
      return BLOCKS.contains(name) && bodies((LNode[]) TOKENS.get(node));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Whether a block tag node (if, for, tablerow...) is blank: it runs, but prints nothing. */
  public static boolean block(LNode node) {
    if (!(node instanceof InsertionNode insertion) || INSERTION == null) return false;
    try {
      String name = ((Insertion) INSERTION.get(insertion)).name;
      return (BLOCKS.contains(name) || name.equals("raw")) && tag(insertion);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static boolean rawIsEmpty(LNode[] tokens) {
    for (LNode t : tokens) {
      if (t instanceof AtomNode a && !String.valueOf(a.render(null)).isEmpty()) return false;
    }
    return true;
  }

  private static Field field(String name) {
    try {
      Field f = InsertionNode.class.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
