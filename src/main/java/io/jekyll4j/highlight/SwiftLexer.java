package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Swift lexer as a rule table (attributes, string interpolation, tuples). */
final class SwiftLexer {
  private SwiftLexer() {}

  private static final String ID_HEAD = "(?:_|(?!\\p{Mc})\\p{IsAlphabetic}|[^\\u0000-\\uFFFF])";
  private static final String ID_REST = "(?:[\\p{IsAlphabetic}\\p{Nd}_]|[^\\u0000-\\uFFFF])";
  private static final String ID = "(?:" + ID_HEAD + ID_REST + "*)";
  private static final Set<String> KEYWORDS =
      Words.set(
          "await break case continue default do else fallthrough if in for return switch where"
              + " while try catch throw guard defer repeat as dynamicType is new super self Self"
              + " Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__ associativity async didSet get"
              + " infix inout isolated mutating none nonmutating operator override postfix"
              + " precedence prefix set unowned weak willSet throws rethrows precedencegroup");
  private static final Set<String> DECLARATIONS =
      Words.set(
          "actor class deinit enum convenience extension final func import init internal lazy"
              + " let nonisolated optional private protocol public required static struct"
              + " subscript typealias var dynamic indirect associatedtype open fileprivate some");
  private static final Set<String> CONSTANTS = Words.set("true false nil");

  private static boolean upperFirst(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("swift");
    b.start(lx -> lx.push("bol"));
    b.state(
        "bol",
        s ->
            s.rule("#.*", COMMENT_PREPROC)
                .mixin("inline_whitespace")
                .rule("", (lx, m) -> lx.pop()));
    b.state("inline_whitespace", s -> s.rule("\\s+", TEXT).mixin("has_comments"));
    b.state(
        "whitespace",
        s ->
            s.rule("\\n+", TEXT, "bol")
                .rule("//.*?$", COMMENT_SINGLE, "bol")
                .mixin("inline_whitespace"));
    b.state("has_comments", s -> s.rule("/[*]", COMMENT_MULTILINE, "nested_comment"));
    b.state(
        "nested_comment",
        s ->
            s.mixin("has_comments")
                .rule("[*]/", COMMENT_MULTILINE, POP)
                .rule("[^*/]+", COMMENT_MULTILINE)
                .rule(".", COMMENT_MULTILINE));
    b.state("root", SwiftLexer::root);
    b.state(
        "tuple",
        s ->
            s.rule("(" + ID + ")", NAME_VARIABLE)
                .groups("(`)(" + ID + ")(`)", PUNCTUATION, NAME_VARIABLE, PUNCTUATION)
                .rule(",", PUNCTUATION)
                .rule("[(]", PUNCTUATION, PUSH)
                .rule("[)]", PUNCTUATION, POP)
                .mixin("inline_whitespace"));
    b.state(
        "dq",
        s ->
            s.rule("\\\\[\\\\0tnr'\"]", STRING_ESCAPE)
                .rule("\\\\[(]", STRING_ESCAPE, "interp")
                .rule("\\\\u\\{\\h{1,8}\\}", STRING_ESCAPE)
                .rule("[^\\\\\"]+", STRING)
                .rule("\"\"\"", STRING, POP)
                .rule("\"", STRING, POP));
    b.state(
        "interp",
        s ->
            s.rule("[(]", PUNCTUATION, "interp_inner")
                .rule("[)]", STRING_ESCAPE, POP)
                .mixin("root"));
    b.state(
        "interp_inner",
        s -> s.rule("[(]", PUNCTUATION, PUSH).rule("[)]", PUNCTUATION, POP).mixin("root"));
    return b.build();
  }

  private static RegexLexer.StateBuilder root(RegexLexer.StateBuilder s) {
    return s.mixin("whitespace")
        .rule("\\$(([1-9]\\d*)?\\d)", NAME_VARIABLE)
        .rule("[()\\[\\]{}:;,?\\\\]", PUNCTUATION)
        .rule("[-/=+*%<>!&|^.~]+", OPERATOR)
        .rule("@?\"", STRING, "dq")
        .rule("'(\\\\.|.)'", STRING_CHAR)
        // Rouge's (?:\d+(?:_\d+)*)* written without the nested repetition (same matches).
        .rule(
            "(?i)(\\d+(?:_\\d+)*\\*|(?:\\d+(?:_\\d+)*)?\\.\\d+(?:_\\d)*)(e[+-]?\\d+(?:_\\d)*)?",
            NUMBER_FLOAT)
        .rule("(?i)\\d+e[+-]?[0-9]+", NUMBER_FLOAT)
        .rule("0o?[0-7]+(?:_[0-7]+)*", NUMBER_OCT)
        .rule(
            "0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\\d+)?",
            NUMBER_HEX)
        .rule("0b[01]+(?:_[01]+)*", NUMBER_BIN)
        .rule("[\\d]+(?:_\\d+)*", NUMBER_INTEGER)
        .rule("@" + ID, KEYWORD_DECLARATION)
        .rule(
            "(private|internal)(\\([ ]*)(\\w+)([ ]*\\))",
            (lx, m) -> {
              if (m.group(3).equals("set")) {
                lx.token(KEYWORD_DECLARATION);
              } else {
                lx.groups(KEYWORD_DECLARATION, KEYWORD_DECLARATION, ERROR, KEYWORD_DECLARATION);
              }
            })
        .rule(
            "(unowned\\([ ]*)(\\w+)([ ]*\\))",
            (lx, m) -> {
              if (m.group(2).equals("safe") || m.group(2).equals("unsafe")) {
                lx.token(KEYWORD_DECLARATION);
              } else {
                lx.groups(KEYWORD_DECLARATION, ERROR, KEYWORD_DECLARATION);
              }
            })
        .rule("#available\\([^)]+\\)", KEYWORD_DECLARATION)
        .groups(
            "(#(?:selector|keyPath)\\()([^)]+?(?:[(].*?[)])?)(\\))",
            KEYWORD_DECLARATION,
            NAME_FUNCTION,
            KEYWORD_DECLARATION)
        .rule("#(line|file|column|function|dsohandle)", KEYWORD_DECLARATION)
        .groups("(let|var)\\b(\\s*)(" + ID + ")", KEYWORD, TEXT, NAME_VARIABLE)
        .groupsThen("(let|var)\\b(\\s*)([(])", "tuple", KEYWORD, TEXT, PUNCTUATION)
        .rule(
            "(?!\\b(if|while|for|private|internal|unowned|switch|case)\\b)\\b" + ID
                + "(?=(\\?|!)?\\s*[(])",
            (lx, m) -> lx.token(upperFirst(m.group()) ? KEYWORD_TYPE : NAME_FUNCTION))
        .rule("as[?!]?(?=\\s)", KEYWORD)
        .rule("try[!]?(?=\\s)", KEYWORD)
        .groups(
            "(#?(?!default)(?![[:upper:]])" + ID + ")(\\s*)(:)", NAME_VARIABLE, TEXT, PUNCTUATION)
        .rule(
            ID,
            (lx, m) -> {
              String w = m.group();
              if (KEYWORDS.contains(w)) {
                lx.token(KEYWORD);
              } else if (DECLARATIONS.contains(w)) {
                lx.token(KEYWORD_DECLARATION);
              } else if (CONSTANTS.contains(w)) {
                lx.token(KEYWORD_CONSTANT);
              } else if (upperFirst(w)) {
                lx.token(KEYWORD_TYPE);
              } else {
                lx.token(NAME);
              }
            })
        .groups("(`)(" + ID + ")(`)", PUNCTUATION, NAME_VARIABLE, PUNCTUATION);
  }
}
