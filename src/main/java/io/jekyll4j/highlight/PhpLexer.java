package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rouge 3.30's PHP lexer as a rule table: HTML around {@code <?php ... ?>}, or inline PHP when
 * the code does not start with markup; builtin function names come from Rouge's list.
 */
final class PhpLexer {
  private PhpLexer() {}

  private static final String ID = "[\\p{L}_][\\p{L}\\p{N}_]*";
  private static final String NS = "(?:" + ID + "\\\\)+";
  private static final String ID_NS = "(?:" + NS + ")?" + ID;
  private static final Set<String> KEYWORDS =
      Words.set(
          "old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler"
              + " __line__ __method__ __namespace__ __trait__ abstract and array as break case"
              + " catch clone continue declare default die do echo else elseif empty enddeclare"
              + " endfor endforeach endif endswitch endwhile eval exit extends final finally fn"
              + " for foreach global goto if implements include include_once instanceof"
              + " insteadof isset list match new or parent print private protected public"
              + " readonly require require_once return self static switch throw try unset var"
              + " while xor yield");
  private static final Pattern MAGIC = RubyPattern.compile("^__.*?__$");
  private static final Pattern ERROR_CONSTANT = RubyPattern.compile("^(E|PHP)(_[[:upper:]]+)+$");
  private static final Pattern CONSTANT =
      RubyPattern.compile("(\\\\|^)[[:upper:]][[[:upper:]][[:digit:]]_]+$");
  private static final Pattern CLASS = RubyPattern.compile("(\\\\|^)[[:upper:]][[:alnum:]]*?$");

  static RegexLexer create(Lexer html) {
    Set<String> builtins = builtins();
    RegexLexer.Builder b = RegexLexer.builder("php", "php", "php3", "php4", "php5");
    b.start(
        lx -> {
          lx.sub("html", html).reset();
          lx.push("start");
        });
    b.state(
        "escape",
        s ->
            s.rule(
                "\\?>",
                (lx, m) -> {
                  lx.token(COMMENT_PREPROC);
                  lx.resetStack();
                }));
    b.state("return", s -> s.rule("", (lx, m) -> lx.pop()));
    b.state(
        "start",
        s ->
            s.rule("(?s)\\s*(?=<)", (lx, m) -> toParentThenPop(lx, html))
                .rule("(?i)[^$]+(?=<\\?(php|=))", (lx, m) -> toParentThenPop(lx, html))
                .rule("", (lx, m) -> lx.gotoState("php")));
    b.state(
        "names",
        s ->
            s.rule(
                    ID_NS + "(?=\\s*\\()",
                    (lx, m) -> {
                      String name = m.group().toLowerCase(Locale.ROOT);
                      lx.token(
                          KEYWORDS.contains(name)
                              ? KEYWORD
                              : builtins.contains(name) ? NAME_BUILTIN : NAME_FUNCTION);
                    })
                .rule(ID_NS, (lx, m) -> name(lx, m.group())));
    b.state("operators", s -> s.rule("[~!%^&*+\\|:.<>/@-]+", OPERATOR));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING_DOUBLE, POP)
                .rule("[^\\\\{$\"]+", STRING_DOUBLE)
                .rule("\\\\u\\{[0-9a-fA-F]+\\}", STRING_ESCAPE)
                .rule("\\\\([efrntv\"$\\\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})", STRING_ESCAPE)
                .rule("\\$" + ID + "(\\[\\S+\\]|->" + ID + ")?", NAME_VARIABLE)
                .rule("\\{\\$\\{", STRING_INTERPOL, "string_interp_double")
                .rule("\\{(?=\\$)", STRING_INTERPOL, "string_interp_single")
                .groups("(\\{)(\\S+)(\\})", STRING_INTERPOL, NAME_VARIABLE, STRING_INTERPOL)
                .rule("[${\\\\]+", STRING_DOUBLE));
    b.state(
        "string_interp_double", s -> s.rule("\\}\\}", STRING_INTERPOL, POP).mixin("php"));
    b.state("string_interp_single", s -> s.rule("\\}", STRING_INTERPOL, POP).mixin("php"));
    b.state(
        "values",
        s ->
            s.rule("(?is)<<<([\"']?)(" + ID + ")\\1\\n.*?\\n\\s*\\2;?", STRING_HEREDOC)
                .rule("(?i)(\\d[_\\d]*)?\\.(\\d[_\\d]*)?(e[+-]?\\d[_\\d]*)?", NUMBER_FLOAT)
                .rule("0[0-7][0-7_]*", NUMBER_OCT)
                .rule("(?i)0b[01][01_]*", NUMBER_BIN)
                .rule("(?i)0x[a-f0-9][a-f0-9_]*", NUMBER_HEX)
                .rule("\\d[_\\d]*", NUMBER_INTEGER)
                .rule("'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'", STRING_SINGLE)
                .rule("`([^`\\\\]*(?:\\\\.[^`\\\\]*)*)`", STRING_BACKTICK)
                .rule("\"", STRING_DOUBLE, "string")
                .rule(
                    "(?i)(function|fn)\\b",
                    (lx, m) -> {
                      lx.push("in_function_return");
                      lx.push("in_function_params");
                      lx.push("in_function_name");
                      lx.token(KEYWORD);
                    })
                .rule("(?i)(true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("(?i)new\\b", KEYWORD, "in_new"));
    b.state(
        "variables",
        s ->
            s.rule("\\$\\{\\$+" + ID + "\\}", NAME_VARIABLE)
                .rule("\\$+" + ID, NAME_VARIABLE));
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*?$", COMMENT_SINGLE)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/\\*\\*(?!/).*?\\*/", COMMENT_DOC)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.rule("(?i)<\\?(php|=)?", COMMENT_PREPROC, "php")
                .rule("(?s).*?(?=<\\?)|.*", (lx, m) -> lx.delegate(lx.sub("html", html), m.group())));
    b.state(
        "php",
        s ->
            s.mixin("escape")
                .mixin("whitespace")
                .mixin("variables")
                .mixin("values")
                .groups(
                    "(?i)(namespace)(\\s+)(" + ID_NS + ")",
                    KEYWORD_NAMESPACE,
                    TEXT,
                    NAME_NAMESPACE)
                .groups(
                    "(?i)(class|interface|trait|extends|implements)(\\s+)(" + ID_NS + ")",
                    KEYWORD_DECLARATION,
                    TEXT,
                    NAME_CLASS)
                .mixin("names")
                .rule("[;,\\(\\)\\{\\}\\[\\]]", PUNCTUATION)
                .mixin("operators")
                .rule("[=?]", OPERATOR));
    PhpStates.add(b);
    return b.build();
  }

  private static void toParentThenPop(RegexLexing lx, Lexer html) {
    lx.delegate(lx.sub("html", html), lx.match().group());
    lx.pop();
  }

  private static void name(RegexLexing lx, String word) {
    String name = word.toLowerCase(Locale.ROOT);
    switch (name) {
      case "use" -> {
        lx.push("in_use");
        lx.token(KEYWORD_NAMESPACE);
      }
      case "const" -> {
        lx.push("in_const");
        lx.token(KEYWORD);
      }
      case "catch" -> {
        lx.push("in_catch");
        lx.token(KEYWORD);
      }
      case "public", "protected", "private" -> {
        lx.push("in_visibility");
        lx.token(KEYWORD);
      }
      default -> lx.token(classify(word, name));
    }
  }

  private static Token classify(String word, String name) {
    if (word.equals("stdClass")) {
      return NAME_CLASS;
    } else if (KEYWORDS.contains(name)) {
      return KEYWORD;
    } else if (MAGIC.matcher(word).find()) {
      return NAME_BUILTIN;
    } else if (ERROR_CONSTANT.matcher(word).find()) {
      return KEYWORD_CONSTANT;
    } else if (CONSTANT.matcher(word).find()) {
      return NAME_CONSTANT;
    } else if (CLASS.matcher(word).find()) {
      return NAME_CLASS;
    }
    return NAME;
  }

  private static Set<String> builtins() {
    try (InputStream in = PhpLexer.class.getResourceAsStream("php-3.30-builtins.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing php-3.30-builtins.txt");
      }
      return Set.copyOf(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The states PHP enters after keywords (function signatures, use, const, new...). */
  private static final class PhpStates {
    static void add(RegexLexer.Builder b) {
      b.state(
          "in_assign",
          s ->
              s.rule(",", PUNCTUATION, POP)
                  .rule("[\\[\\]]", PUNCTUATION)
                  .rule("\\(", PUNCTUATION, "in_assign_function")
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("values")
                  .mixin("variables")
                  .mixin("names")
                  .mixin("operators")
                  .mixin("return"));
      b.state(
          "in_assign_function",
          s -> s.rule("\\)", PUNCTUATION, POP).rule(",", PUNCTUATION).mixin("in_assign"));
      b.state(
          "in_catch",
          s ->
              s.rule("\\(", PUNCTUATION)
                  .rule("\\|", OPERATOR)
                  .rule(ID, NAME_CLASS)
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("return"));
      b.state(
          "in_const",
          s ->
              s.rule(ID, NAME_CONSTANT)
                  .rule("=", OPERATOR, "in_assign")
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("return"));
      b.state(
          "in_function_body",
          s -> s.rule("\\{", PUNCTUATION, PUSH).rule("\\}", PUNCTUATION, POP).mixin("php"));
      b.state(
          "in_function_name",
          s ->
              s.rule("&", OPERATOR)
                  .rule(ID, NAME)
                  .rule("\\(", PUNCTUATION, POP)
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("return"));
      b.state(
          "in_function_params",
          s ->
              s.rule("\\)", PUNCTUATION, POP)
                  .rule(",", PUNCTUATION)
                  .rule("[.]{3}", PUNCTUATION)
                  .rule("=", OPERATOR, "in_assign")
                  .rule("(?i)\\b(?:public|protected|private|readonly)\\b", KEYWORD)
                  .rule("\\??" + ID, KEYWORD_TYPE, "in_assign")
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("variables")
                  .mixin("return"));
      b.state(
          "in_function_return",
          s ->
              s.rule(":", PUNCTUATION)
                  .rule("(?i)use\\b", KEYWORD, "in_function_use")
                  .rule("\\??" + ID, KEYWORD_TYPE, "in_assign")
                  .rule(
                      "\\{",
                      (lx, m) -> {
                        lx.token(PUNCTUATION);
                        lx.gotoState("in_function_body");
                      })
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("return"));
      b.state(
          "in_function_use",
          s ->
              s.rule("[,\\(]", PUNCTUATION)
                  .rule("&", OPERATOR)
                  .rule("\\)", PUNCTUATION, POP)
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("variables")
                  .mixin("return"));
      b.state(
          "in_new",
          s ->
              s.rule(
                      "(?i)class\\b",
                      (lx, m) -> {
                        lx.token(KEYWORD_DECLARATION);
                        lx.gotoState("in_new_class");
                      })
                  .rule(ID_NS, NAME_CLASS, POP)
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("return"));
      b.state(
          "in_new_class",
          s -> s.rule("\\}", PUNCTUATION, POP).rule("\\{", PUNCTUATION).mixin("php"));
      b.state(
          "in_use",
          s ->
              s.rule("[,\\}]", PUNCTUATION)
                  .rule("(?i)(function|const)\\b", KEYWORD)
                  .groups("(" + NS + ")(\\{)", NAME_NAMESPACE, PUNCTUATION)
                  .rule(ID_NS + "(_" + ID + ")+", NAME_FUNCTION)
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("names")
                  .mixin("return"));
      b.state(
          "in_visibility",
          s ->
              s.rule("(?i)\\b(?:readonly|static)\\b", KEYWORD)
                  .rule("(?i)(?=(abstract|const|function)\\b)", KEYWORD, POP)
                  .rule("\\??" + ID, KEYWORD_TYPE, POP)
                  .mixin("escape")
                  .mixin("whitespace")
                  .mixin("return"));
    }
  }
}
