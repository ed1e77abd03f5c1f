package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Set;

/** Rouge 3.30's Python lexer as a rule table (f-strings, decorators, string prefixes). */
final class PythonLexer {
  private PythonLexer() {}

  private static final Set<String> KEYWORDS =
      Words.set(
          "assert break continue del elif else except exec finally for global if lambda pass"
              + " print raise return try while yield as with from import yield async await"
              + " nonlocal");
  private static final Set<String> BUILTINS =
      Words.set(
          "__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes"
              + " callable chr classmethod cmp coerce compile complex delattr dict dir divmod"
              + " enumerate eval execfile exit file filter float format frozenset getattr globals"
              + " hasattr hash hex id input int intern isinstance issubclass iter len list locals"
              + " long map max memoryview min next object oct open ord pow property range"
              + " raw_input reduce reload repr reversed round set setattr slice sorted"
              + " staticmethod str sum super tuple type unichr unicode vars xrange zip");
  private static final Set<String> PSEUDO =
      Words.set("self None Ellipsis NotImplemented False True");
  private static final Set<String> EXCEPTIONS =
      Words.set(
          "ArithmeticError AssertionError AttributeError BaseException BlockingIOError"
              + " BrokenPipeError BufferError BytesWarning ChildProcessError"
              + " ConnectionAbortedError ConnectionError ConnectionRefusedError"
              + " ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception"
              + " FileExistsError FileNotFoundError FloatingPointError FutureWarning"
              + " GeneratorExit IOError ImportError ImportWarning IndentationError IndexError"
              + " InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError"
              + " MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented"
              + " NotImplementedError OSError OverflowError OverflowWarning"
              + " PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError"
              + " ResourceWarning RuntimeError RuntimeWarning StandardError"
              + " StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError"
              + " SystemExit TabError TimeoutError TypeError UnboundLocalError"
              + " UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError"
              + " UnicodeWarning UserWarning ValueError VMSError Warning WindowsError"
              + " ZeroDivisionError");
  private static final String IDENT = "[[:alpha:]_][[:alnum:]_]*";
  private static final String DOTTED = "[[:alpha:]_.][[:alnum:]_.]*";

  private record Str(String type, String delim) {}

  @SuppressWarnings("unchecked")
  private static ArrayDeque<Str> strings(RegexLexing lx) {
    return (ArrayDeque<Str>) lx.vars().computeIfAbsent("strings", k -> new ArrayDeque<>());
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("python", "py");
    b.state("root", PythonLexer::root);
    b.state("funcname", s -> s.rule(IDENT, NAME_FUNCTION, POP));
    b.state("classname", s -> s.rule(IDENT, NAME_CLASS, POP));
    b.state(
        "generic_string",
        s ->
            s.rule("[^'\"\\\\{]+", STRING)
                .rule("\\{\\{", STRING)
                .rule(
                    "'''|\"\"\"|['\"]",
                    (lx, m) -> {
                      lx.token(STRING);
                      Str top = strings(lx).peekLast();
                      if (top != null && top.delim().equals(m.group())) {
                        strings(lx).pollLast();
                        lx.pop();
                      }
                    })
                .rule("(?=\\\\)", STRING, "generic_escape")
                .rule(
                    "\\{",
                    (lx, m) -> {
                      if (strings(lx).peekLast().type().contains("f")) {
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
                    "\\\\([\\\\abfnrtv\"']|\\n|newline|N\\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\\}"
                        + "|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})",
                    (lx, m) -> {
                      lx.token(strings(lx).peekLast().type().contains("r") ? STRING : STRING_ESCAPE);
                      lx.pop();
                    })
                .rule("\\\\.", STRING, POP));
    b.state(
        "generic_interpol",
        s ->
            s.rule("[^{}!:]+", (lx, m) -> lx.recurse(m.group()))
                .rule("![asr]", STRING_INTERPOL)
                .rule(":", STRING_INTERPOL)
                .rule("\\{", STRING_INTERPOL, "generic_interpol")
                .rule("\\}", STRING_INTERPOL, POP));
    return b.build();
  }

  private static RegexLexer.StateBuilder root(RegexLexer.StateBuilder s) {
    String digits = "[0-9](_?[0-9])*";
    String decimal = "((" + digits + ")?\\." + digits + "|" + digits + "\\.)";
    String exponent = "[eE][+-]?" + digits;
    return s.rule("\\n+", TEXT)
        .groups("(?si)^(:)(\\s*)([ru]{,2}\"\"\".*?\"\"\")", PUNCTUATION, TEXT, STRING_DOC)
        .rule("[^\\S\\n]+", TEXT)
        .rule("#(.*)?\\n?", COMMENT_SINGLE)
        .rule("[\\[\\]{}:(),;.]", PUNCTUATION)
        .rule("\\\\\\n", TEXT)
        .rule("\\\\", TEXT)
        .rule("(in|is|and|or|not)\\b", OPERATOR_WORD)
        .rule("(<<|>>|//|\\*\\*)=?", OPERATOR)
        .rule("[-~+/*%=<>&^|@]=?|!=", OPERATOR)
        .groups(
            "(from)((?:\\\\\\s|\\s)+)(" + DOTTED + ")((?:\\\\\\s|\\s)+)(import)",
            KEYWORD_NAMESPACE,
            TEXT,
            NAME_NAMESPACE,
            TEXT,
            KEYWORD_NAMESPACE)
        .groups("(import)(\\s+)(" + DOTTED + ")", KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE)
        .groupsThen("(def)((?:\\s|\\\\\\s)+)", "funcname", KEYWORD, TEXT)
        .groupsThen("(class)((?:\\s|\\\\\\s)+)", "classname", KEYWORD, TEXT)
        .rule("`.*?`", STRING_BACKTICK)
        .rule(
            "(?i)([rfbu]{0,2})('''|\"\"\"|['\"])",
            (lx, m) -> {
              lx.groups(STRING_AFFIX, STRING);
              strings(lx).add(new Str(m.group(1).toLowerCase(Locale.ROOT), m.group(2)));
              lx.push("generic_string");
            })
        .rule("(?i)@" + DOTTED, NAME_DECORATOR)
        .rule(
            "(?<!\\.)" + IDENT,
            (lx, m) -> {
              String w = m.group();
              if (KEYWORDS.contains(w)) {
                lx.token(KEYWORD);
              } else if (EXCEPTIONS.contains(w) || BUILTINS.contains(w)) {
                lx.token(NAME_BUILTIN);
              } else if (PSEUDO.contains(w)) {
                lx.token(NAME_BUILTIN_PSEUDO);
              } else {
                lx.token(NAME);
              }
            })
        .rule(IDENT, NAME)
        .rule("(?i)" + decimal + "(" + exponent + ")?j?", NUMBER_FLOAT)
        .rule("(?i)" + digits + exponent + "j?", NUMBER_FLOAT)
        .rule("(?i)" + digits + "j", NUMBER_FLOAT)
        .rule("(?i)0b(_?[0-1])+", NUMBER_BIN)
        .rule("(?i)0o(_?[0-7])+", NUMBER_OCT)
        .rule("(?i)0x(_?[a-f0-9])+", NUMBER_HEX)
        .rule("\\d+L", NUMBER_INTEGER_LONG)
        .rule("([1-9](_?[0-9])*|0(_?0)*)", NUMBER_INTEGER);
  }
}
