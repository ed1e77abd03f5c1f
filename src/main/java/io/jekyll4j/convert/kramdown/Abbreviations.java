package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** kramdown's abbreviation pass: defined abbreviations in text become abbr elements. */
final class Abbreviations {
  private final KramdownParser p;
  private Pattern any;
  private Pattern boundary;
  private static final Pattern NON_WORD_OR_START = Scanner.re("\\W|^");

  Abbreviations(KramdownParser p) {
    this.p = p;
  }

  void replace(KNode el) {
    if (p.abbrevDefs.isEmpty()) return;
    if (any == null) {
      String union = p.abbrevDefs.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Pattern::quote).collect(Collectors.joining("|"));
      any = Scanner.re("(?:" + union + ")");
      boundary = Scanner.re("(?=(?:\\W|^)(?:" + union + ")(?!\\w))");
    }
    List<KNode> out = new ArrayList<>();
    for (KNode child : el.children) {
      if (child.is(Kind.TEXT) && !"raw".equals(el.options.get("content_model"))) {
        if (!any.matcher(child.str()).find()) {
          out.add(child);
          continue;
        }
        Scanner s = new Scanner(child.str());
        String temp;
        while ((temp = s.scanUntil(boundary)) != null) {
          String abbr = s.scan(any);
          if (abbr == null) {
            String c = s.scan(NON_WORD_OR_START);
            temp = temp + (c == null ? "" : c);
            abbr = s.scan(any);
          }
          out.add(new KNode(Kind.TEXT, temp));
          out.add(new KNode(Kind.ABBREVIATION, abbr));
        }
        out.add(new KNode(Kind.TEXT, s.rest()));
      } else {
        replace(child);
        out.add(child);
      }
    }
    el.children = out;
  }
}
