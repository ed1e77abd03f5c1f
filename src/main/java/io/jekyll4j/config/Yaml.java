package io.jekyll4j.config;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML as Jekyll reads it (safe types only; maps keep their key order). Timestamps become {@link
 * LocalDate} (date only, Ruby's {@code Date}), {@link OffsetDateTime} (with a zone) or {@link
 * LocalDateTime} (no zone: the site's timezone applies), so later stages can print and compare
 * them as Ruby would.
 */
public final class Yaml {
  private Yaml() {}

  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
              + "(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

  /**
   * Parses one YAML document. {@code lineOffset} is added to reported line numbers (front matter
   * starts after the opening {@code ---}).
   */
  public static Object load(String text, String file, int lineOffset) {
    Object simple = SimpleYaml.parseAny(text);
    return simple != null ? simple : loadWithSnakeYaml(text, file, lineOffset);
  }

  /** {@link #load} by SnakeYAML alone (what {@link SimpleYaml} must agree with). */
  static Object loadWithSnakeYaml(String text, String file, int lineOffset) {
    org.yaml.snakeyaml.Yaml yaml = takeLoader();
    Object loaded = loadReporting(text, file, lineOffset, yaml);
    // a load that failed half-way may leave state in the constructor: only a loader that
    // finished goes back for the next load
    IDLE.offer(yaml);
    return loaded;
  }

  /**
   * SnakeYAML loaders not in use. A loader is not thread-safe, and making one builds its
   * resolver and constructor: more than parsing a post's front matter costs, so each thread that
   * loads takes one from here and puts it back. The pool grows to the number of threads that
   * load at once. Unlike one loader per thread, the loader the warm-up thread made serves the
   * main thread's config.
   */
  private static final java.util.concurrent.ConcurrentLinkedQueue<org.yaml.snakeyaml.Yaml> IDLE =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private static org.yaml.snakeyaml.Yaml takeLoader() {
    org.yaml.snakeyaml.Yaml yaml = IDLE.poll();
    if (yaml != null) return yaml;
    // the warm-up may be making one (and holds SnakeYAML's class set-up meanwhile): wait for it
    // rather than make a second one beside it on the same cores
    YamlWarmUp.awaitComing();
    yaml = IDLE.poll();
    return yaml != null ? yaml : newLoader();
  }

  /** Whether {@code file} is a YAML file that the simple reader takes whole (false when unreadable). */
  public static boolean readsWithoutSnakeYaml(java.nio.file.Path file) {
    try {
      return SimpleYaml.parse(java.nio.file.Files.readString(file)) != null;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Makes a loader and runs it once on {@code sample}, then leaves it for the next load of any
   * thread (the warm-up calls this first, while the main thread starts; the config is read next;
   * {@link YamlWarmUp#announce} said it would).
   */
  public static void warmUp(String sample) {
    try {
      org.yaml.snakeyaml.Yaml yaml = newLoader();
      loadReporting(sample, "warmup", 0, yaml);
      IDLE.offer(yaml);
    } finally {
      YamlWarmUp.done();
    }
  }

  /** How many loaders were made (for tests: a warm-up's loader serves the next thread). */
  private static final java.util.concurrent.atomic.AtomicInteger MADE = new java.util.concurrent.atomic.AtomicInteger();

  static int loadersMade() {
    return MADE.get();
  }

  /** Takes every idle loader out of the pool (for tests: the next load must wait or make one). */
  static List<Object> drainIdle() {
    List<Object> out = new java.util.ArrayList<>();
    for (Object y = IDLE.poll(); y != null; y = IDLE.poll()) out.add(y);
    return out;
  }

  private static org.yaml.snakeyaml.Yaml newLoader() {
    MADE.incrementAndGet();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(200);
    options.setCodePointLimit(64 * 1024 * 1024);
    return new org.yaml.snakeyaml.Yaml(new Constructor(options));
  }

  /** Loads {@code text}; a YAML error becomes a {@link BuildException} naming the file and line. */
  private static Object loadReporting(String text, String file, int lineOffset, org.yaml.snakeyaml.Yaml yaml) {
    try {
      return loadAllowingTabs(yaml, text);
    } catch (MarkedYAMLException e) {
      // The context mark (where the unclosed construct began) is where the user's mistake is.
      Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
      int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (e.getContext() != null) {
        String ctx = e.getContext();
        problem = problem + (ctx.startsWith("while ") ? " " : " while ") + ctx;
      }
      String where =
          mark == null ? "" : " at line " + (mark.getLine() + 1 + lineOffset) + " column "
              + (mark.getColumn() + 1);
      throw new BuildException(
          new SourceLocation(file, line), "(" + file + "): " + problem + where, e);
    } catch (YAMLException e) {
      throw new BuildException(SourceLocation.of(file), "(" + file + "): " + e.getMessage(), e);
    }
  }

  private static final String TAB_TOKEN = "found character '\\t(TAB)' that cannot start any token";

  /**
   * SnakeYAML never takes a tab for whitespace between tokens; libyaml (Psych, what Jekyll reads
   * YAML and JSON data with) does wherever a tab cannot be indentation (its {@code
   * yaml_parser_scan_to_next_token}: inside {@code [..]}/{@code {..}}, after a key's {@code :},
   * after a scalar), so {@code key:<TAB>value} and tab-indented JSON read fine in Jekyll. Where
   * SnakeYAML stops at such a tab, the tabs there are read as spaces and the parse is retried; a
   * tab libyaml refuses too (block indentation, after {@code -} or {@code ?}) keeps the error.
   */
  private static Object loadAllowingTabs(org.yaml.snakeyaml.Yaml yaml, String text) {
    String current = text;
    for (int attempt = 0; ; attempt++) {
      try {
        return yaml.load(current);
      } catch (MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        if (attempt >= 10_000 || mark == null || e.getProblem() == null || !e.getProblem().startsWith(TAB_TOKEN)) {
          throw e;
        }
        int at = mark.getIndex();
        if (at < 0 || at >= current.length() || current.charAt(at) != '\t' || !libyamlSkipsTab(current, at)) throw e;
        StringBuilder b = new StringBuilder(current);
        for (int i = at; i < b.length() && (b.charAt(i) == '\t' || b.charAt(i) == ' '); i++) b.setCharAt(i, ' ');
        current = b.toString();
      }
    }
  }

  /** Whether libyaml takes the tab at {@code at} (where a token may start) as whitespace. */
  static boolean libyamlSkipsTab(String text, int at) {
    if (flowDepth(text, at) > 0) return true;
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    String before = text.substring(lineStart, at).strip();
    if (before.isEmpty()) return false; // block indentation
    // after a block entry or complex key indicator a simple key may follow: libyaml refuses the tab
    char last = before.charAt(before.length() - 1);
    if ((last == '-' || last == '?')
        && (before.length() == 1 || Character.isWhitespace(before.charAt(before.length() - 2)))) {
      return false;
    }
    return !before.equals("---");
  }

  /** How many flow collections ({@code [ {}) are open before {@code end}, quotes and comments skipped. */
  private static int flowDepth(String text, int end) {
    int depth = 0;
    char prev = '\n';
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean tokenStart = prev == '\n' || prev == ' ' || prev == '\t' || "[{,:".indexOf(prev) >= 0;
      if (c == '#' && (prev == '\n' || prev == ' ' || prev == '\t')) {
        while (i < end && text.charAt(i) != '\n') i++;
        prev = '\n';
        continue;
      }
      if ((c == '"' || c == '\'') && tokenStart) {
        for (i++; i < end; i++) {
          char d = text.charAt(i);
          if (c == '"' && d == '\\') { i++; continue; }
          if (d == c) {
            if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') { i++; continue; }
            break;
          }
        }
        prev = c;
        continue;
      }
      if ((c == '[' || c == '{') && (tokenStart || depth > 0)) depth++;
      else if ((c == ']' || c == '}') && depth > 0) depth--;
      prev = c;
    }
    return depth;
  }

  /** Parses a YAML mapping; empty text or a non-map document gives an empty map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> loadMap(String text, String file, int lineOffset) {
    Object o = load(text, file, lineOffset);
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    }
    return new LinkedHashMap<>();
  }

  /** Parses a YAML timestamp as the resolver matched it. */
  static Object timestamp(String value) {
    Matcher m = TIMESTAMP.matcher(value.strip());
    if (!m.matches()) return value;
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    if (m.group(4) == null) return LocalDate.of(y, mo, d);
    int nanos = 0;
    if (m.group(7) != null) {
      String frac = (m.group(7) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(frac);
    }
    LocalDateTime ldt =
        LocalDateTime.of(
            y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            Integer.parseInt(m.group(6)), nanos);
    String zone = m.group(8);
    if (zone == null) return ldt;
    return OffsetDateTime.of(ldt, offset(zone));
  }

  static ZoneOffset offset(String zone) {
    if (zone.equals("Z")) return ZoneOffset.UTC;
    String sign = zone.substring(0, 1);
    String digits = zone.substring(1).replace(":", "");
    int h;
    int min = 0;
    if (digits.length() <= 2) {
      h = Integer.parseInt(digits);
    } else {
      h = Integer.parseInt(digits.substring(0, digits.length() - 2));
      min = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    int total = h * 3600 + min * 60;
    return ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total);
  }

  private static final class Constructor extends SafeConstructor {
    Constructor(LoaderOptions options) {
      super(options);
      this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructTime());
    }

    private final class ConstructTime extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        return timestamp(((ScalarNode) node).getValue());
      }
    }
  }
}
