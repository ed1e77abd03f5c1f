package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/**
 * Rouge 3.30's Objective-C and Objective-C++ lexers: the C (or C++) table with the rules of
 * Rouge's {@code ObjectiveCCommon} prepended ({@code @} literals, messages, classes, methods).
 */
final class ObjectiveCLexer {
  private ObjectiveCLexer() {}

  private static final String ID = "(?i-s:[a-z$_][a-z0-9$_]*)";
  private static final Set<String> AT_KEYWORDS =
      Words.set(
          "selector private protected public encode synchronized try throw catch finally end"
              + " property synthesize dynamic optional interface implementation import"
              + " autoreleasepool");
  private static final Set<String> AT_BUILTINS = Words.set("true false YES NO");
  private static final Set<String> BUILTINS = Words.set("YES NO nil");

  static RegexLexer objectiveC() {
    CLexer.WordSets c = CLexer.cWords();
    return CLexer.create(
        RegexLexer.builder("objective_c", "objc", "obj-c", "obj_c", "objectivec"),
        new CLexer.WordSets(c.keywords(), c.types(), c.reserved(), BUILTINS),
        false,
        ObjectiveCLexer::common);
  }

  static RegexLexer objectiveCpp() {
    CLexer.WordSets c = CLexer.cppWords();
    return CLexer.create(
        RegexLexer.builder(
            "objective_cpp",
            "objcpp",
            "obj-cpp",
            "obj_cpp",
            "objectivecpp",
            "objc++",
            "obj-c++",
            "obj_c++",
            "objectivec++"),
        new CLexer.WordSets(c.keywords(), c.types(), c.reserved(), BUILTINS),
        true,
        b -> {
          common(b);
          b.prepend(
              "statements",
              s ->
                  s.groups("(\\.)(class)", OPERATOR, NAME_BUILTIN_PSEUDO)
                      .groups(
                          "(@selector)(\\()(class)(\\))",
                          KEYWORD,
                          PUNCTUATION,
                          NAME_BUILTIN_PSEUDO,
                          PUNCTUATION));
        });
  }

  private static void common(RegexLexer.Builder b) {
    b.prepend(
        "statements",
        s ->
            s.rule("@\"", STRING, "string")
                .rule("@'(\\\\[0-7]{1,3}|\\\\x[a-fA-F0-9]{1,2}|\\\\.|[^\\\\'\\n]')", STRING_CHAR)
                .rule("(?i)@(\\d+[.]\\d*|[.]\\d+|\\d+)e[+-]?\\d+l?", NUMBER_FLOAT)
                .rule("(?i)@(\\d+[.]\\d*|[.]\\d+|\\d+f)f?", NUMBER_FLOAT)
                .rule("@0x\\h+[lL]?", NUMBER_HEX)
                .rule("(?i)@0[0-7]+l?", NUMBER_OCT)
                .rule("@\\d+l?", NUMBER_INTEGER)
                .rule("\\bin\\b", KEYWORD)
                .rule("@(?:interface|implementation)\\b", KEYWORD, "objc_classname")
                .rule("@(?:class|protocol)\\b", KEYWORD, "forward_classname")
                .rule(
                    "@([[:alnum:]]+)",
                    (lx, m) -> {
                      if (AT_KEYWORDS.contains(m.group(1))) {
                        lx.token(KEYWORD);
                      } else if (AT_BUILTINS.contains(m.group(1))) {
                        lx.token(NAME_BUILTIN);
                      } else {
                        lx.token(ERROR);
                      }
                    })
                .rule("[?]", PUNCTUATION, "ternary")
                .rule("\\[", PUNCTUATION, "message")
                .rule("@\\[", PUNCTUATION, "array_literal")
                .rule("@\\{", PUNCTUATION, "dictionary_literal"));
    b.state("ternary", s -> s.rule(":", PUNCTUATION, POP).mixin("statements"));
    b.state(
        "message_shared",
        s ->
            s.rule("\\]", PUNCTUATION, POP)
                .rule("\\{", PUNCTUATION, POP)
                .rule(";", ERROR)
                .mixin("statements"));
    b.state(
        "message",
        s ->
            s.rule(
                    "(" + ID + ")(\\s*)(:)",
                    (lx, m) -> {
                      lx.groups(NAME_FUNCTION, TEXT, PUNCTUATION);
                      lx.gotoState("message_with_args");
                    })
                .groupsThen("(" + ID + ")(\\s*)(\\])", POP, NAME_FUNCTION, TEXT, PUNCTUATION)
                .mixin("message_shared"));
    b.state(
        "message_with_args",
        s ->
            s.rule("\\{", PUNCTUATION, "function")
                .groupsThen("(" + ID + ")(\\s*)(:)", POP, NAME_FUNCTION, TEXT, PUNCTUATION)
                .mixin("message_shared"));
    b.state(
        "array_literal",
        s -> s.rule("]", PUNCTUATION, POP).rule(",", PUNCTUATION).mixin("statements"));
    b.state(
        "dictionary_literal",
        s -> s.rule("}", PUNCTUATION, POP).rule(",", PUNCTUATION).mixin("statements"));
    b.state(
        "objc_classname",
        s ->
            s.mixin("whitespace")
                .groupsThen(
                    "(" + ID + ")(\\s*)(:)(\\s*)(" + ID + ")",
                    POP,
                    NAME_CLASS,
                    TEXT,
                    PUNCTUATION,
                    TEXT,
                    NAME_CLASS)
                .groupsThen(
                    "(" + ID + ")(\\s*)([(])(\\s*)(" + ID + ")(\\s*)([)])",
                    POP,
                    NAME_CLASS,
                    TEXT,
                    PUNCTUATION,
                    TEXT,
                    NAME_LABEL,
                    TEXT,
                    PUNCTUATION)
                .rule("(?i)[a-z$_][a-z0-9$_]*", NAME_CLASS, POP));
    b.state(
        "forward_classname",
        s ->
            s.mixin("whitespace")
                .groupsThen(
                    "(" + ID + ")(\\s*)(,)(\\s*)",
                    RegexLexer.PUSH,
                    NAME_CLASS,
                    TEXT,
                    PUNCTUATION,
                    TEXT)
                .groupsThen("(" + ID + ")(\\s*)(;?)", POP, NAME_CLASS, TEXT, PUNCTUATION));
    b.prepend(
        "root",
        s ->
            s.rule(
                "(?i)([-+])(\\s*)([(].*?[)])?(\\s*)(?=" + ID + ":?)",
                (lx, m) -> {
                  lx.token(KEYWORD, m.group(1));
                  lx.token(TEXT, m.group(2));
                  if (m.group(3) != null) {
                    lx.recurse(m.group(3));
                  }
                  lx.token(TEXT, m.group(4));
                  lx.push("method_definition");
                }));
    b.state(
        "method_definition",
        s ->
            s.rule(",", PUNCTUATION)
                .rule("[.][.][.]", PUNCTUATION)
                .rule(
                    "([(].*?[)])(" + ID + ")",
                    (lx, m) -> {
                      lx.recurse(m.group(1));
                      lx.token(NAME_VARIABLE, m.group(2));
                    })
                .groups("(?s)(" + ID + ")(\\s*)(:)", NAME_FUNCTION, TEXT, PUNCTUATION)
                .rule(";", PUNCTUATION, POP)
                .rule(
                    "\\{",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.gotoState("function");
                    })
                .mixin("inline_whitespace")
                .rule("//.*?\\n", COMMENT_SINGLE)
                .rule("(?s)\\s+", TEXT)
                .rule("", (lx, m) -> lx.pop()));
  }
}
