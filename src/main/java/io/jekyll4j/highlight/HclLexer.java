package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/**
 * Rouge 3.30's HCL lexer as a rule table, and Terraform: the same table with block keywords,
 * {@code ${...}} interpolation and regex literals.
 */
final class HclLexer {
  private HclLexer() {}

  private record WordSets(Set<String> keywords, Set<String> declarations) {}

  private static final Set<String> CONSTANTS = Words.set("true false null");

  static RegexLexer hcl() {
    return create(RegexLexer.builder("hcl"), new WordSets(Set.of(), Set.of()), false);
  }

  static RegexLexer terraform() {
    return create(
        RegexLexer.builder("terraform", "tf"),
        new WordSets(
            Words.set("terraform module provider variable resource data provisioner output"),
            Words.set("var local")),
        true);
  }

  private static RegexLexer create(RegexLexer.Builder b, WordSets w, boolean terraform) {
    b.state(
        "multiline_comment",
        s ->
            s.rule("[*]/", COMMENT_MULTILINE, POP)
                .rule("[^*/]+", COMMENT_MULTILINE)
                .rule("[*/]", COMMENT_MULTILINE));
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("#.*?$", COMMENT_SINGLE)
                .rule("/[*]", COMMENT_MULTILINE, "multiline_comment"));
    b.state(
        "primitives",
        s ->
            s.rule("[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?", NUMBER_FLOAT)
                .rule("[0-9]+([kKmMgG]b?)?", NUMBER_INTEGER)
                .rule("\"", STRING_DOUBLE, "dq")
                .rule("'", STRING_SINGLE, "sq")
                .rule(
                    "(<<-?)(\\s*)(\\'?)(\\\\?)(\\w+)(\\3)",
                    (lx, m) -> {
                      lx.groups(
                          OPERATOR,
                          TEXT,
                          STRING_HEREDOC,
                          STRING_HEREDOC,
                          NAME_CONSTANT,
                          STRING_HEREDOC);
                      lx.vars().put("heredoc", m.group(5));
                      lx.push("heredoc");
                    }));
    b.state(
        "root",
        s ->
            s.mixin("comments_and_whitespace")
                .mixin("primitives")
                .rule("\\{", PUNCTUATION, "hash")
                .rule("\\[", PUNCTUATION, "array")
                .rule(
                    "(?i)[$a-z_][a-z0-9_]*",
                    (lx, m) -> {
                      String word = m.group();
                      if (w.keywords().contains(word)) {
                        lx.token(KEYWORD);
                        lx.push("composite");
                      } else if (w.declarations().contains(word)) {
                        lx.token(KEYWORD_DECLARATION);
                        lx.push("composite");
                      } else if (CONSTANTS.contains(word)) {
                        lx.token(KEYWORD_CONSTANT);
                      } else {
                        lx.token(NAME_OTHER);
                        lx.push("composite");
                      }
                    }));
    b.state(
        "composite",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("[{]", (lx, m) -> replaceTop(lx, "hash"))
                .rule("[\\[]", (lx, m) -> replaceTop(lx, "array"))
                .mixin("root")
                .rule("", TEXT, POP));
    b.state(
        "hash",
        s -> {
          if (terraform) {
            s.rule("[.,()*]", PUNCTUATION);
          }
          s.mixin("comments_and_whitespace")
              .rule("\\=", PUNCTUATION)
              .rule("\\}", PUNCTUATION, POP)
              .mixin("root");
        });
    b.state(
        "array",
        s -> {
          if (terraform) {
            s.rule("[.,()*]", PUNCTUATION);
          }
          s.mixin("comments_and_whitespace")
              .rule(",", PUNCTUATION)
              .rule("\\]", PUNCTUATION, POP)
              .mixin("root");
        });
    b.state(
        "heredoc_nl",
        s ->
            s.rule(
                    "\\s*(\\w+)\\s*\\n",
                    (lx, m) -> {
                      if (m.group(1).equals(lx.vars().get("heredoc"))) {
                        lx.token(NAME_CONSTANT);
                        lx.pop(2);
                      } else {
                        lx.token(STRING_HEREDOC);
                      }
                    })
                .rule("", (lx, m) -> lx.pop()));
    if (terraform) {
      TerraformRules.add(b, w);
    } else {
      b.state(
          "dq",
          s ->
              s.rule("[^\\\\\"]+", STRING_DOUBLE)
                  .rule("\\\\\"", STRING_ESCAPE)
                  .rule("\"", STRING_DOUBLE, POP));
      b.state(
          "sq",
          s ->
              s.rule("[^\\\\']+", STRING_SINGLE)
                  .rule("\\\\'", STRING_ESCAPE)
                  .rule("'", STRING_SINGLE, POP));
      b.state(
          "heredoc",
          s ->
              s.rule("\\n", STRING_HEREDOC, "heredoc_nl")
                  .rule("[^$\\n]+", STRING_HEREDOC)
                  .rule("[$]", STRING_HEREDOC));
    }
    return b.build();
  }

  private static void replaceTop(RegexLexing lx, String state) {
    lx.token(PUNCTUATION);
    lx.gotoState(state);
  }

  /** Terraform's string, interpolation and expression states. */
  private static final class TerraformRules {
    static void add(RegexLexer.Builder b, WordSets w) {
      b.state(
          "strings",
          s ->
              s.rule("\\\\.", STRING_ESCAPE)
                  .rule(
                      "\\$\\{",
                      (lx, m) -> {
                        lx.token(KEYWORD);
                        lx.push("interpolation");
                      }));
      b.state(
          "dq",
          s ->
              s.rule("[^\\\\\"\\$]+", STRING_DOUBLE)
                  .mixin("strings")
                  .rule("\"", STRING_DOUBLE, POP));
      b.state(
          "sq",
          s ->
              s.rule("[^\\\\'\\$]+", STRING_SINGLE)
                  .mixin("strings")
                  .rule("'", STRING_SINGLE, POP));
      b.state(
          "heredoc",
          s ->
              s.rule("\\n", STRING_HEREDOC, "heredoc_nl")
                  .rule("[^$\\n]+", STRING_HEREDOC)
                  .rule("[$]", STRING_HEREDOC)
                  .mixin("strings"));
      b.state(
          "interpolation",
          s ->
              s.rule(
                      "\\}",
                      (lx, m) -> {
                        lx.token(KEYWORD);
                        lx.pop();
                      })
                  .mixin("expression"));
      b.state(
          "regexps",
          s ->
              s.rule(
                  "\"/",
                  (lx, m) -> {
                    lx.token(STRING_DELIMITER);
                    lx.gotoState("regexp_inner");
                  }));
      b.state(
          "regexp_inner",
          s ->
              s.rule("[^\"/\\\\]+", STRING_REGEX)
                  .rule("\\\\.", STRING_REGEX)
                  .rule("/\"", STRING_DELIMITER, POP)
                  .rule("[\"/]", STRING_REGEX));
      b.state(
          "expression",
          s ->
              s.mixin("regexps")
                  .mixin("primitives")
                  .rule("\\s+", TEXT)
                  .rule("\\+\\+|--|~|&&|\\|\\||\\\\(?=\\n)|<<|>>>?|==|!=", OPERATOR)
                  .rule("[-<>+*%&|\\^/!=?:]=?", OPERATOR)
                  .rule("[(\\[,]", PUNCTUATION)
                  .rule("[)\\].]", PUNCTUATION)
                  .rule(
                      "(?i)[$a-z_\\-][a-z0-9_\\-]*",
                      (lx, m) -> {
                        String word = m.group();
                        if (w.keywords().contains(word)) {
                          lx.token(KEYWORD);
                        } else if (w.declarations().contains(word)) {
                          lx.token(KEYWORD_DECLARATION);
                        } else if (CONSTANTS.contains(word)) {
                          lx.token(KEYWORD_CONSTANT);
                        } else {
                          lx.token(NAME_OTHER);
                        }
                      }));
    }
  }
}
