package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Robot Framework lexer ({@code lexers/robot_framework.rb}) as a rule table. */
final class RobotFrameworkLexer {
  private RobotFrameworkLexer() {}

  private static final java.util.Set<String> SETTINGS_WITH_KEYWORDS =
      java.util.Set.of(
          "library", "resource", "setup", "teardown", "template", "suite setup",
          "suite teardown", "task setup", "task teardown", "task template",
          "test setup", "test teardown", "test template", "variables");
  private static final java.util.Set<String> SETTINGS_WITH_ARGS =
      java.util.Set.of(
          "arguments", "default tags", "documentation", "force tags",
          "metadata", "return", "tags", "timeout", "task timeout",
          "test timeout");

  // The lexer's @col, @next and @is_template, per run.
  private static int col(RegexLexing lx) {
    return (Integer) lx.vars().getOrDefault("col", 0);
  }

  private static String next(RegexLexing lx) {
    return (String) lx.vars().get("next");
  }

  private static void setNext(RegexLexing lx, String next) {
    if (next == null) {
      lx.vars().remove("next");
    } else {
      lx.vars().put("next", next);
    }
  }

  private static boolean isTemplate(RegexLexing lx) {
    return (Boolean) lx.vars().getOrDefault("is_template", false);
  }

  /** {@code @next = :keyword unless @next.nil?} */
  private static void keywordNextUnlessNil(RegexLexing lx) {
    if (next(lx) != null) {
      setNext(lx, "keyword");
    }
  }

  /** {@code @next = :keyword / :args} by the setting's name (unchanged for other names). */
  private static String nextForSetting(String match, String otherwise) {
    if (SETTINGS_WITH_KEYWORDS.contains(match)) {
      return "keyword";
    } else if (SETTINGS_WITH_ARGS.contains(match)) {
      return "args";
    }
    return otherwise;
  }


  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("robot_framework", "robot", "robot-framework");
    b.start(lx -> {
      lx.push("prior_text");
    });
    b.state(
        "prior_text",
        s ->
            s.rule("^[^*].*", TEXT)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", WHITESPACE));
    b.state(
        "section_include",
        s ->
            s.mixin("end_section")
                .mixin("sep")
                .mixin("newline"));
    b.state(
        "end_section",
        s ->
            s.rule(
              "(?=^(?:\\| )?\\*)",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "return",
        s ->
            s.rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "sep",
        s ->
            s.rule("\\| ", WHITESPACE)
                .rule(
              " +\\| +|[ ]{2,}|\\t+",
              (lx, m) -> {
                lx.token(WHITESPACE);
                lx.vars().put("col", col(lx) + 1);
                if (next(lx) != null) {
                  lx.push(next(lx));
                } else if (isTemplate(lx)) {
                  lx.push("args");
                } else if (col(lx) == 1) {
                  setNext(lx, "keyword");
                  lx.push("keyword");
                } else {
                  lx.push("args");
                }
                lx.push("cell_start");
              })
                .rule(
              "\\.\\.\\. *",
              (lx, m) -> {
                lx.token(WHITESPACE);
                lx.vars().put("col", col(lx) + 1);
                lx.push("args");
              })
                .rule(" ?\\|", WHITESPACE));
    b.state(
        "newline",
        s ->
            s.rule(
              "\\n",
              (lx, m) -> {
                lx.token(WHITESPACE);
                lx.vars().put("col", 0);
                setNext(lx, null);
                lx.push("cell_start");
              }));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule(
              "(?i)^(?:\\| )?\\*[* ]*([A-Z]+(?: [A-Z]+)?).*",
              (lx, m) -> {
                lx.token(GENERIC_HEADING, lx.group(0));
                String name = lx.group(1);
                if (name.endsWith("s")) {
                  name = name.substring(0, name.length() - 1);
                }
                switch (name.toLowerCase(java.util.Locale.ROOT)) {
                  case "setting" -> lx.push("section_settings");
                  case "test case" -> lx.push("section_tests");
                  case "task" -> lx.push("section_tasks");
                  case "keyword" -> lx.push("section_keywords");
                  case "variable" -> lx.push("section_variables");
                  default -> { }
                }
              }));
    b.state(
        "section_settings",
        s ->
            s.mixin("section_include")
                .rule(
              "(?i)([A-Z]+(?: [A-Z]+)?)(:?)",
              (lx, m) -> {
                setNext(lx, nextForSetting(lx.group(1).toLowerCase(java.util.Locale.ROOT), null));
                lx.groups(NAME_BUILTIN_PSEUDO, PUNCTUATION);
              }));
    b.state(
        "section_tests",
        s ->
            s.mixin("section_include")
                .rule("[$@&%{}]+", NAME_LABEL)
                .rule("( )(?![ |])", NAME_LABEL)
                .rule(
              "(?:\\\\|[^|$@&% \\t\\n])+(?: (?:\\\\.|[^|$@&% \\t\\n])+)*",
              (lx, m) -> {
                lx.vars().put("is_template", false);
                lx.token(NAME_LABEL);
              }));
    b.state(
        "section_tasks",
        s ->
            s.mixin("section_tests"));
    b.state(
        "section_keywords",
        s ->
            s.mixin("section_include")
                .rule(
              "[$@&%]\\{",
              (lx, m) -> {
                lx.token(NAME_VARIABLE);
                lx.push("var");
              })
                .rule("[$@&%{}]+", NAME_LABEL)
                .rule("( )(?![ |])", NAME_LABEL)
                .rule("(?:\\\\|[^|$@&% \\t\\n])+(?: (?:\\\\.|[^|$@&% \\t\\n])+)*", NAME_LABEL));
    b.state(
        "section_variables",
        s ->
            s.mixin("section_include")
                .rule(
              "[$@&%]\\{",
              (lx, m) -> {
                lx.token(NAME_VARIABLE);
                setNext(lx, "args");
                lx.push("var");
              }));
    b.state(
        "cell_start",
        s ->
            s.rule("#.*", COMMENT)
                .mixin("return"));
    b.state(
        "keyword",
        s ->
            s.rule(
              "(?i)(\\[)([A-Z]+(?: [A-Z]+)?)(\\])",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_BUILTIN_PSEUDO, PUNCTUATION);
                String match = lx.group(2).toLowerCase(java.util.Locale.ROOT);
                if (match.equals("template")) {
                  lx.vars().put("is_template", true);
                }
                setNext(lx, nextForSetting(match, next(lx)));
                lx.pop();
              })
                .rule(
              "[$@&%]\\{",
              (lx, m) -> {
                lx.token(NAME_VARIABLE);
                keywordNextUnlessNil(lx);
                lx.push("var");
              })
                .rule(
              "(?i)FOR",
              (lx, m) -> {
                lx.token(NAME_FUNCTION);
                keywordNextUnlessNil(lx);
              })
                .rule("( )(?![ |])", NAME_FUNCTION)
                .rule("(?i)(?:Given|When|Then|And|But) ", NAME_BUILTIN)
                .rule(
              "(?:\\\\|[^|$@&% \\t\\n])+(?: (?:\\\\.|[^|$@&% \\t\\n])+)*",
              (lx, m) -> {
                lx.token(NAME_FUNCTION);
                setNext(lx, null);
              })
                .mixin("return"));
    b.state(
        "args",
        s ->
            s.rule(
              "[$@&%]\\{",
              (lx, m) -> {
                lx.token(NAME_VARIABLE);
                keywordNextUnlessNil(lx);
                lx.push("var");
              })
                .rule("[$@&%]+", STRING)
                .rule("( )(?![ |])", STRING)
                .rule("(?:\\\\|[^|$@&% \\t\\n])+(?: (?:\\\\.|[^|$@&% \\t\\n])+)*", STRING)
                .mixin("return"));
    b.state(
        "var",
        s ->
            s.rule(
              "(\\})( )(=)",
              (lx, m) -> {
                lx.groups(NAME_VARIABLE, WHITESPACE, PUNCTUATION);
                lx.pop();
              })
                .rule("[$@&%]\\{", NAME_VARIABLE, "var")
                .rule("[{\\[]", NAME_VARIABLE, "var")
                .rule("[}\\]]", NAME_VARIABLE, POP)
                .rule("[^$@&%{}\\[\\]]+", NAME_VARIABLE)
                .rule("\\}\\[", NAME_VARIABLE));
    return b.build();
  }
}
