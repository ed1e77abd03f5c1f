package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rouge 3.30's J lexer ({@code j}) as a rule table, state for state. */
final class JLexer {
  private JLexer() {}

  /** Rouge's token_map: part of speech to token; a missing part (nil) is an error. */
  private static Token token(String part) {
    if (part == null) {
      return ERROR;
    }
    return switch (part) {
      case "noun" -> KEYWORD_CONSTANT;
      case "verb" -> NAME_FUNCTION;
      case "modifier" -> OPERATOR;
      case "name" -> NAME;
      case "param" -> NAME_BUILTIN_PSEUDO;
      case "other" -> PUNCTUATION;
      default -> ERROR;
    };
  }

  private static final List<String> INFLECTIONS = List.of("", ".", ":", "..", ".:", ":.", "::");

  /** Rouge's primitive_table: each character's part of speech for each inflection. */
  private static final Map<Character, List<String>> PRIMITIVES = new HashMap<>();

  private static void primitives(String chars, String... parts) {
    List<String> list = java.util.Arrays.asList(parts);
    for (char c : chars.toCharArray()) {
      PRIMITIVES.put(c, list);
    }
  }

  static {
    primitives("()", "other");
    primitives("=", "verb", "other", "other");
    primitives("<>+-*%$|,#", "verb", "verb", "verb");
    primitives("^", "verb", "verb", "modifier");
    primitives("~\"", "modifier", "verb", "verb");
    primitives(".:@", "modifier", "modifier", "modifier");
    primitives(";", "verb", "modifier", "verb");
    primitives("!", "verb", "modifier", "modifier");
    primitives("/\\", "modifier", "modifier", "verb");
    primitives("[", "verb", null, "verb");
    primitives("]", "verb");
    primitives("{", "verb", "verb", "verb", null, null, null, "verb");
    primitives("}", "modifier", "verb", "verb", null, null, null, "modifier");
    primitives("`", "modifier", null, "modifier");
    primitives("&", "modifier", "modifier", "modifier", null, "modifier");
    primitives("?", "verb", "verb");
    primitives("a", "name", "noun", "noun");
    primitives("ACeEIjorv", "name", "verb");
    primitives("bdfHMT", "name", "modifier");
    primitives("Dt", "name", "modifier", "modifier");
    primitives("F", "name", "modifier", "modifier", "modifier", "modifier", "modifier", "modifier");
    primitives("iu", "name", "verb", "verb");
    primitives("L", "name", "verb", "modifier");
    primitives("mny", "param");
    primitives("p", "name", "verb", "verb", "verb");
    primitives("qsZ", "name", null, "verb");
    primitives("S", "name", null, "modifier");
    primitives("u", "param", "verb", "verb");
    primitives("v", "param", "verb");
    primitives("x", "param", null, "verb");
  }

  /** Rouge's J.primitive(char, inflection). */
  private static Token primitive(String ch, String inflection) {
    int i = INFLECTIONS.indexOf(inflection);
    if (i < 0) {
      return ERROR;
    }
    List<String> parts = PRIMITIVES.getOrDefault(ch.charAt(0), List.of("name"));
    return token(i < parts.size() ? parts.get(i) : null);
  }

  private static final Set<String> CONTROL_WORDS =
      Words.set(
          "assert break case catch catchd catcht continue do else elseif end"
              + " fcase for if return select throw try while whilst");
  private static final Set<String> CONTROL_WORDS_ID = Words.set("for goto label");

  private static String defBody(RegexLexing lx) {
    return (String) lx.vars().get("def_body");
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("j");
    b.start(lx -> lx.vars().put("note_next", false));
    b.state(
        "expr",
        s ->
            s.rule("\\s+", TEXT)
                .rule(
                    "([!-&(-/:-@\\[-^`{-~]|[A-Za-z]\\b)([.:]*)",
                    (lx, m) -> lx.token(primitive(m.group(1), m.group(2))))
                .rule(
                    "(?:\\d|_\\d?):([.:]*)",
                    (lx, m) -> lx.token(m.group(1).isEmpty() ? NAME_FUNCTION : ERROR))
                .rule(
                    "[\\d_][\\w.]*([.:]*)",
                    (lx, m) -> lx.token(m.group(1).isEmpty() ? NUMBER : ERROR))
                .rule("'", STRING_SINGLE, "str")
                .rule("NB\\.(?![.:]).*", COMMENT_SINGLE)
                .rule(
                    "([A-Za-z]\\w*)([.:]*)",
                    (lx, m) -> {
                      if (m.group(2).equals(".")) {
                        String name = m.group(1);
                        int us = name.indexOf('_');
                        String word = us < 0 ? name : name.substring(0, us);
                        String sep = us < 0 ? "" : "_";
                        String id = us < 0 ? "" : name.substring(us + 1);
                        Set<String> list =
                            sep.isEmpty() ? CONTROL_WORDS : !id.isEmpty() ? CONTROL_WORDS_ID : null;
                        if (list != null && list.contains(word)) {
                          lx.token(KEYWORD, word + sep);
                          lx.token(word.equals("for") ? NAME : NAME_LABEL, id);
                          lx.token(KEYWORD, m.group(2));
                        } else {
                          lx.token(ERROR);
                        }
                      } else {
                        lx.token(m.group(2).isEmpty() ? NAME : ERROR);
                      }
                    }));
    b.state(
        "str",
        s ->
            s.rule("''", STRING_ESCAPE)
                .rule("[^'\\n]+", STRING_SINGLE)
                .rule("'|$", STRING_SINGLE, POP));
    b.state(
        "root",
        s ->
            s.rule(
                    "\\n",
                    (lx, m) -> {
                      lx.token(TEXT);
                      if (Boolean.TRUE.equals(lx.vars().get("note_next"))) {
                        lx.push("note");
                        lx.vars().put("note_next", false);
                      }
                    })
                .rule(
                    "([0-4]|13|adverb|conjunction|dyad|monad|noun|verb)([\\ \\t]+)"
                        + "(def(?:ine)?\\b|:)(?![.:])([\\ \\t]*)",
                    (lx, m) -> {
                      lx.groups(KEYWORD_PSEUDO, TEXT, KEYWORD_PSEUDO, TEXT);
                      String body =
                          m.group(1).equals("0") || m.group(1).equals("noun") ? "noun" : "code";
                      lx.vars().put("def_body", body);
                      if (m.group(3).equals("define")) {
                        if (lx.stackSize() > 1) {
                          lx.pop();
                        }
                        lx.push(body);
                        lx.push("def_next");
                      } else {
                        lx.push("expl_def");
                      }
                    })
                .rule(
                    "^([ \\t]*)(Note\\b(?![.:]))([ \\t\\r]*)(?!=[.:]|$)",
                    (lx, m) -> {
                      lx.groups(TEXT, NAME, TEXT);
                      lx.vars().put("note_next", true);
                    })
                .rule("[mnuvxy]\\b(?![.:])", NAME)
                .mixin("expr"));
    b.state(
        "def_next",
        s ->
            s.rule("\\n", TEXT, POP)
                .mixin("root"));
    b.state(
        "expl_def",
        s ->
            s.rule(
                    "0\\b(?![.:])",
                    (lx, m) -> {
                      lx.token(KEYWORD_PSEUDO);
                      if (lx.stackSize() > 2) {
                        lx.pop();
                      }
                      lx.gotoState(defBody(lx));
                      lx.push("def_next");
                    })
                .rule(
                    "'",
                    (lx, m) -> {
                      if ("noun".equals(defBody(lx))) {
                        lx.token(STRING_SINGLE);
                        lx.gotoState("str");
                      } else {
                        lx.token(PUNCTUATION);
                        lx.gotoState("q_expr");
                      }
                    })
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "q_expr",
        s ->
            s.rule("''", STRING_SINGLE, "q_str")
                .rule("'|$", PUNCTUATION, POP)
                .rule("NB\\.(?![.:])([^'\\n]|'')*", COMMENT_SINGLE)
                .mixin("expr"));
    b.state(
        "q_str",
        s ->
            s.rule("''''", STRING_ESCAPE)
                .rule("[^'\\n]+", STRING_SINGLE)
                .rule("''", STRING_SINGLE, POP)
                .rule(
              "'|$",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop(2);
              }));
    b.state(
        "note",
        s ->
            s.mixin("delimiter")
                .rule(".+\\n?", COMMENT_MULTILINE));
    b.state(
        "noun",
        s ->
            s.mixin("delimiter")
                .rule(".+\\n?", STRING_HEREDOC));
    b.state(
        "code",
        s ->
            s.mixin("delimiter")
                .rule(
              "^([ \\t]*)(:)([ \\t\\r]*)$",
              (lx, m) -> {
                lx.groups(TEXT, PUNCTUATION, TEXT);
              })
                .mixin("expr"));
    b.state(
        "delimiter",
        s ->
            s.rule(
              "^([ \\t]*)(\\))([ \\t\\r]*$\\n?)",
              (lx, m) -> {
                lx.groups(TEXT, PUNCTUATION, TEXT);
                lx.pop();
              }));
    return b.build();
  }
}
