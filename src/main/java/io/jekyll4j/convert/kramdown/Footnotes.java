package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** kramdown's footnote markup: numbered markers in the text and the notes list at the end. */
final class Footnotes {
  private final HtmlWriter writer;
  private final KramdownOptions options;
  private final List<Object[]> notes = new ArrayList<>();
  private final Map<String, Object[]> byName = new HashMap<>();
  private int counter;

  Footnotes(HtmlWriter writer, KramdownOptions options) {
    this.writer = writer;
    this.options = options;
    this.counter = options.footnoteNr();
  }

  String marker(KNode el) {
    String name = options.footnotePrefix() + el.options.get("name");
    String repeat = "";
    int number;
    Object[] note = byName.get(name);
    if (note != null) {
      number = (Integer) note[2];
      note[3] = (Integer) note[3] + 1;
      repeat = ":" + note[3];
    } else {
      number = counter++;
      note = new Object[] {name, el.value, number, 0};
      notes.add(note);
      byName.put(name, note);
    }
    return "<sup id=\"fnref:" + name + repeat + "\" role=\"doc-noteref\"><a href=\"#fn:" + name
        + "\" class=\"footnote\" rel=\"footnote\">" + number + "</a></sup>";
  }

  private static final String BACKLINK =
      "%s<a href=\"#fnref:%s\" class=\"reversefootnote\" role=\"doc-backlink\">%s</a>";

  String content() {
    KNode ol = new KNode(Kind.OL);
    if (options.footnoteNr() != 1) ol.attr.put("start", String.valueOf(options.footnoteNr()));
    String backlink = Escapes.html(options.footnoteBacklink(), Escapes.Mode.TEXT);
    for (int i = 0; i < notes.size(); i++) {
      Object[] note = notes.get(i);
      String name = (String) note[0];
      KNode data = (KNode) note[1];
      int repeat = (Integer) note[3];
      KNode li = new KNode(Kind.LI);
      li.attr.put("id", "fn:" + name);
      li.attr.put("role", "doc-endnote");
      for (KNode c : data.children) li.children.add(c.copy());
      KNode para = null;
      boolean insertSpace = false;
      KNode lastChild = li.last();
      if ((lastChild != null && lastChild.is(Kind.P)) || options.footnoteBacklinkInline()) {
        KNode parent = li;
        while (!parent.children.isEmpty() && !parent.last().is(Kind.P) && !parent.last().is(Kind.HEADER)) {
          parent = parent.last();
        }
        para = parent.last();
        insertSpace = true;
      }
      if (para == null) {
        para = new KNode(Kind.P);
        li.children.add(para);
        insertSpace = false;
      }
      if (!options.footnoteBacklink().isEmpty()) {
        String nbsp = writer.entityToStr(Entities.byName("nbsp").orElseThrow(), null);
        para.children.add(new KNode(Kind.RAW, String.format(BACKLINK, insertSpace ? nbsp : "", name, backlink)));
        for (int k = 1; k <= repeat; k++) {
          para.children.add(new KNode(Kind.RAW,
              String.format(BACKLINK, nbsp, name + ":" + k, backlink + "<sup>" + (k + 1) + "</sup>")));
        }
      }
      ol.children.add(new KNode(Kind.RAW, writer.listItem(li, 4)));
    }
    if (ol.children.isEmpty()) return "";
    Map<String, String> attr = new LinkedHashMap<>();
    attr.put("class", "footnotes");
    attr.put("role", "doc-endnotes");
    return HtmlWriter.indented("div", attr, writer.convert(ol, 2), 0);
  }
}
