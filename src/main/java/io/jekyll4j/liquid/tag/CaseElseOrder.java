package io.jekyll4j.liquid.tag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid 4 lets {@code {% else %}} come before a {@code when}: the cases are tried in order and
 * reaching the else with nothing matched renders the else alone; liqp's grammar wants the else
 * last. Before parsing, such an else is moved to the end of its case and every when that followed
 * it gets the marker term {@code j4j__after_else} first, by which {@link CaseBlock} knows where
 * the else stood.
 */
public final class CaseElseOrder {
  /** The variable naming the marker term; it holds {@link #AFTER_ELSE}. */
  public static final String VARIABLE = "j4j__after_else";
  /** The marker's value. */
  public static final Object AFTER_ELSE = new Object() {
    @Override
    public String toString() {
      return "";
    }
  };

  private static final Pattern TAG = Pattern.compile("\\{%(-?)\\s*(\\w+)(.*?)(-?)%\\}", Pattern.DOTALL);
  private static final Set<String> BLOCKS =
      Set.of("if", "unless", "case", "for", "tablerow", "capture", "ifchanged", TagMarkup.PREFIX + "highlight");

  private CaseElseOrder() {}

  private static final class Case {
    final List<int[]> whens = new ArrayList<>();
    int[] elseTag;
  }

  /** The text with every misplaced case else moved last. */
  public static String rewrite(String text) {
    if (!text.contains("case") || !text.contains("else")) return text;
    Matcher m = TAG.matcher(text);
    Deque<Object> stack = new ArrayDeque<>();
    int pos = 0;
    while (m.find(pos)) {
      String name = m.group(2);
      pos = m.end();
      if (name.equals("comment") || name.equals("raw")) {
        int end = text.indexOf("end" + name, pos);
        if (end < 0) break;
        pos = end;
        continue;
      }
      if (name.equals("case")) {
        stack.push(new Case());
      } else if (BLOCKS.contains(name)) {
        stack.push(name);
      } else if (name.equals("when") && !stack.isEmpty() && stack.peek() instanceof Case c) {
        c.whens.add(new int[] {m.start(), m.end()});
      } else if (name.equals("else") && !stack.isEmpty() && stack.peek() instanceof Case c && c.elseTag == null) {
        c.elseTag = new int[] {m.start(), m.end()};
      } else if (name.equals("endcase") && !stack.isEmpty() && stack.peek() instanceof Case c) {
        stack.pop();
        if (c.elseTag != null && !c.whens.isEmpty() && c.whens.get(c.whens.size() - 1)[0] > c.elseTag[0]) {
          int first = Math.min(c.whens.get(0)[0], c.elseTag[0]);
          return rewrite(text.substring(0, first) + move(text, c, m.start()) + text.substring(m.start()));
        }
      } else if (name.startsWith("end") && !stack.isEmpty()) {
        stack.pop();
      }
    }
    return text;
  }

  /** The case's branches, from its first when or else up to {@code endcase}, with the else last. */
  private static String move(String text, Case c, int endcase) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    int elseEnd = endcase;
    for (int[] w : c.whens) {
      if (w[0] > c.elseTag[0]) {
        elseEnd = Math.min(elseEnd, w[0]);
      }
    }
    List<int[]> starts = new ArrayList<>(c.whens);
    for (int i = 0; i < starts.size(); i++) {
      int[] w = starts.get(i);
      int next = i + 1 < starts.size() ? starts.get(i + 1)[0] : endcase;
      if (w[0] < c.elseTag[0]) {
        before.append(text, w[0], Math.min(next, c.elseTag[0]));
      } else {
        String tag = text.substring(w[0], w[1]);
        after.append(tag.replaceFirst("when", "when " + VARIABLE + ","));
        after.append(text, w[1], next);
      }
    }
    return before + after.toString() + text.substring(c.elseTag[0], elseEnd);
  }
}
