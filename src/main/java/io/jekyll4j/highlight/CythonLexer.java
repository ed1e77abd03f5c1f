package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Cython lexer ({@code lexers/cython.rb}) as a rule table. */
final class CythonLexer {
  private CythonLexer() {}

  @SuppressWarnings("unchecked")
  private static java.util.ArrayDeque<String[]> strings(RegexLexing lx) {
    return (java.util.ArrayDeque<String[]>) lx.vars().computeIfAbsent("strings", k -> new java.util.ArrayDeque<>());
  }

  private static final Set<String> WORDS0 =
      Words.set(
          "as assert async await break by continue del"
              + " " + "elif else except except? exec finally for from"
              + " " + "fused gil global if import lambda nogil nonlocal"
              + " " + "pass print raise return try while with yield"
              + " " + "yield");

  private static final Set<String> WORDS1 =
      Words.set(
          "ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError BytesWarning"
              + " " + "ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError"
              + " " + "Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError"
              + " " + "ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError"
              + " " + "MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError"
              + " " + "OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning"
              + " " + "StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError"
              + " " + "TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning"
              + " " + "UserWarning VMSError ValueError Warning WindowsError ZeroDivisionError");

  private static final Set<String> WORDS2 =
      Words.set(
          "__import__ abs all any apply ascii basestring bin"
              + " " + "bool buffer bytearray bytes callable chr classmethod cmp"
              + " " + "coerce compile complex delattr dict dir divmod enumerate"
              + " " + "eval execfile exit file filter float format frozenset"
              + " " + "getattr globals hasattr hash hex id input int"
              + " " + "intern isinstance issubclass iter len list locals long"
              + " " + "map max memoryview min next object oct open"
              + " " + "ord pow property range raw_input reduce reload repr"
              + " " + "reversed round set setattr slice sorted staticmethod str"
              + " " + "sum super tuple type unichr unicode vars xrange"
              + " " + "zip");

  private static final Set<String> WORDS3 =
      Words.set(
          "Ellipsis False None NotImplemented True self");

  private static final Set<String> WORDS4 =
      Words.set(
          "def");

  private static final Set<String> WORDS5 =
      Words.set(
          "class struct");

  private static final Set<String> WORDS6 =
      Words.set(
          "api enum extern inline public readonly union");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("cython", "pyx", "pyrex");
    b.state(
        "root",
        s ->
            s.rule(
              "cp?def|ctypedef",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("c_definitions");
                lx.push("c_start");
              })
                .rule(
              "(from)((?:\\\\\\s|\\s)+)((?i-s:[a-z_.][\\w.]*))((?:\\\\\\s|\\s)+)(cimport)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE, TEXT, KEYWORD_NAMESPACE);
              })
                .rule(
              "(cimport)(\\s+)((?i-s:[a-z_.][\\w.]*))",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE);
              })
                .rule(
              "(struct)((?:\\\\\\s|\\s)+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("classname");
              })
                .mixin("func_call_fix")
                .rule("[(,]", PUNCTUATION, "c_start")
                .rule("(?s)\\n+", TEXT)
                .rule(
              "(?is)^(:)(\\s*)([ru]{,2}\"\"\".*?\"\"\")",
              (lx, m) -> {
                lx.groups(PUNCTUATION, TEXT, STRING_DOC);
              })
                .rule("[^\\S\\n]+", TEXT)
                .rule("#(.*)?\\n?", COMMENT_SINGLE)
                .rule("[\\[\\]{}:(),;.]", PUNCTUATION)
                .rule("\\\\\\n", TEXT)
                .rule("\\\\", TEXT)
                .rule("(in|is|and|or|not)\\b", OPERATOR_WORD)
                .rule("(<<|>>|//|\\*\\*)=?", OPERATOR)
                .rule("[-~+/*%=<>&^|@]=?|!=", OPERATOR)
                .rule(
              "(from)((?:\\\\\\s|\\s)+)((?-si:[[:alpha:]_.][[:alnum:]_.]*))((?:\\\\\\s|\\s)+)(import)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE, TEXT, KEYWORD_NAMESPACE);
              })
                .rule(
              "(import)(\\s+)((?-si:[[:alpha:]_.][[:alnum:]_.]*))",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE);
              })
                .rule(
              "(def)((?:\\s|\\\\\\s)+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("funcname");
              })
                .rule(
              "(class)((?:\\s|\\\\\\s)+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("classname");
              })
                .rule("`.*?`", STRING_BACKTICK)
                .rule(
              "(?i)([rfbu]{0,2})('''|\"\"\"|['\"])",
              (lx, m) -> {
                lx.groups(STRING_AFFIX, STRING);
                strings(lx).add(new String[] {lx.group(1).toLowerCase(java.util.Locale.ROOT), lx.group(2)});
                lx.push("generic_string");
              })
                .rule("(?i)@(?-si:[[:alpha:]_.][[:alnum:]_.]*)", NAME_DECORATOR)
                .rule(
              "(?<!\\.)(?-si:[[:alpha:]_][[:alnum:]_]*)",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(NAME_BUILTIN);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(NAME_BUILTIN);
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(NAME_BUILTIN_PSEUDO);
                      } else {
                        lx.token(NAME);
                      }
                    }
                  }
                }
              })
                .rule("[[:alpha:]_][[:alnum:]_]*", NAME)
                .rule("(?i)(?-si:(((?-si:[0-9](_?[0-9])*))?\\.(?-si:[0-9](_?[0-9])*)|(?-si:[0-9](_?[0-9])*)\\.))((?i-s:e[+-]?(?-si:[0-9](_?[0-9])*)))?j?", NUMBER_FLOAT)
                .rule("(?i)(?-si:[0-9](_?[0-9])*)(?i-s:e[+-]?(?-si:[0-9](_?[0-9])*))j?", NUMBER_FLOAT)
                .rule("(?i)(?-si:[0-9](_?[0-9])*)j", NUMBER_FLOAT)
                .rule("(?i)0b(_?[0-1])+", NUMBER_BIN)
                .rule("(?i)0o(_?[0-7])+", NUMBER_OCT)
                .rule("(?i)0x(_?[a-f0-9])+", NUMBER_HEX)
                .rule("\\d+L", NUMBER_INTEGER_LONG)
                .rule("([1-9](_?[0-9])*|0(_?0)*)", NUMBER_INTEGER));
    b.state(
        "classname",
        s ->
            s.rule("(?:\\\\\\s|\\s)+", TEXT)
                .rule("[[:alpha:]_][[:alnum:]_]*", NAME_CLASS, POP));
    b.state(
        "funcname",
        s ->
            s.rule("(?:\\\\\\s|\\s)+", TEXT)
                .rule("[[:alpha:]_][[:alnum:]_]*", NAME_FUNCTION, POP));
    b.state(
        "func_call_fix",
        s ->
            s.rule(
              "(?i-s:[a-z_]\\w*)(?=\\()",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(NAME_BUILTIN);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(NAME_BUILTIN);
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(NAME_BUILTIN_PSEUDO);
                      } else {
                        lx.token(NAME_FUNCTION);
                      }
                    }
                  }
                }
              }));
    b.state(
        "c_start",
        s ->
            s.rule("[^\\S\\n]+", TEXT)
                .rule("cp?def|ctypedef", KEYWORD)
                .rule("(?:un)?signed", KEYWORD_TYPE)
                .rule(
              "(?i-s:[a-z_]\\w*)(?=(?:\\*+)|(?:[ \\t]*\\[)|(?:[ \\t]+\\w))",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                  lx.pop();
                } else {
                  if (WORDS4.contains(lx.group(0))) {
                    lx.token(KEYWORD);
                    lx.gotoState("funcname");
                  } else {
                    if (WORDS5.contains(lx.group(0))) {
                      lx.token(KEYWORD_RESERVED);
                      lx.gotoState("classname");
                    } else {
                      if (WORDS6.contains(lx.group(0))) {
                        lx.token(KEYWORD_RESERVED);
                      } else {
                        lx.token(KEYWORD_TYPE);
                        lx.pop();
                      }
                    }
                  }
                }
              })
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "c_definitions",
        s ->
            s.rule("\\n", TEXT, "c_indent")
                .mixin("root"));
    b.state(
        "c_indent",
        s ->
            s.rule(
              "[ \\t]+",
              (lx, m) -> {
                lx.token(TEXT);
                lx.gotoState("c_start");
                String indentation = (String) lx.vars().get("indentation");
                if (indentation == null) {
                  lx.vars().put("indentation", lx.group(0));
                } else if (indentation.length() > lx.group(0).length()) {
                  lx.vars().remove("indentation");
                  lx.pop(2);
                }
              })
                .rule(
              "",
              (lx, m) -> {
                lx.vars().remove("indentation");
                lx.resetStack();
              }));
    b.state(
        "raise",
        s ->
            s.rule("from\\b", KEYWORD)
                .rule("raise\\b", KEYWORD)
                .rule("yield\\b", KEYWORD)
                .rule("\\n", TEXT, POP)
                .rule(";", PUNCTUATION, POP)
                .mixin("root"));
    b.state(
        "yield",
        s ->
            s.mixin("raise"));
    b.state(
        "generic_string",
        s ->
            s.rule("[^'\"\\\\{]+", STRING)
                .rule("{{", STRING)
                .rule(
              "'''|\"\"\"|['\"]",
              (lx, m) -> {
                lx.token(STRING);
                if (strings(lx).peekLast()[1].equals(lx.group(0))) {
                  strings(lx).pollLast();
                  lx.pop();
                }
              })
                .rule("(?=\\\\)", STRING, "generic_escape")
                .rule(
              "{",
              (lx, m) -> {
                if (strings(lx).peekLast()[0].contains("f")) {
                  lx.token(STRING_INTERPOL);
                  lx.push("generic_interpol");
                } else {
                  lx.token(STRING);
                }
              }));
    b.state(
        "generic_escape",
        s ->
            s.rule(
              "\\\\([\\\\abfnrtv\"']|\\n|newline|N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})",
              (lx, m) -> {
                lx.token(strings(lx).peekLast()[0].contains("r") ? STRING : STRING_ESCAPE);
                lx.pop();
              })
                .rule("\\\\.", STRING, POP));
    b.state(
        "generic_interpol",
        s ->
            s.rule(
              "[^{}!:]+",
              (lx, m) -> {
                lx.recurse(lx.group(0));
              })
                .rule("![asr]", STRING_INTERPOL)
                .rule(":", STRING_INTERPOL)
                .rule("{", STRING_INTERPOL, "generic_interpol")
                .rule("}", STRING_INTERPOL, POP));
    return b.build();
  }
}
