package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's list and definition-list rules: items are cut out of the source by indentation
 * (with lazy lines), then each item's text is parsed again as blocks; a single paragraph item
 * becomes "transparent" (rendered without {@code <p>}).
 */
final class ListRules {
  private final KramdownParser p;

  ListRules(KramdownParser p) {
    this.p = p;
  }

  static final Pattern LIST_ITEM_IAL =
      Scanner.re("^\\s*(?:\\{:(?!(?:" + Rx.ALD_ID_NAME + ")?:|/)(" + Rx.ALD_ANY_CHARS + "+)\\})\\s*");
  private static final Pattern LIST_ITEM_IAL_CHECK =
      Scanner.re("^(?:" + LIST_ITEM_IAL.pattern() + ")?\\s*\\n");
  private static final Pattern LEADING_TAB = Scanner.re("^ *\\t");
  private static final Pattern SPACES_TABS = Scanner.re("^( *)(\\t+)");
  private static final Pattern LEADING_TABS = Scanner.re("^(\\t+)");

  /** The state of the item being collected: its content and the patterns its lines need. */
  private static final class Item {
    String first;
    int indentation;
    Pattern content;
    Pattern lazy;
    Pattern indent;
  }

  private static Item firstLine(int indentation, String content) {
    Item it = new Item();
    if (content.contains("{:") ? LIST_ITEM_IAL_CHECK.matcher(content).lookingAt() : blankFirstLine(content)) {
      indentation = 4;
    } else {
      while (content.indexOf('\t') >= 0 && LEADING_TAB.matcher(content).find()) {
        int spaces = 0;
        while (spaces < content.length() && content.charAt(spaces) == ' ') spaces++;
        int temp = spaces + indentation;
        Matcher m = SPACES_TABS.matcher(content);
        if (!m.find()) break;
        int n = 4 - (temp % 4) + (m.group(2).length() - 1) * 4;
        content = content.substring(0, m.start()) + m.group(1) + " ".repeat(n) + content.substring(m.end());
      }
      int spaces = 0;
      while (spaces < content.length() && content.charAt(spaces) == ' ') spaces++;
      indentation += spaces;
    }
    int s = 0;
    while (s < content.length() && Character.isWhitespace(content.charAt(s)) && content.charAt(s) < 128) s++;
    it.first = content.substring(s);
    it.indentation = indentation;
    Pattern[] patterns = indentation < ITEM_PATTERNS.length ? ITEM_PATTERNS[indentation] : itemPatterns(indentation);
    it.content = patterns[0];
    it.lazy = patterns[1];
    it.indent = patterns[2];
    return it;
  }

  /**
   * {@code LIST_ITEM_IAL_CHECK} for a text without "{:" (so without an IAL): {@code \\s*\\n} at
   * its start, that is a new line among its leading white space.
   */
  private static boolean blankFirstLine(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') return true;
      if (c != ' ' && c != '\t' && c != 0x0B && c != '\f' && c != '\r') return false;
    }
    return false;
  }

  /** For an item's indentation: its content lines, its lazy lines, its indentation. */
  private static Pattern[] itemPatterns(int indentation) {
    int q = indentation / 4;
    int r = indentation % 4;
    return new Pattern[] {
      RegexCache.re("^(?:(?:\\t| {4}){" + q + "} {" + r + "}|(?:\\t| {4}){" + (q + 1) + "}).*\\S.*\\n"),
      RegexCache.re("(?!^ {0," + Math.min(indentation, 3) + "}(?:" + Rx.IAL_BLOCK_S + "|"
          + Rx.LAZY_END_HTML_STOP_S + "|" + Rx.LAZY_END_HTML_START_S + ")).*\\S.*\\n"),
      RegexCache.re("^ {" + indentation + "}")
    };
  }

  /** The item patterns of the common indentations, compiled once. */
  private static final Pattern[][] ITEM_PATTERNS = new Pattern[16][];

  static {
    for (int i = 0; i < ITEM_PATTERNS.length; i++) ITEM_PATTERNS[i] = itemPatterns(i);
  }

  /** The next item's start for each marker, by indentation (1, 2, 3, other), compiled once. */
  private static final Pattern[] UL_STARTS = fetchPatterns("[+*-]");
  private static final Pattern[] OL_STARTS = fetchPatterns("\\d+\\.");
  private static final Pattern[] DT_STARTS = fetchPatterns(":");

  private static Pattern[] fetchPatterns(String marker) {
    return new Pattern[] {
      fetchPattern(marker, 0), fetchPattern(marker, 1), fetchPattern(marker, 2), fetchPattern(marker, 3)
    };
  }

  private static Pattern fetchPattern(Pattern[] starts, int indentation) {
    return starts[indentation >= 1 && indentation <= 3 ? indentation : 0];
  }

  private static Pattern fetchPattern(String marker, int indentation) {
    String spaces = switch (indentation) {
      case 1 -> " {0}";
      case 2 -> " {0,1}";
      case 3 -> " {0,2}";
      default -> " {0,3}";
    };
    return RegexCache.re("^(" + spaces + marker + ")(" + Rx.PATTERN_TAIL + ")");
  }

  private String stripIal(String value, KNode item) {
    if (!value.contains("{:")) return value;
    Matcher m = LIST_ITEM_IAL.matcher(value);
    if (m.find()) {
      p.extensions.parseAttributeList(m.group(1), item.ialOrCreate());
      return value.substring(0, m.start()) + value.substring(m.end());
    }
    return value;
  }

  /**
   * Whether some line of {@code s} starts a list item: {@code Rx.LIST_START.matcher(s).find()},
   * tried only at line starts (every match of that pattern begins with {@code ^}, and it has no
   * look-around), instead of at every character.
   */
  static boolean hasListStartLine(String s) {
    Matcher m = Rx.LIST_START.matcher(s);
    int len = s.length();
    int i = 0;
    while (i < len) {
      m.region(i, len);
      if (m.lookingAt()) return true;
      int nl = s.indexOf('\n', i);
      if (nl < 0) return false;
      i = nl + 1;
    }
    return false;
  }

  boolean list() {
    Scanner src = p.src;
    boolean ul = src.check(Rx.LIST_START_UL);
    Kind type = ul ? Kind.UL : Kind.OL;
    Pattern listStart = ul ? Rx.LIST_START_UL : Rx.LIST_START_OL;
    KNode list = p.newBlockEl(type);
    List<List<StringBuilder>> values = new ArrayList<>();
    Item item = null;
    boolean eobFound = false;
    boolean nestedListFound = false;
    boolean lastIsBlank = false;
    while (!src.eos()) {
      String result;
      if (lastIsBlank && BlockGuard.HR.mayMatch(src) && src.check(Rx.HR_START)) {
        break;
      } else if (src.peek() == '^' && src.scan(Rx.EOB_MARKER) != null) {
        eobFound = true;
        break;
      } else if (src.scan(listStart) != null) {
        list.options.putIfAbsent("first_list_marker", src.group(1).strip());
        KNode li = new KNode(Kind.LI);
        item = firstLine(src.group(1).length(), src.group(2));
        list.children.add(li);
        String value = stripIal(item.first, li);
        listStart = fetchPattern(ul ? UL_STARTS : OL_STARTS, item.indentation);
        nestedListFound = hasListStartLine(value);
        lastIsBlank = false;
        List<StringBuilder> chunks = new ArrayList<>();
        chunks.add(new StringBuilder(value));
        values.add(chunks);
      } else if ((result = src.scan(item.content)) != null
          || (!lastIsBlank && (result = src.scan(item.lazy)) != null)) {
        Matcher tabs = LEADING_TABS.matcher(result);
        if (tabs.find()) result = " ".repeat(4 * tabs.group(1).length()) + result.substring(tabs.end());
        Matcher ind = item.indent.matcher(result);
        boolean indentationFound = ind.lookingAt();
        if (indentationFound) result = result.substring(ind.end());
        List<StringBuilder> chunks = values.get(values.size() - 1);
        if (!nestedListFound && indentationFound && hasListStartLine(result)) {
          chunks.add(new StringBuilder());
          nestedListFound = true;
        } else if (nestedListFound && !indentationFound && hasListStartLine(result)) {
          result = " ".repeat(item.indentation + 4) + result;
        }
        chunks.get(chunks.size() - 1).append(result);
        lastIsBlank = false;
      } else if ((result = src.scan(Rx.BLANK_LINE)) != null) {
        nestedListFound = true;
        lastIsBlank = true;
        List<StringBuilder> chunks = values.get(values.size() - 1);
        chunks.get(chunks.size() - 1).append(result);
      } else {
        break;
      }
    }
    p.tree.children.add(list);
    KNode last = null;
    List<KNode> items = list.children;
    for (int i = 0; i < items.size(); i++) {
      KNode it = items.get(i);
      KNode temp = new KNode(Kind.TEMP);
      Scanner savedSrc = p.src;
      for (StringBuilder val : values.get(i)) {
        p.src = new Scanner(val.toString(), p.matchers);
        p.parseBlocks(temp, null);
      }
      p.src = savedSrc;
      it.children = temp.children;
      List<KNode> c = it.children;
      if (c.isEmpty()) continue;
      if (c.get(0).is(Kind.P) && c.size() >= 2 && c.get(1).is(Kind.EOB) && c.get(0).ial() != null) {
        c.remove(1);
      }
      boolean isLast = i == items.size() - 1;
      if (c.get(0).is(Kind.P)
          && (c.size() < 2 || !c.get(1).is(Kind.BLANK) || (isLast && c.size() == 2 && !eobFound))
          && (!isLast || items.size() == 1 || items.subList(0, items.size() - 1).stream()
              .anyMatch(cit -> cit.first() == null || !cit.first().is(Kind.P)
                  || cit.first().flag("transparent")))) {
        if (c.size() > 1 && !c.get(1).is(Kind.BLANK)) c.get(0).first().text.append("\n");
        c.get(0).options.put("transparent", true);
      }
      last = c.get(c.size() - 1).is(Kind.BLANK) ? c.remove(c.size() - 1) : null;
    }
    if (last != null && !eobFound) p.tree.children.add(last);
    if (p.options.gfm()) taskList(list);
    return true;
  }

  private static final Pattern UNCHECKED = Pattern.compile("\\A\\s*\\[ \\]\\s+");
  private static final Pattern CHECKED = Pattern.compile("\\A\\s*\\[x\\]\\s+", Pattern.CASE_INSENSITIVE);
  private static final String BOX =
      "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />";
  private static final String BOX_CHECKED = "<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
      + "disabled=\"disabled\" checked=\"checked\" />";

  /** kramdown-parser-gfm's task lists: "[ ]" and "[x]" starting an item become checkboxes. */
  private static void taskList(KNode list) {
    boolean isTaskList = false;
    for (KNode li : list.children) {
      if (li.children.isEmpty() || !li.first().is(Kind.P) || li.first().first() == null) continue;
      KNode text = li.first().first();
      String v = text.str();
      Matcher u = UNCHECKED.matcher(v);
      boolean changed = false;
      if (u.find()) {
        v = BOX + v.substring(u.end());
        changed = true;
      }
      Matcher c = CHECKED.matcher(v);
      if (c.find()) {
        v = BOX_CHECKED + v.substring(c.end());
        changed = true;
      }
      text.text = new StringBuilder(v);
      isTaskList = isTaskList || changed;
      if (isTaskList) li.attr.put("class", "task-list-item");
    }
    if (isTaskList) list.attr.put("class", "task-list");
  }

  boolean definitionList() {
    List<KNode> children = p.tree.children;
    int n = children.size();
    KNode lastChild = p.tree.last();
    if (lastChild == null || (n == 1 && !lastChild.is(Kind.P))
        || (n >= 2 && !lastChild.is(Kind.P)
            && (!lastChild.is(Kind.BLANK) || !lastChild.str().equals("\n")
                || !children.get(n - 2).is(Kind.P)))) {
      return false;
    }
    boolean firstAsPara = false;
    KNode deflist = p.newBlockEl(Kind.DL);
    KNode para = children.remove(children.size() - 1);
    if (para.is(Kind.BLANK)) {
      para = children.remove(children.size() - 1);
      firstAsPara = true;
    }
    for (String term : para.first().str().split("\n")) {
      KNode dt = new KNode(Kind.DT);
      term = stripIal(term, dt);
      dt.options.put("raw_text", term);
      dt.children.add(new KNode(Kind.RAW_TEXT, term));
      deflist.children.add(dt);
    }
    if (para.ial() != null) deflist.options.put("ial", para.ial());
    Item item = null;
    KNode dd = null;
    StringBuilder value = null;
    List<StringBuilder> ddValues = new ArrayList<>();
    Pattern defStart = Rx.DEFINITION_LIST_START;
    boolean lastIsBlank = false;
    Scanner src = p.src;
    while (!src.eos()) {
      String result;
      if (src.scan(defStart) != null) {
        dd = new KNode(Kind.DD);
        dd.options.put("first_as_para", firstAsPara);
        item = firstLine(src.group(1).length(), src.group(2));
        deflist.children.add(dd);
        value = new StringBuilder(stripIal(item.first, dd));
        ddValues.add(value);
        defStart = fetchPattern(DT_STARTS, item.indentation);
        firstAsPara = false;
        lastIsBlank = false;
      } else if (src.check(Rx.EOB_MARKER)) {
        break;
      } else if ((result = src.scan(item.content)) != null
          || (!lastIsBlank && (result = src.scan(item.lazy)) != null)) {
        Matcher tabs = LEADING_TABS.matcher(result);
        if (tabs.find()) result = " ".repeat(4 * tabs.group(1).length()) + result.substring(tabs.end());
        Matcher ind = item.indent.matcher(result);
        if (ind.lookingAt()) result = result.substring(ind.end());
        value.append(result);
        firstAsPara = false;
        lastIsBlank = false;
      } else if ((result = src.scan(Rx.BLANK_LINE)) != null) {
        firstAsPara = true;
        value.append(result);
        lastIsBlank = true;
      } else {
        break;
      }
    }
    KNode last = null;
    int di = 0;
    for (KNode it : deflist.children) {
      if (it.is(Kind.DT)) continue;
      p.parseBlocks(it, ddValues.get(di++).toString());
      List<KNode> c = it.children;
      if (c.isEmpty()) continue;
      last = c.get(c.size() - 1).is(Kind.BLANK) ? c.remove(c.size() - 1) : null;
      boolean fap = it.flag("first_as_para");
      it.options.remove("first_as_para");
      if (!c.isEmpty() && c.get(0).is(Kind.P) && !fap) {
        if (c.size() > 1) c.get(0).first().text.append("\n");
        c.get(0).options.put("transparent", true);
      }
    }
    children = p.tree.children;
    if (!children.isEmpty() && p.tree.last().is(Kind.DL)) {
      p.tree.last().children.addAll(deflist.children);
    } else if (children.size() >= 2 && p.tree.last().is(Kind.BLANK)
        && children.get(children.size() - 2).is(Kind.DL)) {
      children.remove(children.size() - 1);
      p.tree.last().children.addAll(deflist.children);
    } else {
      children.add(deflist);
    }
    if (last != null) children.add(last);
    return true;
  }
}
