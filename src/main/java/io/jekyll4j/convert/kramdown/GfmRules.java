package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What kramdown-parser-gfm adds after parsing: header ids made the GFM way (lower case, Unicode
 * letters kept, punctuation dropped, spaces to dashes, duplicates suffixed -1, -2) and hard line
 * breaks where a line ends with a backslash (or any newline with {@code hard_wrap}).
 */
final class GfmRules {
  private final KramdownParser p;
  private final Map<String, Integer> idCounter = new HashMap<>();
  private final String hardBreak;

  GfmRules(KramdownParser p) {
    this.p = p;
    this.hardBreak = p.options.hardWrap() ? "\n" : "\\\n";
  }

  void updateElements(KNode element) {
    List<KNode> children = element.children;
    List<KNode> out = null; // a new child list, made at the first text split
    for (int i = 0; i < children.size(); i++) {
      KNode child = children.get(i);
      if (child.is(Kind.TEXT) && child.text != null && hasHardBreak(child.text)) {
        if (out == null) out = new ArrayList<>(children.subList(0, i));
        out.addAll(splitText(element, child));
        continue;
      }
      if (child.is(Kind.HTML_ELEMENT)) {
        // kept as it is
      } else if (child.is(Kind.HEADER) && p.options.autoIds() && !child.attr.containsKey("id")) {
        child.attr.put("id", headerId((String) child.options.getOrDefault("raw_text", "")));
      } else {
        updateElements(child);
      }
      if (out != null) out.add(child);
    }
    if (out != null) element.children = out;
  }

  /**
   * Whether {@code text} contains {@link #hardBreak}: StringBuilder.indexOf searches the builder's
   * bytes without a bounds-checked charAt call per character (costly for UTF-16 text under C1).
   */
  private boolean hasHardBreak(StringBuilder text) {
    return text.indexOf(hardBreak) >= 0;
  }

  private List<KNode> splitText(KNode element, KNode child) {
    List<KNode> result = new ArrayList<>();
    String[] lines = child.str().split(Pattern.quote(hardBreak), -1);
    boolean blockParent = switch (element.kind) {
      case EM, STRONG, A, IMG, HTML_ELEMENT, ABBREVIATION, FOOTNOTE, CODESPAN, BR, TEXT -> false;
      default -> true;
    };
    if (element.is(Kind.HTML_ELEMENT) && "block".equals(element.options.get("category"))) blockParent = true;
    boolean omitTrailing = lines[lines.length - 1].isEmpty() && blockParent && element.last() == child;
    for (int i = 0; i < lines.length; i++) {
      result.add(new KNode(Kind.TEXT, i > 0 ? "\n" + lines[i] : lines[i]));
      if (i < lines.length - 2 || (i == lines.length - 2 && !omitTrailing)) result.add(new KNode(Kind.BR));
    }
    return result;
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]");

  private String headerId(String text) {
    String result = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    result = result.replace(' ', '-').replace('\t', '-');
    int n = idCounter.merge(result, 1, Integer::sum) - 1;
    if (n > 0) result = result + "-" + n;
    return p.options.autoIdPrefix() + result;
  }

  /** The header text for GFM ids: text, code, math, and the characters of entities and quotes. */
  static String rawText(KNode item) {
    StringBuilder sb = new StringBuilder();
    append(item, sb);
    return sb.toString();
  }

  private static void append(KNode c, StringBuilder sb) {
    switch (c.kind) {
      case TEXT, CODESPAN, MATH -> sb.append(c.str());
      case ENTITY -> sb.append(((Entities.Entity) c.value).chars());
      case SMART_QUOTE -> sb.append(Entities.byName((String) c.value).orElseThrow().chars());
      case TYPOGRAPHIC_SYM -> {
        String v = (String) c.value;
        if (v.equals("laquo_space")) sb.append("« ");
        else if (v.equals("raquo_space")) sb.append(" »");
        else sb.append(Entities.byName(v).orElseThrow().chars());
      }
      default -> {
        for (KNode k : c.children) append(k, sb);
      }
    }
  }
}
