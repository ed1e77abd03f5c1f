package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.List;
import java.util.regex.Pattern;

/** kramdown's SmartyPants-like rules turning straight quotes into curly ones. */
final class SmartQuotes {
  private SmartQuotes() {}

  static final Pattern SMART_QUOTES_RE = Scanner.re("[^\\\\]?[\"']");
  private static final String PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
  private static final String CLOSE = "[^ \\\\\\t\\r\\n\\[{(\\-]";

  /** A rule: its pattern and what each part becomes (a group number, or a quote kind). */
  private record Rule(Pattern re, List<Object> substs) {}

  private static final List<Rule> RULES = List.of(
      new Rule(Scanner.re("(\"|')(?=[_*]{1,2}\\S)"), List.of("lquote1")),
      new Rule(Scanner.re("(\"|')(?=" + PUNCT + "(?!\\.\\.)\\B)"), List.of("rquote1")),
      new Rule(Scanner.re("(\\s?)\"'(?=\\w)"), List.of(1, "ldquo", "lsquo")),
      new Rule(Scanner.re("(\\s?)'\"(?=\\w)"), List.of(1, "lsquo", "ldquo")),
      new Rule(Scanner.re("(\\s?)'(?=\\d\\ds)"), List.of(1, "rsquo")),
      new Rule(Scanner.re("(\\s)('|\")(?=\\w)"), List.of(1, "lquote2")),
      new Rule(Scanner.re("(" + CLOSE + ")('|\")"), List.of(1, "rquote2")),
      new Rule(Scanner.re("(\"|')(?=\\s|s\\b|$)"), List.of("rquote1")),
      new Rule(Scanner.reDotAll("(.?)'"), List.of(1, "lsquo")),
      new Rule(Scanner.reDotAll("(.?)\""), List.of(1, "ldquo")));

  static void parse(KramdownParser p) {
    Scanner src = p.src;
    for (Rule rule : RULES) {
      if (src.scan(rule.re()) == null) continue;
      for (Object s : rule.substs()) {
        if (s instanceof Integer g) {
          p.addText(src.group(g));
        } else {
          String name = (String) s;
          String value = name;
          if (name.endsWith("1") || name.endsWith("2")) {
            String q = src.group(name.endsWith("1") ? 1 : 2);
            boolean dbl = "\"".equals(q);
            value = (name.startsWith("l") ? "l" : "r") + (dbl ? "dquo" : "squo");
          }
          KNode el = new KNode(Kind.SMART_QUOTE);
          el.value = value;
          p.tree.children.add(el);
        }
      }
      return;
    }
  }
}
