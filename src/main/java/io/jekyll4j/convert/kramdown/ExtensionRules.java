package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's extensions: attribute lists (IALs and ALDs, {@code {: .class #id key="v"}}) and the
 * {@code {::comment}}, {@code {::nomarkdown}} and {@code {::options}} extension tags.
 */
final class ExtensionRules {
  private final KramdownParser p;

  ExtensionRules(KramdownParser p) {
    this.p = p;
  }

  private static final String ID_NAME = "\\w[\\w-]*";
  private static final Pattern ALD_TYPE_ANY =
      Pattern.compile(
          "(?:\\A|\\s)(?:(" + ID_NAME + ")=(\"|')((?:\\\\\\}|\\\\\\2|[^\\}\\x02])*?)\\2|("
              + ID_NAME + ")|((?:#[A-Za-z][\\w:-]*|\\.[^\\s.#]+)+))(?=\\s|\\Z)");
  /** A backslash-escaped brace or quote inside a {@code "..."} or {@code '...'} value. */
  private static final Pattern ESCAPED_IN_DOUBLE = Pattern.compile("\\\\([}\"])");
  private static final Pattern ESCAPED_IN_SINGLE = Pattern.compile("\\\\([}'])");
  private static final Pattern ID_OR_CLASS =
      Pattern.compile("#([A-Za-z][\\w:-]*)|\\.([^\\s.#]+)");

  /** Parses an attribute list into {@code opts} (attribute names, plus ":refs" for ALD names). */
  @SuppressWarnings("unchecked")
  void parseAttributeList(String str, Map<String, Object> opts) {
    if (str.strip().isEmpty() || str.strip().equals(":")) return;
    Matcher m = ALD_TYPE_ANY.matcher(str);
    while (m.find()) {
      if (m.group(4) != null) {
        ((List<String>) opts.computeIfAbsent(":refs", k -> new ArrayList<String>()))
            .add(m.group(4));
      } else if (m.group(5) != null) {
        Matcher ic = ID_OR_CLASS.matcher(m.group(5));
        while (ic.find()) {
          if (ic.group(2) != null) {
            opts.put("class", (opts.getOrDefault("class", "") + " " + ic.group(2)).stripLeading());
          } else {
            opts.put("id", ic.group(1));
          }
        }
      } else {
        Pattern escaped = m.group(2).equals("\"") ? ESCAPED_IN_DOUBLE : ESCAPED_IN_SINGLE;
        String val = escaped.matcher(m.group(3)).replaceAll("$1");
        opts.put(m.group(1), val);
      }
    }
  }

  @SuppressWarnings("unchecked")
  static void updateIalWithIal(Map<String, Object> ial, Map<String, Object> opts) {
    if (opts.containsKey(":refs")) {
      ((List<String>) ial.computeIfAbsent(":refs", k -> new ArrayList<String>()))
          .addAll((List<String>) opts.get(":refs"));
    }
    for (Map.Entry<String, Object> e : opts.entrySet()) {
      if (e.getKey().startsWith(":")) continue;
      if (e.getKey().equals("class")) {
        ial.put("class", (ial.getOrDefault("class", "") + " " + e.getValue()).stripLeading());
      } else {
        ial.put(e.getKey(), e.getValue());
      }
    }
  }

  boolean blockExtensions() {
    Scanner src = p.src;
    if (src.scan(Rx.ALD_START) != null) {
      parseAttributeList(src.group(2), p.alds.computeIfAbsent(src.group(1), k -> new LinkedHashMap<>()));
      KNode eob = p.newBlockEl(Kind.EOB);
      eob.value = "ald";
      p.tree.children.add(eob);
      return true;
    } else if (src.check(Rx.EXT_BLOCK_START)) {
      return extensionStartTag(true);
    } else if (src.scan(Rx.IAL_BLOCK_START) != null) {
      KNode last = p.tree.last();
      String list = src.group(1);
      if (last != null && !last.is(Kind.BLANK)
          && (!last.is(Kind.EOB)
              || List.of("link_def", "abbrev_def", "footnote_def").contains(last.value))) {
        parseAttributeList(list, last.ialOrCreate());
        if (!src.check(Rx.IAL_BLOCK_START)) {
          KNode eob = p.newBlockEl(Kind.EOB);
          eob.value = "ial";
          p.tree.children.add(eob);
        }
      } else {
        if (p.blockIal == null) p.blockIal = new LinkedHashMap<>();
        parseAttributeList(list, p.blockIal);
      }
      return true;
    }
    return false;
  }

  /** The span extension rule: {@code {::name}} tags and span IALs after an element. */
  void spanExtensions() {
    Scanner src = p.src;
    if (src.check(Rx.EXT_SPAN_START)) {
      extensionStartTag(false);
    } else if (src.check(Rx.IAL_SPAN_START)) {
      KNode last = p.tree.last();
      if (last != null && !last.is(Kind.TEXT)) {
        src.pos += src.matchedSize();
        Map<String, Object> attr = new LinkedHashMap<>();
        parseAttributeList(src.group(1), attr);
        updateIalWithIal(last.ialOrCreate(), attr);
        p.updateAttrWithIal(last.attr, attr);
      } else {
        p.addText(src.getch());
      }
    } else {
      p.addText(src.getch());
    }
  }

  private boolean extensionStartTag(boolean block) {
    Scanner src = p.src;
    int saved = src.pos;
    src.pos += src.matchedSize();
    String ext = src.group(1);
    String attrs = src.group(2);
    boolean selfClosed = src.group(3) != null;
    if (src.group(4) != null || src.matched().equals("{:/}")) return error(saved, block);
    Map<String, Object> opts = new LinkedHashMap<>();
    parseAttributeList(attrs == null ? "" : attrs, opts);
    String body = null;
    if (!selfClosed) {
      Pattern stop =
          block
              ? RegexCache.re("^" + Rx.OPT_SPACE + "\\{:/(" + ext + ")?\\}\\s*?\\n")
              : RegexCache.re("\\{:/(" + ext + ")?\\}");
      String result = src.scanUntil(stop);
      if (result == null) return error(saved, block);
      body = result.substring(0, result.length() - src.matchedSize());
      if (block && body.endsWith("\n")) body = body.substring(0, body.length() - 1);
    }
    if (!handleExtension(ext, opts, body, block)) return error(saved, block);
    return true;
  }

  private boolean error(int saved, boolean block) {
    p.src.pos = saved;
    if (!block) p.addText(p.src.getch());
    return false;
  }

  private boolean handleExtension(String name, Map<String, Object> opts, String body, boolean block) {
    switch (name) {
      case "comment" -> {
        if (body != null) {
          KNode el = new KNode(Kind.COMMENT, body);
          el.options.put("category", block ? "block" : "span");
          p.tree.children.add(el);
        }
        return true;
      }
      case "nomarkdown" -> {
        if (body != null) {
          KNode el = new KNode(Kind.RAW, body);
          el.options.put("category", block ? "block" : "span");
          Object type = opts.get("type");
          el.options.put("type", type == null ? "" : type.toString());
          p.tree.children.add(el);
        }
        return true;
      }
      case "options" -> {
        for (Map.Entry<String, Object> e : opts.entrySet()) {
          if (!e.getKey().startsWith(":")) p.options.setInline(e.getKey(), e.getValue().toString());
        }
        if (block) {
          KNode eob = p.newBlockEl(Kind.EOB);
          eob.value = "extension";
          p.tree.children.add(eob);
        }
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
