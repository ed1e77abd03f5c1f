package io.jekyll4j.liquid.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Insertion;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;

/**
 * Parses one template as Liquid 4.0.4 does: {@code Document}, {@code BlockBody} and {@code
 * Block} ({@code document.rb}, {@code block_body.rb}, {@code block.rb}) over the {@link
 * Tokenizer}'s tokens, with whitespace control, tags from a {@link TagRegistry}, outputs read as
 * {@code Variable}s, the {@code error_mode} switching of {@code parser_switching.rb}, and the
 * warnings the {@code warn} mode records. The result is a tree of liqp nodes.
 */
public final class LiquidParser {
  /** Liquid's {@code error_mode}. */
  public enum ErrorMode {
    STRICT, WARN, LAX;

    /** The mode named in Jekyll's {@code liquid: error_mode} ({@code warn} when unknown). */
    public static ErrorMode named(String name) {
      return switch (name == null ? "" : name) {
        case "strict" -> STRICT;
        case "lax" -> LAX;
        default -> WARN;
      };
    }
  }

  /** A parsed template: its root node and the warnings of a lax fallback. */
  public record Result(BlockNode root, List<LiquidSyntaxError> warnings) {}

  /** A tag no tag parser claimed, handed to the enclosing block ({@code else}, {@code when}, end tags). */
  public record EndTag(String name, String markup) {}

  private static final Pattern FULL_TOKEN =
      Pattern.compile("\\A\\{%-?\\s*(\\w+)\\s*(.*?)-?%\\}\\z", Pattern.DOTALL);
  private static final Pattern CONTENT_OF_VARIABLE =
      Pattern.compile("\\A\\{\\{-?(.*?)-?\\}\\}\\z", Pattern.DOTALL);
  private static final int MAX_DEPTH = 100;

  private final String template;
  private final int firstLine;
  private final TagRegistry tags;
  private final TemplateParser liqp;
  private final ErrorMode mode;
  private final boolean strictFilters;
  private final List<LiquidSyntaxError> warnings = new ArrayList<>();
  private Tokenizer tokens;
  private int lineNumber = 1;
  private boolean trimWhitespace;
  private int depth;

  public LiquidParser(String template, TagRegistry tags, TemplateParser liqp, ErrorMode mode, boolean strictFilters) {
    this(template, 1, tags, liqp, mode, strictFilters);
  }

  /**
   * A parser for {@code template}, whose text starts on line {@code firstLine} of its file (after
   * front matter): lines in errors and warnings count from the text, tags' {@link Origin}s from the file.
   */
  public LiquidParser(String template, int firstLine, TagRegistry tags, TemplateParser liqp, ErrorMode mode,
      boolean strictFilters) {
    this.firstLine = firstLine;
    this.template = template;
    this.tags = tags;
    this.liqp = liqp;
    this.mode = mode;
    this.strictFilters = strictFilters;
  }

  /** {@code Document.parse}: the whole source; syntax errors carry the line they were met on. */
  public Result parse(String source) {
    tokens = new Tokenizer(source);
    Body body = new Body();
    try {
      EndTag end = parse(body);
      if (end != null) {
        if (end.name().equals("else") || end.name().equals("end")) {
          throw new LiquidSyntaxError("Unexpected outer '" + end.name() + "' tag");
        }
        throw new LiquidSyntaxError("Unknown tag '" + end.name() + "'");
      }
    } catch (LiquidSyntaxError e) {
      e.lineIfUnset(lineNumber);
      throw e;
    }
    return new Result(body.node(), List.copyOf(warnings));
  }

  /** {@code BlockBody#parse}: fills {@code body} up to a tag nobody registered (returned) or the end (null). */
  private EndTag parse(Body body) {
    lineNumber = tokens.lineNumber();
    Tokenizer.Token token;
    while ((token = tokens.shift()) != null) {
      String text = token.text();
      if (text.isEmpty()) continue;
      if (text.startsWith("{%")) {
        whitespace(text, body);
        Matcher m = FULL_TOKEN.matcher(text);
        if (!m.matches()) {
          throw new LiquidSyntaxError("Tag '" + text + "' was not properly terminated with regexp: /\\%\\}/");
        }
        String name = m.group(1);
        TagParser tag = tags.get(name);
        if (tag == null) return new EndTag(name, m.group(2));
        body.add(tag.parse(new TagParser.Tag(name, m.group(2), lineNumber), this));
      } else if (text.startsWith("{{")) {
        whitespace(text, body);
        Matcher m = CONTENT_OF_VARIABLE.matcher(text);
        if (!m.matches()) {
          throw new LiquidSyntaxError("Variable '" + text + "' was not properly terminated with regexp: /\\}\\}/");
        }
        body.add(Variables.parse(m.group(1), lineNumber, this).output());
      } else {
        if (trimWhitespace) text = lstrip(text);
        trimWhitespace = false;
        body.addText(text);
      }
      lineNumber = tokens.lineNumber();
    }
    return null;
  }

  /** {@code whitespace_handler}: {@code {%-} trims the text before, {@code -%}} the text after. */
  private void whitespace(String token, Body body) {
    if (token.length() > 2 && token.charAt(2) == '-') body.rstripLast();
    trimWhitespace = token.length() >= 3 && token.charAt(token.length() - 3) == '-';
  }

  /**
   * {@code Block#parse_body}: parses into {@code body} until {@code end<blockName>} (then null)
   * or another tag the registry does not know, which is returned for the block to handle.
   */
  public EndTag parseBody(Body body, String blockName) {
    if (depth >= MAX_DEPTH) throw new LiquidSyntaxError("Nesting too deep", false);
    depth++;
    try {
      EndTag end = parse(body);
      if (end == null) throw new LiquidSyntaxError("'" + blockName + "' tag was never closed");
      if (end.name().equals("end" + blockName)) return null;
      return end;
    } finally {
      depth--;
    }
  }

  /** {@code Block#unknown_tag}: the error for a tag a block does not take. */
  public LiquidSyntaxError unknownTag(String blockName, EndTag tag) {
    if (tag.name().equals("else")) return new LiquidSyntaxError(blockName + " tag does not expect 'else' tag");
    if (tag.name().startsWith("end")) {
      return new LiquidSyntaxError("'" + tag.name() + "' is not a valid delimiter for " + blockName
          + " tags. use end" + blockName);
    }
    return new LiquidSyntaxError("Unknown tag '" + tag.name() + "'");
  }

  /**
   * {@code parse_with_selected_parser}: strict, lax, or strict then (recording a warning) lax.
   * A strict failure is reported at {@code line} with the markup {@code context}.
   */
  public <T> T switching(String context, int line, Supplier<T> strict, Supplier<T> lax) {
    switch (mode) {
      case LAX:
        return lax.get();
      case STRICT:
        try {
          return strict.get();
        } catch (LiquidSyntaxError e) {
          e.setLine(line);
          e.setMarkupContext(context);
          throw e;
        }
      default:
        try {
          return strict.get();
        } catch (LiquidSyntaxError e) {
          e.setLine(line);
          e.setMarkupContext(context);
          warnings.add(e);
          return lax.get();
        }
    }
  }

  /**
   * Jekyll's {@code where_exp}/{@code find_exp} condition ({@code parse_condition}): Liquid's
   * strict condition parser whatever the error mode; a template printing {@code true} when it holds.
   */
  public static LNode conditionTemplate(TemplateParser liqp, String expression) {
    BlockNode yes = new io.jekyll4j.liquid.core.BodyNode();
    yes.add(new AtomNode("true"));
    return new liqp.nodes.InsertionNode(liqp.insertions.get("if"), Conditions.strict(expression), yes);
  }

  /** Jekyll's {@code group_by_exp}/{@code sort_by_exp}... expression: {@code Variable.new(expression)}. */
  public static LNode variableTemplate(TemplateParser liqp, String expression) {
    ErrorMode mode = switch (liqp.errorMode) {
      case STRICT -> ErrorMode.STRICT;
      case LAX -> ErrorMode.LAX;
      default -> ErrorMode.WARN;
    };
    return new LiquidParser("(expression)", new TagRegistry(), liqp, mode, false).variable(expression, 1);
  }

  /** The tokenizer, for tags that read raw tokens ({@code raw}). */
  public Tokenizer tokens() {
    return tokens;
  }

  public Body newBody() {
    return new Body();
  }

  public String template() {
    return template;
  }

  public Origin origin(TagParser.Tag tag) {
    return new Origin(template, tag.line() + firstLine - 1, tag.markup());
  }

  /** The output of {@code {{ markup }}} at {@code line}, read as the error mode says. */
  public LNode variable(String markup, int line) {
    return Variables.parse(markup, line, this).output();
  }

  Variables.Parsed parsedVariable(String markup, int line) {
    return Variables.parse(markup, line, this);
  }

  /** The liqp insertion (tag or block implementation) registered as {@code name}. */
  public Insertion insertion(String name) {
    Insertion i = liqp.insertions.get(name);
    if (i == null) throw new IllegalStateException("no liqp insertion named " + name);
    return i;
  }

  /** The filter {@code name}, or Liquid's behaviour for a filter nobody defined. */
  Filter filter(String name) {
    Filter f = liqp.filters.get(name);
    if (f != null) return f;
    boolean strict = strictFilters;
    return new Filter(name) {
      @Override
      public Object apply(Object value, TemplateContext context, Object... params) {
        if (strict) throw new IllegalArgumentException("Liquid error: undefined filter " + name);
        return value;
      }
    };
  }

  /** A body being parsed: text (trimmed by whitespace control) and nodes. */
  public static final class Body {
    private final List<Object> nodes = new ArrayList<>();

    void add(LNode node) {
      nodes.add(node);
    }

    void addText(String text) {
      nodes.add(text);
    }

    void rstripLast() {
      if (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof String s) {
        nodes.set(nodes.size() - 1, rstrip(s));
      }
    }

    /** liqp's block node for the body. */
    public BlockNode node() {
      BlockNode b = new io.jekyll4j.liquid.core.BodyNode();
      for (Object n : nodes) {
        if (n instanceof String s) {
          if (!s.isEmpty()) b.add(new AtomNode(s));
        } else {
          b.add((LNode) n);
        }
      }
      return b;
    }
  }

  private static boolean rubySpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static String lstrip(String s) {
    int i = 0;
    while (i < s.length() && rubySpace(s.charAt(i))) i++;
    return s.substring(i);
  }

  static String rstrip(String s) {
    int i = s.length();
    while (i > 0 && (rubySpace(s.charAt(i - 1)) || s.charAt(i - 1) == '\0')) i--;
    return s.substring(0, i);
  }
}
