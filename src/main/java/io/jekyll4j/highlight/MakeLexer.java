package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Makefile lexer: variables, targets, and recipe lines lexed as shell. */
final class MakeLexer {
  private MakeLexer() {}

  private static final String FUNCTIONS =
      "abspath addprefix addsuffix and basename call dir error eval file filter filter-out"
          + " findstring firstword flavor foreach if join lastword notdir or origin patsubst"
          + " realpath shell sort strip subst suffix value warning wildcard word wordlist words";
  private static final String STOP = "(?:\\$\\(|\\$\\{|\\(|\\)|\\}|\\\\|$)";

  static RegexLexer create(Lexer shell) {
    RegexLexer.Builder b = RegexLexer.builder("make", "makefile", "mf", "gnumake", "bsdmake");
    b.start(lx -> lx.sub("shell", shell).reset());
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*?\\n", COMMENT)
                .groups("([-s]?include)((?:[\\t ]+[^\\t\\n #]+)+)", KEYWORD, STRING_OTHER)
                .groups("(ifn?def|ifn?eq)([\\t ]+)([^#\\n]+)", KEYWORD, TEXT, NAME_VARIABLE)
                .rule("(?:else|endif)[\\t ]*(?=[#\\n])", KEYWORD)
                .groupsThen("(export)([\\t ]+)(?=[\\w\\${}()\\t -]+\\n)", "export", KEYWORD, TEXT)
                .rule("export[\\t ]+", KEYWORD)
                .groupsThen(
                    "([\\w${}().-]+)([\\t ]*)([!?:+]?=)",
                    "shell_line",
                    NAME_VARIABLE,
                    TEXT,
                    OPERATOR)
                .rule("\"(\\\\\\\\|\\\\.|[^\"\\\\])*\"", STRING_DOUBLE)
                .rule("'(\\\\\\\\|\\\\.|[^'\\\\])*'", STRING_SINGLE)
                .groupsThen("([^\\n:]+)(:+)([ \\t]*)", "block_header", NAME_LABEL, OPERATOR, TEXT));
    b.state(
        "export",
        s ->
            s.rule("[\\w\\${}()-]", NAME_VARIABLE)
                .rule("\\n", TEXT, POP)
                .rule("[\\t ]+", TEXT));
    b.state(
        "block_header",
        s ->
            s.rule("[^,\\\\\\n#]+", NAME_FUNCTION)
                .rule(",", PUNCTUATION)
                .rule("#.*?", COMMENT)
                .rule("\\\\\\n", TEXT)
                .rule("\\\\.", TEXT)
                .rule(
                    "\\n",
                    (lx, m) -> {
                      lx.token(TEXT);
                      lx.gotoState("block_body");
                    }));
    b.state(
        "block_body",
        s ->
            s.groups(
                    "(ifn?def|ifn?eq)([\\t ]+)([^#\\n]+)(#.*)?(\\n)",
                    KEYWORD,
                    TEXT,
                    NAME_VARIABLE,
                    COMMENT,
                    TEXT)
                .groups("(else|endif)([\\t ]*)(#.*)?(\\n)", KEYWORD, TEXT, COMMENT, TEXT)
                .groupsThen("(\\t[\\t ]*)([@-]?)", "shell_line", TEXT, PUNCTUATION)
                .rule(
                    "",
                    (lx, m) -> {
                      lx.sub("shell", shell).reset();
                      lx.pop();
                    }));
    b.state(
        "shell",
        s ->
            s.rule("(?i)\\$[({][\\t ]*\\w[\\w:=%.]*[\\t ]*[)}]", NAME_VARIABLE)
                .groupsThen(
                    "(\\$[({])([\\t ]*)(" + Words.alternation(FUNCTIONS) + ")([\\t ]+)",
                    "shell_expr",
                    NAME_FUNCTION,
                    TEXT,
                    NAME_BUILTIN,
                    TEXT)
                .rule("(?s)\\\\.", (lx, m) -> toShell(lx, shell))
                .rule("(?s).+?(?=" + STOP + ")", (lx, m) -> toShell(lx, shell))
                .rule(STOP, (lx, m) -> toShell(lx, shell)));
    b.state(
        "shell_expr",
        s ->
            s.rule(
                    "[({]",
                    (lx, m) -> {
                      toShell(lx, shell);
                      lx.push();
                    })
                .rule("[)}]", NAME_FUNCTION, POP)
                .mixin("shell"));
    b.state("shell_line", s -> s.rule("\\n", TEXT, POP).mixin("shell"));
    return b.build();
  }

  private static void toShell(RegexLexing lx, Lexer shell) {
    lx.delegate(lx.sub("shell", shell), lx.match().group());
  }
}
