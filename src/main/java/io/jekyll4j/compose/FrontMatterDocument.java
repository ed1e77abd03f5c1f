package io.jekyll4j.compose;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A text file with a front matter block, kept as its exact text: compose edits a key's value
 * (a title, a date) where it stands, so every other line, comment and quote of the author stays
 * as it was. Top-level keys are located with SnakeYAML's node positions.
 */
final class FrontMatterDocument {
  private static final Pattern CLOSING = Pattern.compile("(---|\\.\\.\\.)\\s*");

  private final String fileName;
  private final String opening;
  private final List<String> lines;
  private final String closing;
  private final boolean closingNewline;
  private final String body;
  private final String newline;
  private final List<FrontMatterEntry> entries;

  private FrontMatterDocument(
      String fileName,
      String opening,
      List<String> lines,
      String closing,
      boolean closingNewline,
      String body,
      String newline) {
    this.fileName = fileName;
    this.opening = opening;
    this.lines = List.copyOf(lines);
    this.closing = closing;
    this.closingNewline = closingNewline;
    this.body = body;
    this.newline = newline;
    this.entries = readEntries();
  }

  /**
   * Reads {@code text} if it starts with a front matter block, as Jekyll decides it.
   *
   * @throws ComposeException naming {@code fileName} and the line when the YAML is broken
   */
  static Optional<FrontMatterDocument> parse(String fileName, String text) {
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    String[] all = text.replace("\r\n", "\n").split("\n", -1);
    if (all.length < 2 || !all[0].matches("---\\s*")) {
      return Optional.empty();
    }
    for (int i = 1; i < all.length; i++) {
      if (CLOSING.matcher(all[i]).matches()) {
        List<String> parts = List.of(all);
        boolean closingNewline = i + 1 < all.length;
        String body = String.join("\n", parts.subList(Math.min(i + 1, all.length), all.length));
        return Optional.of(
            new FrontMatterDocument(
                fileName, all[0], parts.subList(1, i), all[i], closingNewline, body, newline));
      }
    }
    return Optional.empty();
  }

  /** A new document made of front matter lines only, as jekyll-compose writes new files. */
  static FrontMatterDocument create(String fileName, List<String> lines) {
    return new FrontMatterDocument(fileName, "---", lines, "---", true, "", "\n");
  }

  String fileName() {
    return fileName;
  }

  List<FrontMatterEntry> entries() {
    return entries;
  }

  Optional<FrontMatterEntry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  List<String> keys() {
    return entries.stream().map(FrontMatterEntry::key).toList();
  }

  /** The file's full text. */
  String text() {
    StringBuilder out = new StringBuilder(opening).append('\n');
    lines.forEach(l -> out.append(l).append('\n'));
    out.append(closing);
    if (closingNewline) {
      out.append('\n').append(body);
    }
    String text = out.toString();
    return newline.equals("\n") ? text : text.replace("\n", newline);
  }

  /**
   * Sets {@code key} to the already rendered YAML {@code value}: in place when the key is there
   * (keeping its spacing and any comment after it), else on a new line placed by {@code order}
   * with {@code gap} after the colon.
   */
  FrontMatterDocument with(String key, String value, List<String> order, String gap) {
    Optional<FrontMatterEntry> existing = entry(key);
    List<String> edited = new ArrayList<>(lines);
    if (existing.isEmpty()) {
      edited.add(insertionLine(key, order), YamlScalars.psych(key) + ":" + gap + value);
    } else if (existing.get().inlineScalar()) {
      FrontMatterEntry e = existing.get();
      String line = edited.get(e.line());
      edited.set(e.line(), line.substring(0, e.valueStart()) + value + line.substring(e.valueEnd()));
    } else {
      FrontMatterEntry e = existing.get();
      String keyPart = edited.get(e.line()).substring(0, e.colon() + 1);
      edited.subList(e.line(), e.endLine()).clear();
      edited.add(e.line(), keyPart + e.gap() + value);
    }
    return new FrontMatterDocument(fileName, opening, edited, closing, closingNewline, body, newline);
  }

  /** Drops {@code key} and its value lines. */
  FrontMatterDocument without(String key) {
    Optional<FrontMatterEntry> existing = entry(key);
    if (existing.isEmpty()) {
      return this;
    }
    List<String> edited = new ArrayList<>(lines);
    edited.subList(existing.get().line(), existing.get().endLine()).clear();
    return new FrontMatterDocument(fileName, opening, edited, closing, closingNewline, body, newline);
  }

  /** Where a new key goes: after the nearest key that {@code order} puts before it. */
  private int insertionLine(String key, List<String> order) {
    int index = order.indexOf(key);
    if (index >= 0) {
      for (int i = index - 1; i >= 0; i--) {
        Optional<FrontMatterEntry> before = entry(order.get(i));
        if (before.isPresent()) {
          return before.get().endLine();
        }
      }
      for (int i = index + 1; i < order.size(); i++) {
        Optional<FrontMatterEntry> after = entry(order.get(i));
        if (after.isPresent()) {
          return after.get().line();
        }
      }
    }
    return entries.isEmpty() ? lines.size() : entries.get(entries.size() - 1).endLine();
  }

  private List<FrontMatterEntry> readEntries() {
    String yaml = String.join("\n", lines);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 2;
      throw new ComposeException(
          fileName + ":" + line + ": invalid YAML front matter: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ComposeException(fileName + ":2: invalid YAML front matter: " + e.getMessage());
    }
    if (root == null) {
      return List.of();
    }
    if (!(root instanceof MappingNode map)) {
      throw new ComposeException(fileName + ":2: front matter is not a list of keys and values");
    }
    List<FrontMatterEntry> found = new ArrayList<>();
    List<NodeTuple> tuples = map.getValue();
    for (int i = 0; i < tuples.size(); i++) {
      int next =
          i + 1 < tuples.size() ? tuples.get(i + 1).getKeyNode().getStartMark().getLine() : -1;
      found.add(entry(tuples.get(i), next));
    }
    return List.copyOf(found);
  }

  private FrontMatterEntry entry(NodeTuple tuple, int nextKeyLine) {
    Node keyNode = tuple.getKeyNode();
    Node value = tuple.getValueNode();
    String key = keyNode instanceof ScalarNode s ? s.getValue() : "";
    int line = keyNode.getStartMark().getLine();
    String keyLine = lines.get(line);
    int colon = keyLine.indexOf(':', column(keyLine, keyNode.getEndMark().getColumn()));
    int end = nextKeyLine >= 0 ? nextKeyLine : lines.size();
    while (end > line + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
      end--;
    }
    FrontMatterEntry.Kind kind =
        value instanceof ScalarNode
            ? FrontMatterEntry.Kind.SCALAR
            : value instanceof SequenceNode ? FrontMatterEntry.Kind.SEQUENCE
                : FrontMatterEntry.Kind.MAPPING;
    ScalarStyle style = ScalarStyle.PLAIN;
    String scalar = "";
    int valueStart = -1;
    int valueEnd = -1;
    if (value instanceof ScalarNode s) {
      scalar = s.getValue();
      style = styleOf(s.getScalarStyle());
      boolean oneLine =
          s.getStartMark().getLine() == line
              && s.getEndMark().getLine() == line
              && !(scalar.isEmpty() && style == ScalarStyle.PLAIN);
      if (oneLine) {
        valueStart = column(keyLine, s.getStartMark().getColumn());
        valueEnd = column(keyLine, s.getEndMark().getColumn());
      }
    }
    String gap = gapAfter(keyLine, colon, valueStart);
    String raw =
        valueStart >= 0
            ? keyLine.substring(valueStart, valueEnd)
            : String.join("\n", lines.subList(line, end)).substring(colon + 1).strip();
    boolean flow =
        value instanceof SequenceNode seq
            ? seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW
            : value instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    return new FrontMatterEntry(
        key, line, end, colon, gap, kind, style, flow, scalar, raw, valueStart, valueEnd);
  }

  private static String gapAfter(String keyLine, int colon, int valueStart) {
    if (valueStart >= 0) {
      return keyLine.substring(colon + 1, valueStart);
    }
    String rest = keyLine.substring(colon + 1);
    String spaces = rest.substring(0, rest.length() - rest.stripLeading().length());
    return spaces.isEmpty() || spaces.length() == rest.length() ? " " : spaces;
  }

  /** SnakeYAML counts columns in code points; Java strings index UTF-16 units. */
  private static int column(String line, int codePointColumn) {
    int max = line.codePointCount(0, line.length());
    return line.offsetByCodePoints(0, Math.min(codePointColumn, max));
  }

  private static ScalarStyle styleOf(DumperOptions.ScalarStyle style) {
    return switch (style) {
      case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
      default -> ScalarStyle.PLAIN;
    };
  }
}
