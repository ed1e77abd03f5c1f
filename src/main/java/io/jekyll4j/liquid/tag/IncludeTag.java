package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.liquid.IncludeSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.jekyll4j.liquid.core.LiquidTemplate;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Jekyll's {@code include} and {@code include_relative}: file name (possibly with Liquid in it),
 * {@code key=value} parameters readable as {@code include.key}, the file parsed once per build,
 * assigns leaking to the caller, and errors that name the included file and the chain of callers.
 */
public final class IncludeTag extends Tag {
  private static final String VALID = "([\\w-]+)\\s*=\\s*(?:\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"|'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|([\\w.-]+))";
  private static final Pattern PARAM = Pattern.compile(VALID);
  private static final Pattern ALL_VALID = Pattern.compile("\\A\\s*(?:" + VALID + "(?=\\s|\\z)\\s*)*\\z");
  private static final Pattern VARIABLE =
      Pattern.compile("(?<variable>[^{]*(\\{\\{\\s*[\\w\\-.]+\\s*(\\|.*)?\\}\\}[^\\s{}]*)+)(?<params>.*)", Pattern.DOTALL);
  private static final Pattern BAD_SEQUENCE = Pattern.compile("[./]{2,}");
  private static final Pattern FILE_CHARS = Pattern.compile("^[\\w/.\\-()+~#@]+$");

  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern FLOAT = Pattern.compile("-?\\d+\\.\\d+");
  private final Partials partials;
  private final boolean relative;

  public IncludeTag(Partials partials, boolean relative) {
    super((relative ? "include_relative" : "include"));
    this.partials = partials;
    this.relative = relative;
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    Origin origin = Origin.of(nodes[0].render(context));
    Markup parsed = markups.computeIfAbsent(origin.markup(), Markup::of);
    String file = parsed.file();
    String params = parsed.params();
    boolean variable = parsed.variable();
    if (variable) file = partials.renderMarkup(file, context).strip();
    if (variable ? !fileOk(file) : !parsed.validFile()) {
      throw Failures.at(origin, "Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  "
          + file + "\n\nValid syntax:\n\n  " + example(getName()) + "\n\n");
    }
    IncludeSource.Found found = locate(context, file, origin);
    LiquidTemplate template;
    try {
      template = partials.parse(found.relativePath(), found.text());
    } catch (BuildException e) {
      throw Failures.included(e, found.relativePath(), origin);
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    if (!params.isEmpty()) vars.put("include", params(params, context));
    Map<String, Object> env = context.getEnvironmentMap();
    int depth = env.get(DEPTH) instanceof Integer d ? d : 0;
    if (depth >= MAX_DEPTH) throw Failures.at(origin, "Nesting too deep");
    env.put(DEPTH, depth + 1);
    try {
      Object out = template.render(vars, context);
      return out;
    } catch (StackOverflowError e) {
      throw Failures.at(origin, "Nesting too deep");
    } catch (RuntimeException e) {
      throw Failures.inside(e, found.relativePath(), origin);
    } finally {
      env.put(DEPTH, depth);
    }
  }

  /** The markups met so far, read once each (a layout's include runs for every page). */
  private final Map<String, Markup> markups = new java.util.concurrent.ConcurrentHashMap<>();

  /** An include's markup split into the file (or its Liquid) and the parameters. */
  private record Markup(String file, String params, boolean variable, boolean validFile) {
    static Markup of(String raw) {
      String markup = raw.strip();
      Matcher v = VARIABLE.matcher(markup);
      if (v.matches()) return new Markup(v.group("variable").strip(), v.group("params").strip(), true, false);
      String[] parts = markup.split("\\s+", 2);
      return new Markup(parts[0], parts.length > 1 ? parts[1] : "", false, fileOk(parts[0]));
    }
  }

  private static boolean fileOk(String file) {
    return !BAD_SEQUENCE.matcher(file).find() && FILE_CHARS.matcher(file).matches();
  }

  /**
   * {@code IncludeTag#validate_params}, which Jekyll runs when the tag is parsed: the parameters
   * after the file name must all be {@code key=value}.
   */
  static void validateParams(String tagName, String markup, Origin origin) {
    String params = Markup.of(markup).params();
    if (!params.isEmpty() && !ALL_VALID.matcher(params).matches()) {
      throw Failures.at(origin,
          "Invalid syntax for include tag:\n\n" + params + "\n\nValid syntax:\n\n" + example(tagName) + "\n\n");
    }
  }

  /** Jekyll's {@code syntax_example}, with the tag's own name. */
  private static String example(String tagName) {
    return "{% " + tagName + " file.ext param='value' param2='value' %}";
  }

  /** Liquid 4 stops nested partials at 100 levels ({@code StackLevelError: Nesting too deep}). */
  private static final int MAX_DEPTH = 100;

  private static final String DEPTH = "jekyll4j:include-depth";

  private IncludeSource.Found locate(TemplateContext context, String file, Origin origin) {
    Optional<IncludeSource.Found> found;
    String dirs;
    if (relative) {
      String dir = pageDir(context);
      found = partials.files().relative(dir, file);
      dirs = "[\"" + (dir.isEmpty() ? "." : dir) + "\"]";
    } else {
      found = partials.files().include(file);
      dirs = "[\"_includes\"]";
    }
    return found.orElseThrow(() -> Failures.at(origin, "Could not locate the included file '" + file + "' in any of "
        + dirs + ". Ensure it exists in one of those directories and, if it is a symlink, does not point outside"
        + " your site source."));
  }

  private static String pageDir(TemplateContext context) {
    Object page = context.get("page");
    if (page instanceof Map<?, ?> m) {
      Object path = m.get("relative_path") instanceof String rp && m.get("collection") != null ? rp : m.get("path");
      if (path != null) {
        String p = String.valueOf(path).replaceFirst("/#excerpt$", "");
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "" : p.substring(0, slash);
      }
    }
    return "";
  }

  private static Map<String, Object> params(String params, TemplateContext context) {
    Map<String, Object> out = new LinkedHashMap<>();
    Matcher m = PARAM.matcher(params);
    while (m.find()) {
      Object value;
      if (m.group(2) != null) value = m.group(2).replace("\\\"", "\"");
      else if (m.group(3) != null) value = m.group(3).replace("\\'", "'");
      else value = lookup(context, m.group(4));
      out.put(m.group(1), value);
    }
    return out;
  }

  /** A dotted variable ({@code user.name}, {@code forloop.index}) read from the context. */
  public static Object lookup(TemplateContext context, String path) {
    if (INTEGER.matcher(path).matches()) return Long.parseLong(path);
    if (FLOAT.matcher(path).matches()) return Double.parseDouble(path);
    if (path.equals("true") || path.equals("false")) return Boolean.parseBoolean(path);
    if (path.equals("nil") || path.equals("null")) return null;
    String[] parts = path.split("\\.");
    Object cur = context.get(parts[0]);
    for (int i = 1; i < parts.length && cur != null; i++) {
      String p = parts[i];
      if (cur instanceof Map<?, ?> m) {
        Object next = m.get(p);
        if (next == null && p.equals("size")) next = (long) m.size();
        cur = next;
      } else if (cur instanceof java.util.List<?> l) {
        cur = switch (p) {
          case "size" -> (long) l.size();
          case "first" -> l.isEmpty() ? null : l.get(0);
          case "last" -> l.isEmpty() ? null : l.get(l.size() - 1);
          default -> null;
        };
      } else if (cur instanceof liqp.parser.Inspectable || !(cur instanceof String)) {
        cur = liqpProperty(context, cur, p);
      } else {
        cur = p.equals("size") ? (long) ((String) cur).length() : null;
      }
    }
    return cur;
  }

  private static Object liqpProperty(TemplateContext context, Object value, String key) {
    Object evaluated = context.getParser().evaluate(value).toLiquid();
    return evaluated instanceof Map<?, ?> m ? m.get(key) : null;
  }
}
