package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Q lexer ({@code lexers/q.rb}) as a rule table. */
final class QLexer {
  private QLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "by delete do exec from if select update"
              + " " + "while");

  private static final Set<String> WORDS1 =
      Words.set(
          "and asof bin binr cor cov cross cut"
              + " " + "div each ej except fby ij in insert"
              + " " + "inter like lj ljf mavg mcount mdev mmax"
              + " " + "mmin mmu mod msum or over peach pj"
              + " " + "prior scan scov setenv ss sublist sv uj"
              + " " + "union upsert vs wavg where within wsum xasc"
              + " " + "xbar xcol xcols xdesc xexp xgroup xkey xlog"
              + " " + "xprev xrank");

  private static final Set<String> WORDS2 =
      Words.set(
          "count desc dev differ distinct dsave enlist eval"
              + " " + "exit exp fills first fkeys flip floor get"
              + " " + "getenv group gtime hclose hcount hdel hopen hsym"
              + " " + "iasc idesc inv key keys last load log"
              + " " + "lsq ltime ltrim max maxs md5 med meta"
              + " " + "min mins neg next parse plist prd prds"
              + " " + "prev rand rank ratios raze read0 read1 reciprocal"
              + " " + "reverse rload rotate rsave rtrim save sdev set"
              + " " + "show signum sin sqrt ssr string sum sums"
              + " " + "svar system tables tan til trim txf type"
              + " " + "ungroup value var view views wj wj1 ww");

  private static final Pattern RE0 = RubyPattern.compile("^\\.[zQqho]\\.");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("q", "kdb+");
    b.state(
        "root",
        s ->
            s.rule("#!(.*?)$", COMMENT_PREPROC, "top")
                .rule("", TEXT, "top"));
    b.state(
        "top",
        s ->
            s.rule("^[ \\t\\r]+.*$", COMMENT_SPECIAL)
                .rule("\\n+", TEXT)
                .rule("", TEXT, "base"));
    b.state(
        "base",
        s ->
            s.rule("(?s)\\n+", TEXT)
                .rule("^.\\)", KEYWORD_DECLARATION)
                .rule(
              "(?i-s:\\.?[a-z][a-z0-9_.]*)",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(OPERATOR_WORD);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(NAME_BUILTIN);
                    } else {
                      if (RE0.matcher(lx.group(0)).find()) {
                        lx.token(NAME_CONSTANT);
                      } else {
                        lx.token(NAME);
                      }
                    }
                  }
                }
              })
                .rule("\\s+/.*", COMMENT_SINGLE)
                .rule("[ \\t\\r]+", WHITESPACE)
                .rule("(?s)^/$.*?^\\\\$", COMMENT_MULTILINE)
                .rule("^\\/[^\\n]*$(\\n[^\\S\\n]+.*$)*", COMMENT_MULTILINE)
                .rule("^\\\\$", COMMENT, "bottom")
                .rule("^\\\\\\\\\\s+", KEYWORD, "bottom")
                .rule("\"", STRING, "string")
                .rule("(?:\\d+D|\\d{4}\\.[01]\\d\\.[0123]\\d[DT])(?:[012]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?|([012]\\d)?)[zpn]?\\b", LITERAL_DATE)
                .rule("[012]\\d:[0-5]\\d(?::[0-5]\\d(\\.\\d+)?)?[uvtpn]?\\b", LITERAL_DATE)
                .rule("\\d{4}\\.[01]\\d\\.[0-3]\\d[dpnzm]?\\b", LITERAL_DATE)
                .rule("0[nNwW][hijefcpmdznuvt]?", KEYWORD_CONSTANT)
                .rule("'|\\/:|\\\\:|':|\\\\|\\/|0:|1:|2:", OPERATOR)
                .rule("(\\d+[.]\\d*|[.]\\d+)(e[+-]?\\d+)?[ef]?", NUMBER_FLOAT)
                .rule("\\d+e[+-]?\\d+[ef]?", NUMBER_FLOAT)
                .rule("\\d+[ef]", NUMBER_FLOAT)
                .rule("(?i)0x[0-9a-f]+", NUMBER_HEX)
                .rule("[01]+b", NUMBER_BIN)
                .rule("[0-9]+[hij]?", NUMBER_INTEGER)
                .rule("(?i)(`:[:a-z0-9._\\/]*|`(?:[a-z0-9.][:a-z0-9._]*)?)", STRING_SYMBOL)
                .rule("(?:<=|>=|<>|::)|[?:$%&|@._#*^\\-+~,!><=]:?", OPERATOR)
                .rule("[{}\\[\\]();]", PUNCTUATION)
                .rule("\\\\.*\\n", TEXT));
    b.state(
        "string",
        s ->
            s.rule("\\\\\"", STRING)
                .rule("\"", STRING, POP)
                .rule("\\\\([\\\\nr]|[01][0-7]{2})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\", STRING));
    b.state(
        "bottom",
        s ->
            s.rule("(?s).+\\z", COMMENT_MULTILINE));
    return b.build();
  }
}
