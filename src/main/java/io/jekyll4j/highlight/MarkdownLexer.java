package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;

/**
 * Rouge 3.30's Markdown lexer as a rule table: front matter goes to YAML, fenced code to the
 * lexer its info string names (guessed from the code when there is none; unknown languages
 * are one backtick-string token), inline HTML and entities to the HTML lexer.
 */
final class MarkdownLexer {
  private MarkdownLexer() {}

  private static final String EDOT = "(?:\\\\.|[^\\\\\\n])";
  private static final Lexer BACKTICK_TEXT = new PlainTextLexer(STRING_BACKTICK);
  private static final Lexer PLAIN_TEXT = new PlainTextLexer(TEXT);

  static RegexLexer create(
      Lexer html, Lexer yaml, Function<String, Optional<Lexer>> lookup) {
    return builder(RegexLexer.builder("markdown", "md", "mkd"), html, yaml, lookup).build();
  }

  /** Markdown's states in {@code b}, for lexers that extend it (Rouge subclasses). */
  static RegexLexer.Builder builder(
      RegexLexer.Builder b, Lexer html, Lexer yaml, Function<String, Optional<Lexer>> lookup) {
    SourceGuesser guesser = new SourceGuesser(lookup);
    b.start(lx -> lx.sub("html", html).reset());
    b.state(
        "root",
        s ->
            s.rule(
                    "(?s)\\A(---\\s*\\n.*?\\n?)^(---\\s*$\\n?)",
                    (lx, m) -> lx.delegate(yaml, m.group()))
                .rule("\\\\.", STRING_ESCAPE)
                .rule("^[\\S ]+\\n(?:---*)\\n", GENERIC_HEADING)
                .rule("^[\\S ]+\\n(?:===*)\\n", GENERIC_SUBHEADING)
                .rule("^#(?=[^#]).*?$", GENERIC_HEADING)
                .rule("^##*.*?$", GENERIC_SUBHEADING)
                .rule(
                    "(?s)^([ \\t]*)(`{3,}|~{3,})([^\\n]*\\n)((.*?)(\\n\\1)(\\2))?",
                    (lx, m) -> fence(lx, m, lookup, guesser))
                .rule("\\n\\n((    |\\t).*?\\n|\\n)+", STRING_BACKTICK)
                .rule("(`+)(?:" + EDOT + "|\\n)+?\\1", STRING_BACKTICK)
                .rule("^(\\s*[*]){3,}\\s*$", PUNCTUATION)
                .rule("^(\\s*[-]){3,}\\s*$", PUNCTUATION)
                .rule("^\\s*[*+-](?=\\s)", PUNCTUATION)
                .rule("^\\s*\\d+\\.", PUNCTUATION)
                .rule("^\\s*>.*?$", GENERIC_TRACEBACK)
                .rule(
                    "^(\\s*)(\\[)(" + EDOT + "+?)(\\])(\\s*)(:)",
                    (lx, m) -> {
                      lx.groups(TEXT, PUNCTUATION, STRING_SYMBOL, PUNCTUATION, TEXT, PUNCTUATION);
                      lx.push("title");
                      lx.push("url");
                    })
                .groupsThen(
                    "(!?\\[)(" + EDOT + "*?|[^\\]]*?)(\\])(?=[\\[(])",
                    "link",
                    PUNCTUATION,
                    NAME_VARIABLE,
                    PUNCTUATION)
                .rule("[*][*]" + EDOT + "*?[*][*]", GENERIC_STRONG)
                .rule("__" + EDOT + "*?__", GENERIC_STRONG)
                .rule("[*]" + EDOT + "*?[*]", GENERIC_EMPH)
                .rule("_" + EDOT + "*?_", GENERIC_EMPH)
                .rule("<.*?@.+[.].+>", NAME_VARIABLE)
                .rule("<(https?|mailto|ftp)://" + EDOT + "*?>", NAME_VARIABLE)
                .rule("[^\\\\`\\[*\\n&<]+", TEXT)
                .rule("&\\S*;", (lx, m) -> lx.delegate(lx.sub("html", html), m.group()))
                .rule("<" + EDOT + "*?>", (lx, m) -> lx.delegate(lx.sub("html", html), m.group()))
                .rule("[&<]", TEXT)
                .rule("\\[", TEXT)
                .rule("\\n", TEXT));
    b.state(
        "link",
        s ->
            s.rule(
                    "(\\[)(" + EDOT + "*?)(\\])",
                    (lx, m) -> {
                      lx.groups(PUNCTUATION, STRING_SYMBOL, PUNCTUATION);
                      lx.pop();
                    })
                .rule(
                    "[(]",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.push("inline_title");
                      lx.push("inline_url");
                    })
                .rule("[ \\t]+", TEXT)
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "url",
        s ->
            s.rule("[ \\t]+", TEXT)
                .rule(
                    "(<)(" + EDOT + "*?)(>)",
                    (lx, m) -> {
                      lx.groups(NAME_TAG, STRING_OTHER, NAME_TAG);
                      lx.pop();
                    })
                .rule("\\S+", STRING_OTHER, POP));
    b.state(
        "title",
        s ->
            s.rule("\"" + EDOT + "*?\"", NAME_NAMESPACE)
                .rule("'" + EDOT + "*?'", NAME_NAMESPACE)
                .rule("[(]" + EDOT + "*?[)]", NAME_NAMESPACE)
                .rule("\\s*(?=[\"'()])", TEXT)
                .rule("", (lx, m) -> lx.pop()));
    b.state("inline_title", s -> s.rule("[)]", PUNCTUATION, POP).mixin("title"));
    b.state(
        "inline_url",
        s -> s.rule("[^<\\s)]+", STRING_OTHER, POP).rule("\\s+", TEXT).mixin("url"));
    return b;
  }

  private static void fence(
      RegexLexing lx,
      MatchResult m,
      Function<String, Optional<Lexer>> lookup,
      SourceGuesser guesser) {
    String name = m.group(3).strip();
    Lexer found;
    if (name.isEmpty() || name.equals("guess")) {
      found = guesser.guess(m.group(5) == null ? "" : m.group(5)).orElse(PLAIN_TEXT);
    } else {
      found = lookup.apply(name).orElse(BACKTICK_TEXT);
    }
    Lexing sub = found.newLexing();
    lx.vars().put("fence", sub);
    lx.token(TEXT, m.group(1));
    lx.token(PUNCTUATION, m.group(2));
    lx.token(NAME_LABEL, m.group(3));
    if (m.group(5) != null) {
      lx.delegate(sub, m.group(5));
    }
    lx.token(TEXT, m.group(6));
    if (m.group(7) != null) {
      lx.token(PUNCTUATION, m.group(7));
      return;
    }
    String fenceMark = m.group(2);
    lx.push(
        "fence:" + fenceMark,
        s ->
            s.rule(
                    "^([ \\t]*)(" + java.util.regex.Pattern.quote(fenceMark) + ")",
                    (l2, mb) -> {
                      l2.pop();
                      l2.token(TEXT, mb.group(1));
                      l2.token(PUNCTUATION, mb.group(2));
                    })
                .rule("^.*\\n", (l2, mb) -> l2.delegate((Lexing) l2.vars().get("fence"), mb.group())));
  }
}
