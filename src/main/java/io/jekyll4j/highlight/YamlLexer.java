package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rouge 3.30's YAML lexer as a rule table plus its indentation bookkeeping (a stack of indent
 * levels that decides where block scalars and plain multi-line scalars end).
 */
final class YamlLexer {
  private YamlLexer() {}

  private static final String PLAIN_START = "[^ \\t\\n\\r\\f\\x0B?:,\\[\\]{}#&*!\\|>'\"%@`]";

  /** Per-lex indentation state (Rouge's @indent_stack, @next_indent, @block_scalar_indent). */
  private static final class Indent {
    final List<Integer> stack = new ArrayList<>(List.of(0));
    int next;
    Integer blockScalar;

    int current() {
      return stack.get(stack.size() - 1);
    }

    /** Returns {text, error} as Rouge's save_indent. */
    String[] save(String match) {
      next = match.length();
      if (next < current()) {
        while (next < current()) {
          stack.remove(stack.size() - 1);
        }
        int i = Math.min(current(), match.length());
        return new String[] {match.substring(0, i), match.substring(i)};
      }
      return new String[] {match, ""};
    }

    void set(String match, boolean implicit) {
      if (current() < next) {
        stack.add(next);
      }
      if (!implicit) {
        next += match.length();
      }
    }
  }

  /** Rouge's {@code set_indent} (for lexers that extend YAML). */
  static void setIndent(RegexLexing lx, String match, boolean implicit) {
    indent(lx).set(match, implicit);
  }

  private static Indent indent(RegexLexing lx) {
    return (Indent) lx.vars().computeIfAbsent("indent", k -> new Indent());
  }

  private static void resetIndent(RegexLexing lx) {
    lx.vars().put("indent", new Indent());
  }

  static RegexLexer create() {
    return builder(RegexLexer.builder("yaml", "yml")).build();
  }

  /** YAML's states in {@code b}, for lexers that extend it (Rouge subclasses). */
  static RegexLexer.Builder builder(RegexLexer.Builder b) {
    b.start(YamlLexer::resetIndent);
    b.state("basic", s -> s.rule("#.*$", COMMENT_SINGLE));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .rule("\\n+", TEXT)
                .rule("[ ]+(?=#|$)", TEXT)
                .rule("^%YAML\\b", (lx, m) -> directive(lx, NAME_TAG, "yaml_directive"))
                .rule("^%TAG\\b", (lx, m) -> directive(lx, NAME_TAG, "tag_directive"))
                .rule(
                    "^(?:---|\\.\\.\\.)(?= |$)",
                    (lx, m) -> directive(lx, NAME_NAMESPACE, "block_line"))
                .rule(
                    "[ ]*(?!\\s|$)",
                    (lx, m) -> {
                      String[] parts = indent(lx).save(m.group());
                      lx.token(TEXT, parts[0]);
                      lx.token(ERROR, parts[1]);
                      lx.push("block_line");
                      lx.push("indentation");
                    }));
    b.state(
        "indentation",
        s ->
            s.rule(
                    "\\s*?\\n",
                    (lx, m) -> {
                      lx.token(TEXT);
                      lx.pop(2);
                    })
                .rule(
                    "[ ]+(?=[-:?](?:[ ]|$))",
                    (lx, m) -> {
                      lx.token(TEXT);
                      indent(lx).next += m.group().length();
                    })
                .rule(
                    "[?:-](?=[ ]|$)",
                    (lx, m) -> {
                      indent(lx).set(m.group(), false);
                      lx.token(PUNCTUATION_INDICATOR);
                    })
                .rule(
                    "[ ]*",
                    (lx, m) -> {
                      lx.token(TEXT);
                      indent(lx).next += m.group().length();
                      lx.pop();
                    }));
    b.state(
        "block_line",
        s ->
            s.rule("[ ]*(?=#|$)", TEXT, POP)
                .rule("[ ]+", TEXT)
                .mixin("descriptors")
                .mixin("block_nodes")
                .mixin("flow_nodes")
                .rule(
                    "(?=" + PLAIN_START + "|[?:-][^ \\t\\n\\r\\f\\x0B])",
                    NAME_VARIABLE,
                    "plain_scalar_in_block_context"));
    b.state(
        "descriptors",
        s ->
            s.rule("!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\\[\\]%-]+>", KEYWORD_TYPE)
                .rule("(?:![\\w-]+)?!(?:[\\w;/?:@&=+$,.!~*'()\\[\\]%-]*)", KEYWORD_TYPE)
                .rule("&[\\p{L}\\p{Nl}\\p{Nd}_-]+", NAME_LABEL)
                .rule("\\*[\\p{L}\\p{Nl}\\p{Nd}_-]+", NAME_VARIABLE));
    b.state(
        "block_nodes",
        s ->
            s.rule(
                    "([^#,:?\\[\\]{}\"'\\n]+)(:)(?=\\s|$)",
                    (lx, m) -> {
                      lx.groups(NAME_ATTRIBUTE, PUNCTUATION_INDICATOR);
                      indent(lx).set(m.group(), true);
                    })
                .rule(
                    "[\\|>][+-]?",
                    (lx, m) -> {
                      lx.token(PUNCTUATION_INDICATOR);
                      lx.push("block_scalar_content");
                      lx.push("block_scalar_header");
                    }));
    b.state(
        "flow_nodes",
        s ->
            s.rule("\\[", PUNCTUATION_INDICATOR, "flow_sequence")
                .rule("\\{", PUNCTUATION_INDICATOR, "flow_mapping")
                .rule("'", STRING_SINGLE, "single_quoted_scalar")
                .rule("\"", STRING_DOUBLE, "double_quoted_scalar"));
    b.state(
        "flow_collection",
        s ->
            s.rule("\\s+", TEXT)
                .mixin("basic")
                .rule("[?:,]", PUNCTUATION_INDICATOR)
                .mixin("descriptors")
                .mixin("flow_nodes")
                .rule(
                    "(?=" + PLAIN_START + ")",
                    (lx, m) -> lx.push("plain_scalar_in_flow_context")));
    b.state(
        "flow_sequence",
        s -> s.rule("\\]", PUNCTUATION_INDICATOR, POP).mixin("flow_collection"));
    b.state(
        "flow_mapping",
        s -> s.rule("\\}", PUNCTUATION_INDICATOR, POP).mixin("flow_collection"));
    b.state("block_scalar_content", YamlLexer::blockScalarContent);
    b.state(
        "block_scalar_header",
        s ->
            s.rule(
                "(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)",
                (lx, m) -> {
                  Indent in = indent(lx);
                  in.blockScalar = null;
                  lx.gotoState("ignored_line");
                  if (m.group().isEmpty()) {
                    return;
                  }
                  // Rouge takes m[1] || m[2]: group 1 is the whole indicator ("2-", "-"...),
                  // never nil here, read with Ruby's String#to_i ("-" is 0, "-2" is -2).
                  in.blockScalar = in.current() + rubyToI(m.group(1));
                  lx.token(PUNCTUATION_INDICATOR);
                }));
    b.state(
        "ignored_line",
        s -> s.mixin("basic").rule("[ ]+", TEXT).rule("\\n", TEXT, POP));
    b.state(
        "quoted_scalar_whitespaces",
        s ->
            s.rule("^[ ]+", TEXT)
                .rule("[ ]+$", TEXT)
                .rule("\\n+", TEXT)
                .rule("[ ]+", NAME_VARIABLE));
    b.state(
        "single_quoted_scalar",
        s ->
            s.mixin("quoted_scalar_whitespaces")
                .rule("\\\\'", STRING_ESCAPE)
                .rule("'", STRING, POP)
                .rule("[^\\s']+", STRING));
    b.state(
        "double_quoted_scalar",
        s ->
            s.rule("\"", STRING, POP)
                .mixin("quoted_scalar_whitespaces")
                .rule("\\\\[0abt\\tn\\nvfre \"\\\\N_LP]", STRING_ESCAPE)
                .rule("\\\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", STRING_ESCAPE)
                .rule("[^ \\t\\n\\r\\f\\x0B\"\\\\]+", STRING));
    b.state("plain_scalar_in_block_context_new_line", YamlLexer::plainNewLine);
    b.state(
        "plain_scalar_in_block_context",
        s ->
            s.rule("[ ]*(?=:[ \\n]|:$)", TEXT, POP)
                .rule("[ ]*:\\S+", STRING)
                .rule("[ ]+(?=#)", TEXT, POP)
                .rule("[ ]+$", TEXT)
                .rule("\\n+", TEXT, "plain_scalar_in_block_context_new_line")
                .rule("[ ]+", STRING)
                .rule("true|false|null", NAME_CONSTANT)
                .rule("\\d+(?:\\.\\d+)?(?=(\\r?\\n)| +#)", NUMBER, POP)
                .rule("[^\\s:]+", STRING));
    b.state(
        "plain_scalar_in_flow_context",
        s ->
            s.rule("[ ]*(?=[,:?\\[\\]{}])", TEXT, POP)
                .rule("[ ]+(?=#)", TEXT, POP)
                .rule("^[ ]+", TEXT)
                .rule("[ ]+$", TEXT)
                .rule("\\n+", TEXT)
                .rule("[ ]+", NAME_VARIABLE)
                .rule("[^\\s,:?\\[\\]{}]+", NAME_VARIABLE));
    b.state(
        "yaml_directive",
        s ->
            s.rule(
                "([ ]+)(\\d+\\.\\d+)",
                (lx, m) -> {
                  lx.groups(TEXT, Token.NUMBER);
                  lx.gotoState("ignored_line");
                }));
    b.state(
        "tag_directive",
        s ->
            s.rule(
                "([ ]+)(!|![\\w-]*!)([ ]+)(!|!?[\\w;/?:@&=+$,.!~*'()\\[\\]%-]+)",
                (lx, m) -> {
                  lx.groups(TEXT, KEYWORD_TYPE, TEXT, KEYWORD_TYPE);
                  lx.gotoState("ignored_line");
                }));
    return b;
  }

  private static final Pattern LEADING_INTEGER = Pattern.compile("^[+-]?\\d+");

  /** Ruby's String#to_i: an optional sign and leading digits, 0 when there are none. */
  static int rubyToI(String s) {
    Matcher m = LEADING_INTEGER.matcher(s);
    return m.find() ? Integer.parseInt(m.group().replace("+", "")) : 0;
  }

  private static void directive(RegexLexing lx, Token token, String state) {
    lx.token(token);
    resetIndent(lx);
    lx.push(state);
  }

  private static RegexLexer.StateBuilder blockScalarContent(RegexLexer.StateBuilder s) {
    return s.rule("\\n+", TEXT)
        .rule(
            "^[ ]+$",
            (lx, m) -> {
              String text = m.group();
              Integer bs = indent(lx).blockScalar;
              int mark = Math.min(bs != null ? bs : text.length(), text.length());
              lx.token(TEXT, text.substring(0, mark));
              lx.token(NAME_CONSTANT, text.substring(mark));
            })
        .rule(
            "^[ ]*",
            (lx, m) -> {
              lx.token(TEXT);
              Indent in = indent(lx);
              int size = m.group().length();
              int dedent = in.blockScalar != null ? in.blockScalar : in.current();
              if (in.blockScalar == null) {
                in.blockScalar = size;
              }
              if (size < dedent) {
                in.save(m.group());
                lx.pop();
                lx.push("indentation");
              }
            })
        .rule("[^\\n\\r\\f\\x0B]+", STRING);
  }

  private static RegexLexer.StateBuilder plainNewLine(RegexLexer.StateBuilder s) {
    return s.rule("^[ ]+\\n", TEXT)
        .rule("\\n+", TEXT)
        .rule("^(?=---|\\.\\.\\.)", (lx, m) -> lx.pop(3))
        .rule(
            "^[ ]*",
            (lx, m) -> {
              lx.token(TEXT);
              lx.pop();
              Indent in = indent(lx);
              if (m.group().length() <= in.current()) {
                lx.pop();
                in.save(m.group());
                lx.push("indentation");
              }
            });
  }
}
