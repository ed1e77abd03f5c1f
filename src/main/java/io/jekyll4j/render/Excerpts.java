package io.jekyll4j.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code Excerpt#extract_excerpt}: the text before the separator; when the separator
 * occurs, the Markdown link reference definitions that the head uses are copied from the rest,
 * and Liquid blocks cut open by the separator are closed.
 */
final class Excerpts {
  private Excerpts() {}

  private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*(\\w+)\\s*.*?-?%\\}", Pattern.DOTALL);
  private static final Pattern LINK_REF = Pattern.compile("^ {0,3}(\\[[^\\]]+\\])(:.+)$", Pattern.MULTILINE);
  private static final Set<String> BLOCKS =
      Set.of("if", "unless", "for", "case", "capture", "comment", "raw", "tablerow", "highlight", "ifchanged");

  /** The excerpt source of a document body for a non-empty separator. */
  static String extract(String body, String separator) {
    return extract(body, separator, () -> {});
  }

  /**
   * As {@link #extract(String, String)}; {@code onModified} runs when a Liquid block cut open by
   * the separator had to be closed (Jekyll's "Excerpt modified" warning).
   */
  static String extract(String body, String separator, Runnable onModified) {
    int at = body.indexOf(separator);
    if (at < 0) return body;
    String head = body.substring(0, at);
    String tail = body.substring(at + separator.length());
    if (tail.isEmpty()) return head;
    head = closeHead(head, onModified);
    // a definition has "]:" (the label's end, then its colon): most bodies have none to look for
    if (tail.indexOf("]:") < 0) return head;
    List<String> definitions = new ArrayList<>();
    Matcher m = LINK_REF.matcher(tail);
    while (m.find()) {
      if (head.contains(m.group(1))) definitions.add(m.group(1) + m.group(2));
    }
    if (definitions.isEmpty()) return head;
    return head + "\n\n" + String.join("\n", definitions);
  }

  /**
   * Runs {@code onModified} when {@link #extract(String, String, Runnable)} would, without building
   * the excerpt (no scan of the rest for link definitions): what reading every document costs.
   */
  static void checkModified(String body, String separator, Runnable onModified) {
    int at = body.indexOf(separator);
    if (at < 0 || at + separator.length() == body.length()) return;
    closeHead(body.substring(0, at), onModified);
  }

  /** The head with its cut-open Liquid blocks closed; {@code onModified} runs when any was. */
  private static String closeHead(String head, Runnable onModified) {
    if (!head.contains("{%")) return head;
    String closed = closeBlocks(head);
    if (closed.length() != head.length()) onModified.run();
    return closed;
  }

  private static String closeBlocks(String head) {
    List<String> names = new ArrayList<>();
    Matcher m = LIQUID_TAG.matcher(head);
    while (m.find()) names.add(m.group(1));
    StringBuilder out = new StringBuilder(head);
    for (int i = names.size() - 1; i >= 0; i--) {
      String name = names.get(i);
      if (!BLOCKS.contains(name)) continue;
      Pattern end = Pattern.compile("\\{%-?\\s*end" + Pattern.quote(name) + ".*?\\s*-?%\\}", Pattern.DOTALL);
      if (end.matcher(out).find()) continue;
      out.append("\n{% end").append(name).append(" %}");
    }
    return out.toString();
  }
}
