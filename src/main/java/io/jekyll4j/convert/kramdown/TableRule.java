package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's table rule: pipe-separated rows, separator lines (the first one after rows makes
 * them the header and sets the alignment), {@code |===} footer lines, ragged rows padded with
 * empty cells. The table is taken back when no line has a pipe outside code spans.
 */
final class TableRule {
  private final KramdownParser p;

  TableRule(KramdownParser p) {
    this.p = p;
  }

  private static final Pattern SEP_LINE = Scanner.re("^([+|: \\t-]*?-[+|: \\t-]*?)[ \\t]*\\n");
  private static final Pattern HSEP_ALIGN = Pattern.compile("[ \\t]?(:?)-+(:?)[ \\t]?");
  private static final Pattern FSEP_LINE = Scanner.re("^[+|: \\t=]*?=[+|: \\t=]*?[ \\t]*\\n");
  private static final Pattern ROW_LINE = Scanner.re("^(.*?)[ \\t]*\\n");
  private static final String PIPE_CHECK = "(?:\\||.*?[^\\\\\\n]\\|)";
  // the tails ".*?\n" written "[^\n]*\n": the same match (no DOTALL), without a lazy loop
  private static final Pattern TABLE_LINE = Scanner.re(PIPE_CHECK + "[^\\n]*\\n");
  static final Pattern TABLE_START = Scanner.re("^" + Rx.OPT_SPACE + "(?=\\S)" + PIPE_CHECK + "[^\\n]*\\n");
  private static final Pattern BACKTICKS = Pattern.compile("`+");
  private static final Pattern LEADING_PIPE = Pattern.compile("^\\s*\\|");
  private static final Pattern PIPE_LINE_START = Pattern.compile("^" + PIPE_CHECK);
  private static final Pattern CODE_HTML = Pattern.compile("(<code.*?>.*?</code>)");
  private static final Pattern CELL_SPLIT = Pattern.compile("(?<!\\\\)\\|");

  private List<KNode> rows = new ArrayList<>();

  private void addContainer(KNode table, Kind type, boolean hasFooter, boolean force) {
    if (!hasFooter || type != Kind.TBODY || force) {
      KNode cont = new KNode(type);
      cont.children = rows;
      rows = new ArrayList<>();
      table.children.add(cont);
    }
  }

  boolean table() {
    if (!p.afterBlockBoundary()) return false;
    Scanner src = p.src;
    int saved = src.pos;
    KNode table = p.newBlockEl(Kind.TABLE);
    List<String> alignment = new ArrayList<>();
    boolean leadingPipe = src.check(TABLE_LINE) && LEADING_PIPE.matcher(src.matched()).find();
    src.scan(SEP_LINE);
    rows = new ArrayList<>();
    boolean hasFooter = false;
    int columns = 0;
    while (!src.eos()) {
      if (!src.check(TABLE_LINE)) break;
      if (src.scan(SEP_LINE) != null) {
        if (rows.isEmpty()) {
          // a separator before any row is ignored
        } else if (alignment.isEmpty() && !hasFooter) {
          addContainer(table, Kind.THEAD, hasFooter, false);
          Matcher m = HSEP_ALIGN.matcher(src.group(1));
          while (m.find()) {
            boolean l = !m.group(1).isEmpty();
            boolean r = !m.group(2).isEmpty();
            alignment.add(!l && !r ? "default" : !r ? "left" : !l ? "right" : "center");
          }
        } else {
          addContainer(table, Kind.TBODY, hasFooter, false);
        }
      } else if (src.scan(FSEP_LINE) != null) {
        if (!rows.isEmpty()) addContainer(table, Kind.TBODY, hasFooter, true);
        hasFooter = true;
      } else if (src.scan(ROW_LINE) != null) {
        List<String> cells = splitCells(src.group(1));
        if (leadingPipe && !cells.isEmpty() && cells.get(0).strip().isEmpty()) cells.remove(0);
        if (!cells.isEmpty() && cells.get(cells.size() - 1).strip().isEmpty()) cells.remove(cells.size() - 1);
        KNode tr = new KNode(Kind.TR);
        for (String cell : cells) {
          KNode td = new KNode(Kind.TD);
          td.children.add(new KNode(Kind.RAW_TEXT, cell.strip()));
          tr.children.add(td);
        }
        columns = Math.max(columns, cells.size());
        rows.add(tr);
      } else {
        break;
      }
    }
    if (!p.beforeBlockBoundary() || !pipeOutsideCode(src.string.substring(saved, src.pos - 1))) {
      src.pos = saved;
      return false;
    }
    if (!rows.isEmpty()) addContainer(table, hasFooter ? Kind.TFOOT : Kind.TBODY, hasFooter, false);
    if (table.children.stream().noneMatch(c -> c.is(Kind.TBODY))) {
      src.pos = saved;
      return false;
    }
    for (KNode part : table.children) {
      for (KNode row : part.children) {
        while (row.children.size() < columns) row.children.add(new KNode(Kind.TD));
      }
    }
    if (alignment.size() > columns) alignment = new ArrayList<>(alignment.subList(0, columns));
    else while (alignment.size() < columns) alignment.add("default");
    table.options.put("alignment", alignment);
    p.tree.children.add(table);
    return true;
  }

  /** Splits a row into cell texts; pipes inside code spans (and code tags) do not split. */
  private List<String> splitCells(String line) {
    List<String> cells = new ArrayList<>();
    Matcher code = CODE_HTML.matcher(line);
    int from = 0;
    List<String> parts = new ArrayList<>();
    while (code.find()) {
      parts.add(line.substring(from, code.start()));
      parts.add(code.group(1));
      from = code.end();
    }
    parts.add(line.substring(from));
    for (int i = 0; i < parts.size(); i++) {
      String str = parts.get(i);
      if (i % 2 == 1) {
        appendToLast(cells, str);
        continue;
      }
      for (KNode c : p.spans.parseWith(str, List.of("codespan"))) {
        if (c.is(Kind.RAW_TEXT)) {
          String[] split = CELL_SPLIT.split(c.str(), -1);
          appendToLast(cells, split[0].replace("\\|", "|"));
          for (int k = 1; k < split.length; k++) cells.add(split[k].replace("\\|", "|"));
        } else {
          String delim = "`";
          Matcher ticks = BACKTICKS.matcher(c.str());
          while (ticks.find()) if (ticks.group().length() + 1 > delim.length()) delim = ticks.group() + "`";
          String pad = delim.length() > 1 ? " " : "";
          appendToLast(cells, delim + pad + c.str() + pad + delim);
        }
      }
    }
    return cells;
  }

  private static void appendToLast(List<String> cells, String s) {
    if (cells.isEmpty()) cells.add(s);
    else cells.set(cells.size() - 1, cells.get(cells.size() - 1) + s);
  }

  /** kramdown's check that some line of the table has a pipe outside code spans and HTML. */
  private boolean pipeOutsideCode(String text) {
    boolean pipeOnLine = false;
    for (KNode c : p.spans.parseWith(text, List.of("codespan", "span_html"))) {
      if (c.text == null) continue;
      String v = c.str();
      List<String> lines = new ArrayList<>(List.of(v.split("\n")));
      if (c.is(Kind.CODESPAN)) {
        if (lines.size() > 2 || (lines.size() == 2 && !pipeOnLine)) break;
        else if (lines.size() == 2 && pipeOnLine) pipeOnLine = false;
      } else {
        if (lines.isEmpty()) lines.add("");
        if (lines.size() > 1 && !pipeOnLine && !PIPE_LINE_START.matcher(lines.get(0)).find()) break;
        pipeOnLine = (lines.size() > 1 ? false : pipeOnLine)
            || PIPE_LINE_START.matcher(lines.get(lines.size() - 1)).find();
      }
    }
    return pipeOnLine;
  }
}
