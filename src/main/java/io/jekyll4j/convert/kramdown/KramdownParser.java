package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * kramdown's parser (kramdown 2.4, with kramdown-parser-gfm 1.1 when the input is GFM), written
 * for Java. It produces a tree of {@link KNode}s (commonmark-java nodes) that {@link HtmlWriter}
 * renders.
 *
 * <p>Why not commonmark-java's parser with extensions: kramdown's block rules are an ordered list
 * of regular expressions tried at each line, where a paragraph runs until a line that could
 * start another block ("lazy end"), list items are cut out of the text and parsed again with
 * their own indentation, tables are taken back when no pipe is found outside code spans, and
 * emphasis is matched by a recursive descent with look-behind on the preceding text. CommonMark's
 * block-continuation and delimiter-run algorithms give different trees for the same input (lazy
 * lines, intra-word underscores, lists interrupting paragraphs, list numbering, HTML blocks), and
 * no {@code BlockParserFactory} or {@code DelimiterProcessor} can change those core decisions.
 * So the rules are reproduced here, on the same kind of scanner kramdown uses, and the result
 * is still a commonmark-java AST rendered through commonmark-java's renderer.
 *
 * <p>One instance parses one document (it holds the parsing state); create one per conversion.
 */
public final class KramdownParser {
  final KramdownOptions options;
  final KNode root = new KNode(Kind.ROOT);
  final Map<String, Map<String, Object>> alds = new LinkedHashMap<>();
  final Map<String, Footnote> footnotes = new LinkedHashMap<>();
  final Map<String, LinkDef> linkDefs = new LinkedHashMap<>();
  final Map<String, String> abbrevDefs = new LinkedHashMap<>();
  final Map<String, KNode> abbrevAttr = new LinkedHashMap<>();

  /** The matchers of this document's scanners. */
  final MatcherPool matchers;
  Scanner src;
  KNode tree;
  Map<String, Object> blockIal;
  Deque<Object[]> stack = new ArrayDeque<>();
  Kind textType = Kind.RAW_TEXT;
  boolean stopBlockParsing;

  private final List<Pattern> blockStarts = new ArrayList<>();
  private final List<BlockGuard> blockGuards = new ArrayList<>();
  private final List<BooleanSupplier> blockRules = new ArrayList<>();
  final BlockRules blocks = new BlockRules(this);
  final ListRules lists = new ListRules(this);
  final TableRule tables = new TableRule(this);
  final HtmlRules html = new HtmlRules(this);
  final ExtensionRules extensions = new ExtensionRules(this);
  final SpanRules spans;

  /** A footnote definition: its content, its end-of-block marker and the markers using it. */
  static final class Footnote {
    KNode content;
    KNode eob;
    Map<String, String> attr;
    List<KNode> markers;
  }

  record LinkDef(String url, String title, KNode eob) {}

  private static final Pattern ANY_LINE = Scanner.re(".*\\n");
  private static final Pattern CONTENT_START = Pattern.compile("");
  private static final Pattern CONTENT_LINE = Scanner.re(".*\\n");

  public KramdownParser(KramdownOptions options) {
    this(options, new MatcherPool());
  }

  /** A parser reusing the matchers of earlier documents parsed on this thread. */
  public KramdownParser(KramdownOptions options, MatcherPool matchers) {
    this.options = options;
    this.matchers = matchers;
    boolean gfm = options.gfm();
    if (options.smartyPantsInput()) {
      rule(HtmlRules.HTML_BLOCK_START, BlockGuard.firstChar("<"), html::blockHtml);
      rule(CONTENT_START, BlockGuard.ALWAYS, () -> {
        addText(src.scan(CONTENT_LINE), tree, textType);
        return true;
      });
      spans = new SpanRules(this);
      return;
    }
    rule(Rx.BLANK_LINE, BlockGuard.firstChar(" \t\n\u000B\f\r"), blocks::blankLine);
    rule(Rx.INDENT, BlockGuard.firstChar(" \t"), blocks::codeblock);
    if (gfm) rule(Rx.FENCED_GFM_START, BlockGuard.firstChar("~`"), () -> blocks.fenced(Rx.FENCED_GFM_MATCH));
    else rule(Rx.FENCED_KRAMDOWN_START, BlockGuard.firstChar("~"), () -> blocks.fenced(Rx.FENCED_KRAMDOWN_MATCH));
    rule(Rx.BLOCKQUOTE_START, BlockGuard.firstChar(">"), blocks::blockquote);
    BlockGuard hash = BlockGuard.firstChar("#");
    if (gfm && options.quirkParagraphEnd()) rule(Rx.ATX_GFM, hash, () -> blocks.atxHeader(false, true));
    else if (gfm) rule(Rx.ATX_GFM, hash, () -> blocks.atxHeader(true, false));
    else rule(Rx.ATX_KRAMDOWN, hash, () -> blocks.atxHeader(true, false));
    rule(Rx.HR_START, BlockGuard.firstChar("*-_"), blocks::horizontalRule);
    rule(Rx.LIST_START, BlockGuard.firstChar("+*-0123456789"), lists::list);
    rule(Rx.DEFINITION_LIST_START, BlockGuard.firstChar(":"), lists::definitionList);
    rule(HtmlRules.HTML_BLOCK_START, BlockGuard.firstChar("<"), html::blockHtml);
    rule(Rx.SETEXT, BlockGuard.SETEXT, blocks::setextHeader);
    rule(Rx.BLOCK_MATH_START, BlockGuard.firstChar("\\$"), blocks::blockMath);
    rule(TableRule.TABLE_START, BlockGuard.LINE_HAS_PIPE, tables::table);
    rule(Rx.FOOTNOTE_DEFINITION_START, BlockGuard.firstChar("["), blocks::footnoteDefinition);
    rule(Rx.LINK_DEFINITION_START, BlockGuard.firstChar("["), blocks::linkDefinition);
    rule(Rx.ABBREV_DEFINITION_START, BlockGuard.firstChar("*"), blocks::abbrevDefinition);
    rule(Rx.BLOCK_EXTENSIONS_START, BlockGuard.firstChar("{"), extensions::blockExtensions);
    rule(Rx.EOB_MARKER, BlockGuard.firstChar("^"), blocks::eobMarker);
    rule(Rx.PARAGRAPH_START, BlockGuard.ALWAYS, blocks::paragraph);
    spans = new SpanRules(this);
  }

  private void rule(Pattern start, BlockGuard guard, BooleanSupplier parse) {
    blockStarts.add(start);
    blockGuards.add(guard);
    blockRules.add(parse);
  }

  Pattern paragraphEnd() {
    return options.gfm() && options.quirkParagraphEnd() ? Rx.PARAGRAPH_END_GFM : Rx.PARAGRAPH_END;
  }

  /** Parses a whole document (any line endings) into its root element. */
  public KNode parse(String source) {
    String text = source.indexOf('\r') < 0 ? source : source.replaceAll("\r\n?", "\n");
    if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
    text = text + "\n";
    parseBlocks(root, text);
    updateTree(root);
    new Abbreviations(this).replace(root);
    for (Footnote f : footnotes.values()) {
      updateTree(f.content);
      new Abbreviations(this).replace(f.content);
    }
    int count = 0;
    for (Footnote f : footnotes.values()) if (f.markers != null) count++;
    root.options.put("footnote_count", count);
    root.options.put("abbrev_defs", abbrevDefs);
    root.options.put("abbrev_attr", abbrevAttr);
    if (options.gfm()) new GfmRules(this).updateElements(root);
    return root;
  }

  /** Parses block-level text into {@code el}; true when stopped by a matching HTML end tag. */
  boolean parseBlocks(KNode el, String text) {
    if (stack.size() > io.jekyll4j.convert.NestingTooDeepException.MAX_BLOCK_DEPTH) {
      throw new io.jekyll4j.convert.NestingTooDeepException(
          "Markdown nested more than " + io.jekyll4j.convert.NestingTooDeepException.MAX_BLOCK_DEPTH
              + " levels deep (block quotes, lists or HTML blocks); kramdown stops here too"
              + " (stack level too deep)", topBlockLine());
    }
    stack.push(new Object[] {tree, src, blockIal});
    tree = el;
    blockIal = null;
    if (text != null) src = new Scanner(text, matchers);
    boolean found = false;
    outer:
    while (!src.eos()) {
      if (stack.size() == 1) topBlockStart = src.pos;
      boolean handled = false;
      for (int i = 0; i < blockRules.size(); i++) {
        Pattern start = blockStarts.get(i);
        if (blockGuards.get(i).mayMatch(src)
            && (start == Rx.PARAGRAPH_START ? src.paragraphStartAhead() : src.check(start))
            && blockRules.get(i).getAsBoolean()) {
          handled = true;
          break;
        }
        if (stopBlockParsing) break;
      }
      if (stopBlockParsing) {
        stopBlockParsing = false;
        found = true;
        break outer;
      }
      if (!handled) {
        String line = src.scan(ANY_LINE);
        if (line == null) {
          line = src.rest();
          src.terminate();
        }
        addText(line, tree, textType);
      }
    }
    Object[] frame = stack.pop();
    tree = (KNode) frame[0];
    src = (Scanner) frame[1];
    @SuppressWarnings("unchecked")
    Map<String, Object> ial = (Map<String, Object>) frame[2];
    blockIal = ial;
    return found;
  }

  /** Where the current top-level block starts in the document (for errors). */
  private int topBlockStart;

  /** The 1-based line of the document where the current top-level block starts. */
  private int topBlockLine() {
    Scanner top = stack.size() >= 2 ? (Scanner) ((Object[]) stack.toArray()[stack.size() - 2])[1] : src;
    if (top == null) return 1;
    int line = 1;
    String text = top.string;
    for (int i = 0; i < Math.min(topBlockStart, text.length()); i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  /** Span-parses raw text, drops end-of-block markers, merges blank lines and applies IALs. */
  void updateTree(KNode element) {
    KNode lastBlank = null;
    List<KNode> children = element.children;
    List<KNode> out = null; // a new child list, made at the first child that is not kept as it is
    for (int i = 0; i < children.size(); i++) {
      KNode child = children.get(i);
      if (out == null && (child.is(Kind.RAW_TEXT) || child.is(Kind.EOB)
          || (child.is(Kind.BLANK) && lastBlank != null))) {
        out = new ArrayList<>(children.subList(0, i));
      }
      if (child.is(Kind.RAW_TEXT)) {
        lastBlank = null;
        src = new Scanner(child.str(), matchers);
        tree = null;
        blockIal = null;
        stack = new ArrayDeque<>();
        textType = Kind.TEXT;
        spans.parseSpans(child, null, null, Kind.TEXT, null);
        out.addAll(child.children);
      } else if (child.is(Kind.EOB)) {
        if (child.ial() != null) updateAttrWithIal(child.attr, child.ial());
      } else if (child.is(Kind.BLANK)) {
        if (lastBlank != null) {
          lastBlank.text.append(child.text);
        } else {
          lastBlank = child;
          if (out != null) out.add(child);
        }
      } else {
        lastBlank = null;
        updateTree(child);
        if (child.ial() != null) updateAttrWithIal(child.attr, child.ial());
        if (child.is(Kind.DT) || (child.is(Kind.HEADER) && options.autoIdStripping())) {
          child.options.put("raw_text", options.gfm() ? GfmRules.rawText(child) : rawText(child));
        }
        if (out != null) out.add(child);
      }
    }
    if (out != null) element.children = out;
  }

  private static String rawText(KNode item) {
    StringBuilder sb = new StringBuilder();
    appendText(item, sb);
    return sb.toString();
  }

  private static void appendText(KNode n, StringBuilder sb) {
    if (n.is(Kind.TEXT)) sb.append(n.text);
    else for (KNode c : n.children) appendText(c, sb);
  }

  void addText(String text) {
    addText(text, tree, textType);
  }

  /** {@link #addText(String)} of {@code s.substring(start, end)}, without the copy. */
  void addText(String s, int start, int end) {
    KNode to = tree;
    KNode last = to.last();
    if (last != null && last.kind == textType) {
      last.text.append(s, start, end);
    } else if (end > start) {
      KNode el = new KNode(textType);
      el.text = new StringBuilder(end - start + 16).append(s, start, end);
      to.children.add(el);
    }
  }

  void addText(String text, KNode to, Kind type) {
    if (text == null) return;
    KNode last = to.last();
    if (last != null && last.kind == type) {
      last.text.append(text);
    } else if (!text.isEmpty()) {
      to.children.add(new KNode(type, text));
    }
  }

  KNode newBlockEl(Kind kind) {
    KNode el = new KNode(kind);
    if (blockIal != null) {
      el.options.put("ial", blockIal);
      blockIal = null;
    }
    return el;
  }

  boolean afterBlockBoundary() {
    KNode last = tree.last();
    return last == null || last.is(Kind.BLANK) || (last.is(Kind.EOB) && last.value == null)
        || blockIal != null;
  }

  boolean beforeBlockBoundary() {
    return src.check(Rx.BLOCK_BOUNDARY);
  }

  @SuppressWarnings("unchecked")
  void updateAttrWithIal(Map<String, String> attr, Map<String, Object> ial) {
    Object refs = ial.get(":refs");
    if (refs instanceof List<?> list) {
      for (Object ref : list) {
        Map<String, Object> ald = alds.get((String) ref);
        if (ald != null) updateAttrWithIal(attr, ald);
      }
    }
    for (Map.Entry<String, Object> e : ial.entrySet()) {
      if (e.getKey().startsWith(":")) continue;
      if (e.getKey().equals("class")) {
        attr.put("class", ((attr.getOrDefault("class", "")) + " " + e.getValue()).stripLeading());
      } else {
        attr.put(e.getKey(), (String) e.getValue());
      }
    }
  }

  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

  static String normalizeLinkId(String id) {
    return WHITESPACE_RUN.matcher(id).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
  }
}
