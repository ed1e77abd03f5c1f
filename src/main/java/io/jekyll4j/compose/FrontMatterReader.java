package io.jekyll4j.compose;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
 * Finds the top-level keys of a front matter block with SnakeYAML's node positions: where each
 * key and value stand in the lines, and how each value is quoted and spaced.
 */
final class FrontMatterReader {
  private FrontMatterReader() {}

  static List<FrontMatterEntry> entries(String fileName, List<String> lines) {
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
      found.add(entry(lines, tuples.get(i), next));
    }
    return List.copyOf(found);
  }

  private static FrontMatterEntry entry(List<String> lines, NodeTuple tuple, int nextKeyLine) {
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
