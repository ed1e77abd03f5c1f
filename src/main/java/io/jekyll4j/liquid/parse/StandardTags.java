package io.jekyll4j.liquid.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.LValue;
import liqp.nodes.AtomNode;
import liqp.nodes.AttributeNode;
import liqp.nodes.BlockNode;
import liqp.nodes.InsertionNode;
import liqp.nodes.LNode;

/**
 * Liquid 4.0.4's tags ({@code lib/liquid/tags/*.rb}), each reading its markup as Liquid does
 * (strict with lax fallback where Liquid has a strict parser: {@code if}, {@code unless},
 * {@code for}, and the {@code Variable} of {@code assign}; the lax {@code Syntax} regex alone
 * for the others) and its body as {@code Block} does. The nodes are liqp insertions: our {@code
 * if}/{@code unless}/{@code for}/{@code case}/{@code capture} blocks, liqp's others.
 */
public final class StandardTags {
  private static final String QF = Expressions.QUOTED_FRAGMENT;
  private static final Pattern FOR_SYNTAX =
      Pattern.compile("\\A(" + Expressions.VARIABLE_SEGMENT + "+)\\s+in\\s+((?:" + QF + ")+)\\s*(reversed)?");
  private static final Pattern CASE_SYNTAX = Pattern.compile("(" + QF + ")");
  private static final Pattern WHEN_SYNTAX =
      Pattern.compile("(" + QF + ")(?:(?:\\s+or\\s+|\\s*,\\s*)(" + QF + ".*))?", Pattern.DOTALL);
  private static final Pattern CAPTURE_SYNTAX = Pattern.compile("(" + Expressions.VARIABLE_SIGNATURE + "+)");
  private static final Pattern ASSIGN_SYNTAX =
      Pattern.compile("(" + Expressions.VARIABLE_SIGNATURE + "+)\\s*=\\s*(.*)\\s*", Pattern.DOTALL);
  private static final Pattern CYCLE_SIMPLE = Pattern.compile("\\A(?:" + QF + ")+");
  private static final Pattern CYCLE_NAMED = Pattern.compile("\\A(" + QF + ")\\s*:\\s*(.*)", Pattern.DOTALL);
  private static final Pattern CYCLE_VALUE = Pattern.compile("\\s*(" + QF + ")\\s*");
  private static final Pattern TABLEROW_SYNTAX = Pattern.compile("(\\w+)\\s+in\\s+((?:" + QF + ")+)");
  private static final Pattern RAW_SYNTAX = Pattern.compile("\\A\\s*\\z");
  private static final Pattern FULL_TOKEN_POSSIBLY_INVALID =
      Pattern.compile("\\A(.*)\\{%\\s*(\\w+)\\s*(.*)?%\\}\\z", Pattern.DOTALL);

  /** The marker of a case's {@code else} branch among its {@code when} values. */
  public static final Object ELSE = new Object() {
    @Override
    public String toString() {
      return "else";
    }
  };

  private StandardTags() {}

  /** A registry holding Liquid's standard tags. */
  public static TagRegistry registry() {
    TagRegistry r = new TagRegistry();
    r.register("if", (tag, p) -> ifTag(tag, p, false));
    r.register("unless", (tag, p) -> ifTag(tag, p, true));
    r.register("for", StandardTags::forTag);
    r.register("case", StandardTags::caseTag);
    r.register("capture", StandardTags::capture);
    r.register("assign", StandardTags::assign);
    r.register("cycle", StandardTags::cycle);
    r.register("increment", (tag, p) -> new InsertionNode(p.insertion("increment"), new AtomNode(tag.markup().strip())));
    r.register("decrement", (tag, p) -> new InsertionNode(p.insertion("decrement"), new AtomNode(tag.markup().strip())));
    r.register("comment", StandardTags::comment);
    r.register("raw", StandardTags::raw);
    r.register("tablerow", StandardTags::tablerow);
    r.register("ifchanged", (tag, p) -> new InsertionNode(p.insertion("ifchanged"), body(tag, p)));
    r.register("break", (tag, p) -> new AtomNode(LValue.BREAK));
    r.register("continue", (tag, p) -> new AtomNode(LValue.CONTINUE));
    return r;
  }

  /** A block's single body up to its end tag; any other tag inside is an error. */
  static BlockNode body(TagParser.Tag tag, LiquidParser p) {
    LiquidParser.Body body = p.newBody();
    LiquidParser.EndTag other = p.parseBody(body, tag.name());
    if (other != null) throw p.unknownTag(tag.name(), other);
    return body.node();
  }

  /** {@code if.rb}/{@code unless.rb}: conditions and bodies in pairs, {@code else} as {@code true}. */
  private static LNode ifTag(TagParser.Tag tag, LiquidParser p, boolean unless) {
    List<LNode> nodes = new ArrayList<>();
    nodes.add(Conditions.parse(tag.markup(), tag.line(), p));
    LiquidParser.Body body = p.newBody();
    while (true) {
      LiquidParser.EndTag other = p.parseBody(body, tag.name());
      nodes.add(body.node());
      if (other == null) break;
      if (other.name().equals("elsif")) {
        nodes.add(Conditions.parse(other.markup(), tag.line(), p));
      } else if (other.name().equals("else")) {
        nodes.add(new AtomNode(true));
      } else {
        throw p.unknownTag(tag.name(), other);
      }
      body = p.newBody();
    }
    return new InsertionNode(p.insertion(unless ? "unless" : "if"), nodes.toArray(new LNode[0]));
  }

  private record ForMarkup(String variable, String collection, boolean reversed, List<LNode> attributes) {}

  /** {@code for.rb}: our {@code ForBlock}'s nodes (see there). */
  private static LNode forTag(TagParser.Tag tag, LiquidParser p) {
    String markup = tag.markup();
    ForMarkup f = p.switching("in \"" + markup.strip() + "\"", tag.line(), () -> forStrict(markup), () -> forLax(markup));
    LiquidParser.Body body = p.newBody();
    LiquidParser.EndTag other = p.parseBody(body, "for");
    BlockNode elseBody = null;
    if (other != null) {
      if (!other.name().equals("else")) throw p.unknownTag("for", other);
      LiquidParser.Body otherwise = p.newBody();
      LiquidParser.EndTag more = p.parseBody(otherwise, "for");
      if (more == null) {
        elseBody = otherwise.node();
      } else if (more.name().equals("else")) {
        // For#unknown_tag starts a new, empty else body, and For#parse stops there: the rest of
        // the tokens, the endfor included, belong to the enclosing body
        elseBody = p.newBody().node();
      } else {
        throw p.unknownTag("for", more);
      }
    }
    List<LNode> nodes = new ArrayList<>();
    nodes.add(new AtomNode(true));
    nodes.add(new AtomNode(f.variable()));
    nodes.add(Expressions.parse(f.collection()));
    nodes.add(body.node());
    nodes.add(elseBody);
    nodes.add(new AtomNode(f.collection()));
    nodes.add(new AtomNode(f.reversed()));
    nodes.addAll(f.attributes());
    return new InsertionNode(p.insertion("for"), nodes.toArray(new LNode[0]));
  }

  private static ForMarkup forStrict(String markup) {
    StrictParser sp = new StrictParser(markup);
    String variable = sp.consume("id");
    if (sp.id("in") == null) throw new LiquidSyntaxError("For loops require an 'in' clause");
    String collection = sp.expression();
    boolean reversed = sp.id("reversed") != null;
    List<LNode> attributes = new ArrayList<>();
    while (sp.look("id") && sp.look("colon", 1)) {
      String attribute = sp.id("limit") != null ? "limit" : sp.id("offset") != null ? "offset" : null;
      if (attribute == null) {
        throw new LiquidSyntaxError("Invalid attribute in for loop. Valid attributes are limit and offset");
      }
      sp.consume();
      attributes.add(forAttribute(attribute, sp.expression()));
    }
    sp.consume("end_of_string");
    return new ForMarkup(variable, collection, reversed, attributes);
  }

  private static ForMarkup forLax(String markup) {
    Matcher m = FOR_SYNTAX.matcher(markup);
    if (!m.find()) throw new LiquidSyntaxError("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]");
    List<LNode> attributes = new ArrayList<>();
    Matcher a = Expressions.TAG_ATTRIBUTES.matcher(markup);
    while (a.find()) {
      if (a.group(1).equals("offset") || a.group(1).equals("limit")) attributes.add(forAttribute(a.group(1), a.group(2)));
    }
    return new ForMarkup(m.group(1), m.group(2), m.group(3) != null, attributes);
  }

  private static LNode forAttribute(String key, String expression) {
    LNode value = key.equals("offset") && expression.equals("continue")
        ? new AtomNode(LValue.CONTINUE) : Expressions.parse(expression);
    return new AttributeNode(new AtomNode(key), value);
  }

  /**
   * {@code case.rb} (lax only in Liquid 4): the left expression, then one (value, body) pair per
   * {@code when} value, in order, and ({@link #ELSE}, body) for each {@code else}.
   */
  private static LNode caseTag(TagParser.Tag tag, LiquidParser p) {
    Matcher m = CASE_SYNTAX.matcher(tag.markup());
    if (!m.find()) throw new LiquidSyntaxError("Syntax Error in 'case' - Valid syntax: case [condition]");
    List<LNode> nodes = new ArrayList<>();
    nodes.add(Expressions.parse(m.group(1)));
    LiquidParser.Body body = p.newBody();
    List<Object[]> pending = new ArrayList<>();
    while (true) {
      LiquidParser.EndTag other = p.parseBody(body, "case");
      for (Object[] pair : pending) {
        nodes.add((LNode) pair[0]);
        nodes.add(body.node());
      }
      pending.clear();
      if (other == null) break;
      body = p.newBody();
      if (other.name().equals("when")) {
        String markup = other.markup();
        while (markup != null) {
          Matcher w = WHEN_SYNTAX.matcher(markup);
          if (!w.find()) {
            throw new LiquidSyntaxError(
                "Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}");
          }
          markup = w.group(2);
          pending.add(new Object[] {Expressions.parse(w.group(1))});
        }
      } else if (other.name().equals("else")) {
        if (!other.markup().strip().isEmpty()) {
          throw new LiquidSyntaxError(
              "Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) ");
        }
        pending.add(new Object[] {new AtomNode(ELSE)});
      } else {
        throw p.unknownTag("case", other);
      }
    }
    return new InsertionNode(p.insertion("case"), nodes.toArray(new LNode[0]));
  }

  private static LNode capture(TagParser.Tag tag, LiquidParser p) {
    Matcher m = CAPTURE_SYNTAX.matcher(tag.markup());
    if (!m.find()) throw new LiquidSyntaxError("Syntax Error in 'capture' - Valid syntax: capture [var]");
    return new InsertionNode(p.insertion("capture"), new AtomNode(m.group(1)), body(tag, p));
  }

  private static LNode assign(TagParser.Tag tag, LiquidParser p) {
    Matcher m = ASSIGN_SYNTAX.matcher(tag.markup());
    if (!m.find()) throw new LiquidSyntaxError("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
    Variables.Parsed from = p.parsedVariable(m.group(2), tag.line());
    List<LNode> nodes = new ArrayList<>();
    nodes.add(new AtomNode(m.group(1)));
    nodes.add(from.expression());
    nodes.addAll(from.filters());
    return new InsertionNode(p.insertion("assign"), nodes.toArray(new LNode[0]));
  }

  /** {@code cycle.rb}: the group name (null when unnamed), then the values without nils. */
  private static LNode cycle(TagParser.Tag tag, LiquidParser p) {
    String markup = tag.markup();
    List<LNode> nodes = new ArrayList<>();
    Matcher named = CYCLE_NAMED.matcher(markup);
    String values;
    if (named.find()) {
      nodes.add(Expressions.parse(named.group(1)));
      values = named.group(2);
    } else if (CYCLE_SIMPLE.matcher(markup).find()) {
      nodes.add(null);
      values = markup;
    } else {
      throw new LiquidSyntaxError("Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]");
    }
    for (String v : values.split(",", -1)) {
      Matcher m = CYCLE_VALUE.matcher(v);
      if (!m.find()) continue;
      LNode value = Expressions.parse(m.group(1));
      if (value == Expressions.NIL) continue;
      nodes.add(value);
    }
    return new InsertionNode(p.insertion("cycle"), nodes.toArray(new LNode[0]));
  }

  /** {@code comment.rb}: the body is parsed (its tags must be valid), every unknown tag ignored. */
  private static LNode comment(TagParser.Tag tag, LiquidParser p) {
    LiquidParser.Body body = p.newBody();
    while (p.parseBody(body, "comment") != null) {
      // Comment#unknown_tag does nothing
    }
    return new InsertionNode(p.insertion("comment"), new AtomNode(""));
  }

  /** {@code raw.rb}: tokens taken as they are up to a token holding {@code {% endraw %}}. */
  private static LNode raw(TagParser.Tag tag, LiquidParser p) {
    if (!RAW_SYNTAX.matcher(tag.markup()).matches()) {
      throw new LiquidSyntaxError("Syntax Error in 'raw' - Valid syntax: raw");
    }
    StringBuilder body = new StringBuilder();
    Tokenizer.Token token;
    while ((token = p.tokens().shift()) != null) {
      Matcher m = FULL_TOKEN_POSSIBLY_INVALID.matcher(token.text());
      if (m.matches()) {
        body.append(m.group(1));
        if (m.group(2).equals("endraw")) return new InsertionNode(p.insertion("raw"), new AtomNode(body.toString()));
      }
      body.append(token.text());
    }
    throw new LiquidSyntaxError("'raw' tag was never closed");
  }

  /** {@code table_row.rb}: liqp's tablerow nodes (variable, collection, body, attributes). */
  private static LNode tablerow(TagParser.Tag tag, LiquidParser p) {
    Matcher m = TABLEROW_SYNTAX.matcher(tag.markup());
    if (!m.find()) {
      throw new LiquidSyntaxError(
          "Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3");
    }
    List<LNode> nodes = new ArrayList<>();
    nodes.add(new AtomNode(m.group(1)));
    nodes.add(Expressions.parse(m.group(2)));
    nodes.add(body(tag, p));
    Matcher a = Expressions.TAG_ATTRIBUTES.matcher(tag.markup());
    while (a.find()) nodes.add(new AttributeNode(new AtomNode(a.group(1)), Expressions.parse(a.group(2))));
    return new InsertionNode(p.insertion("tablerow"), nodes.toArray(new LNode[0]));
  }
}
