package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's MiniZinc lexer ({@code lexers/minizinc.rb}) as a rule table. */
final class MinizincLexer {
  private MinizincLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "ann annotation any constraint else endif for forall"
              + " " + "function if include list maximize minimize of op"
              + " " + "output par predicate record satisfy solve test then"
              + " " + "type var where");

  private static final Set<String> WORDS1 =
      Words.set(
          "array bool enum float int set string tuple");

  private static final Set<String> WORDS2 =
      Words.set(
          "abort abs acosh array1d array2d array3d array4d array5d"
              + " " + "array6d array_intersect array_union asin assert atan bool2int card"
              + " " + "ceil concat cos cosh dom dom_array dom_size exp"
              + " " + "fix floor index_set index_set_1of2 index_set_1of3 index_set_2of2 index_set_2of3 index_set_3of3"
              + " " + "int2float is_fixed join lb lb_array length ln log"
              + " " + "log10 log2 max min pow product round set2array"
              + " " + "show show_float show_int sin sinh sqrt sum tan"
              + " " + "tanh trace ub ub_array");

  private static final Set<String> WORDS3 =
      Words.set(
          "diff in intersect subset superset symdiff union");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("minizinc");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("(?s)\\\\\\n", WHITESPACE)
                .rule("%.*", COMMENT_SINGLE)
                .rule("(?s)/(\\\\\\n)?[*](.|\\n)*?[*](\\\\\\n)?/", COMMENT_MULTILINE)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("not|<->|->|<-|\\\\/|xor|/\\\\", OPERATOR)
                .rule("<|>|<=|>=|==|=|!=", OPERATOR)
                .rule("\\+|-|\\*|/|div|mod", OPERATOR)
                .rule("\\\\|\\.\\.|\\+\\+", OPERATOR)
                .rule("[|()\\[\\]{},:;]", PUNCTUATION)
                .rule("(true|false)\\b", KEYWORD_CONSTANT)
                .rule("([+-]?)\\d+(\\.(?!\\.)\\d*)?([eE][-+]?\\d+)?", NUMBER)
                .rule(
              "[$a-zA-Z_]\\w*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(NAME_BUILTIN);
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(OPERATOR);
                      } else {
                        lx.token(NAME_OTHER);
                      }
                    }
                  }
                }
              })
                .rule("::\\s*([^\\W\\d]\\w*)(\\s*\\([^\\)]*\\))?", NAME_DECORATOR)
                .rule(
              "\\b([^\\W\\d]\\w*)\\b(\\()",
              (lx, m) -> {
                lx.groups(NAME_FUNCTION, PUNCTUATION);
              })
                .rule("[^\\W\\d]\\w*", NAME_OTHER));
    return b.build();
  }
}
