package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Sieve lexer ({@code lexers/sieve.rb}) as a rule table. */
final class SieveLexer {
  private SieveLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "else elsif if require stop");

  private static final Set<String> WORDS1 =
      Words.set(
          "address allof anyof body currentdate date exists false"
              + " " + "hasflag header mailboxexists metadata metadataexists not notify_method_capability servermetadata"
              + " " + "servermetadataexists size spamtest true valid_notify_method virustest");

  private static final Set<String> WORDS2 =
      Words.set(
          "addflag addheader deleteheader discard enclose ereject extracttext fileinto"
              + " " + "keep notify redirect reject removeflag replace setflag vacation");

  private static final Pattern RE0 = RubyPattern.compile("^:");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("sieve");
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*", COMMENT_SINGLE)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE));
    b.state(
        "string",
        s ->
            s.rule("\\\\.", STRING_ESCAPE)
                .rule("\"", STRING_DOUBLE, POP)
                .rule("\\${(?:[0-9][.0-9]*|[a-zA-Z_][.a-zA-Z0-9_]*)}", STRING_INTERPOL)
                .rule(".", STRING_DOUBLE));
    b.state(
        "root",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("[\\[\\](),;{}]", PUNCTUATION)
                .rule(
              ":?[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(NAME_VARIABLE);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(NAME_FUNCTION);
                    } else {
                      if (RE0.matcher(lx.group(0)).find()) {
                        lx.token(OPERATOR);
                      } else {
                        lx.token(NAME_OTHER);
                      }
                    }
                  }
                }
              })
                .rule("\"", STRING_DOUBLE, "string")
                .rule("[0-9]+[KMG]", NUMBER_INTEGER));
    return b.build();
  }
}
