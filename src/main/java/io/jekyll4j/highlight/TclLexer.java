package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Tcl lexer ({@code lexers/tcl.rb}) as a rule table. */
final class TclLexer {
  private TclLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "after apply array break catch continue else elseif"
              + " " + "error eval expr for foreach global if namespace"
              + " " + "proc rename return set switch then trace unset"
              + " " + "update uplevel upvar variable vwait while");

  private static final Set<String> WORDS1 =
      Words.set(
          "append bgerror binary cd chan clock close concat"
              + " " + "dde dict encoding eof exec exit fblocked fconfigure"
              + " " + "fcopy file fileevent flush format gets glob history"
              + " " + "http incr info interp join lappend lassign lindex"
              + " " + "linsert list llength load loadTk lrange lrepeat lreplace"
              + " " + "lreverse lsearch lset lsort mathfunc mathop memory msgcat"
              + " " + "open package pid pkg::create pkg_mkIndex platform platform::shell puts"
              + " " + "pwd re_syntax read refchan regexp registry regsub scan"
              + " " + "seek socket source split string subst tell time"
              + " " + "tm unknown unload");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("tcl");
    b.state(
        "word",
        s ->
            s.rule("\\{\\*\\}", KEYWORD)
                .mixin("brace_abort")
                .mixin("interp")
                .rule("\\{", PUNCTUATION, "brace")
                .rule("\\(", PUNCTUATION, "paren")
                .rule("\"", STRING_DOUBLE, "string")
                .rule("(?-si:[^\\)\\]\\};\\n\\r\\t\\v])+?(?=(?-si:[\\(\\[\\{\"\\\\]))", TEXT));
    b.state(
        "brace_abort",
        s ->
            s.rule(
              "}",
              (lx, m) -> {
                if (lx.inState("brace")) {
                  while (!lx.stateIs("brace")) {
                    lx.pop();
                  }
                  lx.pop();
                  lx.token(PUNCTUATION);
                } else {
                  lx.token(ERROR);
                }
              }));
    b.state(
        "params",
        s ->
            s.rule(";", PUNCTUATION, POP)
                .rule("\\n", TEXT, POP)
                .rule("else|elseif|then", KEYWORD)
                .mixin("word")
                .mixin("whitespace")
                .rule("(?-si:[^\\)\\]\\};\\n\\r\\t\\v])+", TEXT));
    b.state(
        "command_in_brace",
        s ->
            s.mixin("word")
                .rule("#(?-si:[^\\)\\]\\};\\n])+", COMMENT_SINGLE)
                .rule(
              "(?=(?-si:[\\)\\]\\};\\n\\r\\t\\v]))",
              (lx, m) -> {
                lx.push("params_in_brace");
              })
                .rule(
              "(?-si:[^\\)\\]\\};\\n\\r\\t\\v])+",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(NAME_BUILTIN);
                  } else {
                    lx.token(TEXT);
                  }
                }
              })
                .mixin("whitespace"));
    b.state(
        "params_in_brace",
        s ->
            s.rule(
              "\\}",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop(2);
              })
                .rule("[\\)\\]\\}]", TEXT)
                .mixin("params"));
    b.state(
        "brace",
        s ->
            s.rule("\\}", PUNCTUATION, POP)
                .mixin("command_in_brace"));
    b.state(
        "command_in_paren",
        s ->
            s.mixin("word")
                .rule("#(?-si:[^\\)\\]\\};\\n])+", COMMENT_SINGLE)
                .rule(
              "(?=(?-si:[\\)\\]\\};\\n\\r\\t\\v]))",
              (lx, m) -> {
                lx.push("params_in_paren");
              })
                .rule(
              "(?-si:[^\\)\\]\\};\\n\\r\\t\\v])+",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(NAME_BUILTIN);
                  } else {
                    lx.token(TEXT);
                  }
                }
              })
                .mixin("whitespace"));
    b.state(
        "params_in_paren",
        s ->
            s.rule(
              "\\)",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop(2);
              })
                .rule("[\\)\\]\\}]", ERROR)
                .mixin("params"));
    b.state(
        "paren",
        s ->
            s.rule("\\)", PUNCTUATION, POP)
                .mixin("command_in_paren"));
    b.state(
        "command_in_bracket",
        s ->
            s.mixin("word")
                .rule("#(?-si:[^\\)\\]\\};\\n])+", COMMENT_SINGLE)
                .rule(
              "(?=(?-si:[\\)\\]\\};\\n\\r\\t\\v]))",
              (lx, m) -> {
                lx.push("params_in_bracket");
              })
                .rule(
              "(?-si:[^\\)\\]\\};\\n\\r\\t\\v])+",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(NAME_BUILTIN);
                  } else {
                    lx.token(TEXT);
                  }
                }
              })
                .mixin("whitespace"));
    b.state(
        "params_in_bracket",
        s ->
            s.rule(
              "\\]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop(2);
              })
                .rule("[\\)\\]\\}]", ERROR)
                .mixin("params"));
    b.state(
        "bracket",
        s ->
            s.rule("\\]", PUNCTUATION, POP)
                .mixin("command_in_bracket"));
    b.state(
        "command",
        s ->
            s.mixin("word")
                .rule("#(?-si:[^\\)\\]\\};\\n])+", COMMENT_SINGLE)
                .rule(
              "(?=(?-si:[\\)\\]\\};\\n\\r\\t\\v]))",
              (lx, m) -> {
                lx.push("params");
              })
                .rule(
              "(?-si:[^\\)\\]\\};\\n\\r\\t\\v])+",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(NAME_BUILTIN);
                  } else {
                    lx.token(TEXT);
                  }
                }
              })
                .mixin("whitespace"));
    b.state(
        "root",
        s ->
            s.mixin("command"));
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT));
    b.state(
        "interp",
        s ->
            s.rule("\\[", PUNCTUATION, "bracket")
                .rule("\\$[a-z0-9.:-]+", NAME_VARIABLE)
                .rule("(?s)\\$\\{.*?\\}", NAME_VARIABLE)
                .rule("\\$", TEXT)
                .rule("\\\\[0-7]{3}", STRING_ESCAPE)
                .rule("(?i)\\\\x[0-9a-f]{2}", STRING_ESCAPE)
                .rule("(?i)\\\\u[0-9a-f]{4}", STRING_ESCAPE)
                .rule("(?s)\\\\.", STRING_ESCAPE));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING_DOUBLE, POP)
                .mixin("interp")
                .rule("(?s)[^\\\\\\[\\$\"{}]+", STRING_DOUBLE)
                .rule(
              "{",
              (lx, m) -> {
                lx.vars().merge("brace_count", 1, (x, y) -> (Integer) x + (Integer) y);
                lx.token(STRING_DOUBLE);
              })
                .rule(
              "}",
              (lx, m) -> {
                int count = (Integer) lx.vars().getOrDefault("brace_count", 0);
                if (lx.inState("brace") && count == 0) {
                  while (!lx.stateIs("brace")) {
                    lx.pop();
                  }
                  lx.pop();
                  lx.token(PUNCTUATION);
                } else {
                  lx.vars().put("brace_count", count - 1);
                  lx.token(STRING_DOUBLE);
                }
              }));
    return b.build();
  }
}
