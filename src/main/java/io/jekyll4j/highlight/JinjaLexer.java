package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rouge 3.30's Jinja lexer ({@code jinja}) as a rule table, state for state, and Twig, the same
 * table with other word lists. Rouge keeps the word lists in class variables ({@code @@keywords}
 * ...) that Jinja and Twig share: whichever lexer first asks for a list sets it for both, for the
 * life of the process. {@link SharedWords} reproduces that.
 */
final class JinjaLexer {
  private JinjaLexer() {}

  private static final Set<String> JINJA_KEYWORDS =
      Words.set(
          "as context do else extends from ignore missing import include reversed recursive"
              + " scoped autoescape endautoescape block endblock call endcall filter endfilter for"
              + " endfor if endif macro endmacro set endset trans endtrans with endwith without");
  private static final Set<String> JINJA_PSEUDO_KEYWORDS =
      Words.set(
          "true false none True False None");
  private static final Set<String> JINJA_TESTS =
      Words.set(
          "callable defined divisibleby equalto escaped even iterable lower mapping none"
              + " number odd sameas sequence string undefined upper");
  private static final Set<String> JINJA_WORD_OPERATORS =
      Words.set(
          "is in and or not");

  private static final Set<String> TWIG_KEYWORDS =
      Words.set(
          "as do extends flush from import include use else starts ends with without"
              + " autoescape endautoescape block endblock embed endembed filter endfilter for"
              + " endfor if endif macro endmacro sandbox endsandbox set endset spaceless"
              + " endspaceless");
  private static final Set<String> TWIG_TESTS =
      Words.set("constant defined divisibleby empty even iterable null odd sameas");
  private static final Set<String> TWIG_PSEUDO_KEYWORDS = Words.set("true false none");
  private static final Set<String> TWIG_WORD_OPERATORS =
      Words.set("b-and b-or b-xor is in and or not");

  /** Rouge's class variables {@code @@keywords}, {@code @@pseudo_keywords}... (first set wins). */
  private static final class SharedWords {
    private static final AtomicReference<Set<String>> KEYWORDS = new AtomicReference<>();
    private static final AtomicReference<Set<String>> PSEUDO_KEYWORDS = new AtomicReference<>();
    private static final AtomicReference<Set<String>> WORD_OPERATORS = new AtomicReference<>();
    private static final AtomicReference<Set<String>> TESTS = new AtomicReference<>();

    static Set<String> get(AtomicReference<Set<String>> ref, Set<String> mine) {
      ref.compareAndSet(null, mine);
      return ref.get();
    }
  }

  private record WordLists(
      Set<String> keywords, Set<String> pseudoKeywords, Set<String> wordOperators, Set<String> tests) {}

  static RegexLexer jinja(Lexer html) {
    return create(
        RegexLexer.builder("jinja", "django"),
        html,
        new WordLists(JINJA_KEYWORDS, JINJA_PSEUDO_KEYWORDS, JINJA_WORD_OPERATORS, JINJA_TESTS));
  }

  static RegexLexer twig(Lexer html) {
    return create(
        RegexLexer.builder("twig"),
        html,
        new WordLists(TWIG_KEYWORDS, TWIG_PSEUDO_KEYWORDS, TWIG_WORD_OPERATORS, TWIG_TESTS));
  }

  private static RegexLexer create(RegexLexer.Builder b, Lexer html, WordLists w) {
    b.state(
        "root",
        s ->
            s.rule("{#", COMMENT, "comment")
                .rule("##.*", COMMENT)
                .rule("({%-?)(\\s*)(raw|verbatim)(\\s*)(-?%})", (lx, m) -> {
                  lx.groups(COMMENT_PREPROC, TEXT, KEYWORD, TEXT, COMMENT_PREPROC);
                  if (m.group(3).equals("raw")) {
                    lx.push("raw");
                  } else if (m.group(3).equals("verbatim")) {
                    lx.push("verbatim");
                  }
                })
                .rule("\\{\\%", (lx, m) -> {
                  lx.token(COMMENT_PREPROC);
                  lx.push("statement");
                })
                .rule("\\{\\{", (lx, m) -> {
                  lx.token(COMMENT_PREPROC);
                  lx.push("expression");
                })
                .rule("(?s)(.+?)(?=\\\\|{{|{%|{#|##)", (lx, m) -> {
                  lx.delegate(lx.sub("parent", html), m.group());
                })
                .rule("(?s).+", (lx, m) -> {
                  lx.delegate(lx.sub("parent", html), m.group());
                }));
    b.state(
        "filter",
        s ->
            s.groups("(\\|\\s*)(\\w+)", OPERATOR, NAME_FUNCTION));
    b.state(
        "function",
        s ->
            s.groups("(\\w+)(\\()", NAME_FUNCTION, PUNCTUATION));
    b.state(
        "text",
        s ->
            s.rule("(?s)\\s+", TEXT));
    b.state(
        "literal",
        s ->
            s.rule("\"(\\\\.|.)*?\"", STRING_DOUBLE)
                .rule("'(\\\\.|.)*?'", STRING_SINGLE)
                .rule("\\d+(?=}\\s)", NUMBER)
                .rule("(\\+|\\-|\\*|//?|\\*\\*?|=)", OPERATOR)
                .rule("(<=?|>=?|===?|!=)", OPERATOR)
                .rule(",", PUNCTUATION)
                .rule("\\[", PUNCTUATION)
                .rule("\\]", PUNCTUATION)
                .rule("\\(", PUNCTUATION)
                .rule("\\)", PUNCTUATION));
    b.state(
        "comment",
        s ->
            s.rule("(?s)[^#]+", COMMENT)
                .rule("#}", (lx, m) -> {
                  lx.token(COMMENT);
                  lx.pop();
                })
                .rule("#", COMMENT));
    b.state(
        "expression",
        s ->
            s.rule("(?s)\\w+\\.?", NAME_VARIABLE)
                .mixin("filter")
                .mixin("function")
                .mixin("literal")
                .mixin("text")
                .rule("%}|}}", COMMENT_PREPROC, POP));
    b.state(
        "statement",
        s ->
            s.rule("(\\w+\\.?)", (lx, m) -> {
                  if (SharedWords.get(SharedWords.KEYWORDS, w.keywords()).contains(m.group())) {
                  lx.groups(KEYWORD);
                  } else if (SharedWords.get(SharedWords.PSEUDO_KEYWORDS, w.pseudoKeywords()).contains(m.group())) {
                  lx.groups(KEYWORD_PSEUDO);
                  } else if (SharedWords.get(SharedWords.WORD_OPERATORS, w.wordOperators()).contains(m.group())) {
                  lx.groups(OPERATOR_WORD);
                  } else if (SharedWords.get(SharedWords.TESTS, w.tests()).contains(m.group())) {
                  lx.groups(NAME_BUILTIN);
                  } else {
                  lx.groups(NAME_VARIABLE);
                  }
                })
                .mixin("filter")
                .mixin("function")
                .mixin("literal")
                .mixin("text")
                .rule("\\%\\}", COMMENT_PREPROC, POP));
    b.state(
        "raw",
        s ->
            s.rule("({%-?)(\\s*)(endraw)(\\s*)(-?%})", (lx, m) -> {
                  lx.groups(COMMENT_PREPROC, TEXT, KEYWORD, TEXT, COMMENT_PREPROC);
                  lx.pop();
                })
                .rule("[^{]+", TEXT)
                .rule("{", TEXT));
    b.state(
        "verbatim",
        s ->
            s.rule("({%-?)(\\s*)(endverbatim)(\\s*)(-?%})", (lx, m) -> {
                  lx.groups(COMMENT_PREPROC, TEXT, KEYWORD, TEXT, COMMENT_PREPROC);
                  lx.pop();
                })
                .rule("[^{]+", TEXT)
                .rule("{", TEXT));
    return b.build();
  }
}
