package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** kramdown's table of contents: nested lists of links to the headers, built after writing. */
final class Toc {
  private Toc() {}

  @SuppressWarnings("unchecked")
  static KNode tree(List<Object[]> toc, KNode listEl) {
    Kind type = listEl.kind;
    KNode sections = new KNode(type);
    sections.attr.putAll(listEl.attr);
    sections.attr.putIfAbsent("id", "markdown-toc");
    Deque<KNode> stack = new ArrayDeque<>();
    for (Object[] entry : toc) {
      int level = (Integer) entry[0];
      String id = (String) entry[1];
      KNode li = new KNode(Kind.LI);
      li.options.put("level", level);
      KNode p = new KNode(Kind.P);
      p.options.put("transparent", true);
      li.children.add(p);
      KNode a = new KNode(Kind.A);
      a.attr.put("href", "#" + id);
      a.attr.put("id", sections.attr.get("id") + "-" + id);
      for (KNode c : (List<KNode>) entry[2]) a.children.add(c.copy());
      fix(a.children);
      p.children.add(a);
      li.children.add(new KNode(type));
      while (true) {
        if (stack.isEmpty()) {
          sections.children.add(li);
          stack.push(li);
          break;
        } else if ((Integer) stack.peek().options.get("level") < level) {
          stack.peek().last().children.add(li);
          stack.push(li);
          break;
        } else {
          KNode item = stack.pop();
          if (item.last().children.isEmpty()) item.children.remove(item.children.size() - 1);
        }
      }
    }
    while (!stack.isEmpty()) {
      KNode item = stack.pop();
      if (item.last().children.isEmpty()) item.children.remove(item.children.size() - 1);
    }
    return sections;
  }

  /** Removes footnote markers and unwraps links inside a TOC entry. */
  private static void fix(List<KNode> elements) {
    List<KNode> out = new ArrayList<>();
    for (KNode c : elements) {
      if (c.is(Kind.FOOTNOTE)) continue;
      fix(c.children);
      if (c.is(Kind.A)) out.addAll(c.children);
      else out.add(c);
    }
    elements.clear();
    elements.addAll(out);
  }
}
