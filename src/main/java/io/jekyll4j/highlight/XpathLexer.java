package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's XPath lexer ({@code lexers/xpath.rb}) as a rule table. */
final class XpathLexer {
  private XpathLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("xpath");
    b.state(
        "commentsAndWhitespace",
        s ->
            s.rule("\\(:", COMMENT, "comment")
                .rule("(?s)\\s+", WHITESPACE));
    b.state(
        "root",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule("(\\.(?-si:[0-9]+))|(?-si:[0-9]+)(\\.[0-9]*)?[eE][+-]?(?-si:[0-9]+)", NUMBER_FLOAT)
                .rule("\\.(?-si:[0-9]+)|(?-si:[0-9]+)\\.[0-9]*", NUMBER_FLOAT)
                .rule("[0-9]+", NUMBER)
                .rule("(\"((\"\")|[^\"])*\")|('(('')|[^'])*')", STRING)
                .rule("\\$", NAME_VARIABLE, "varname")
                .rule(",|=>|=|:=|:|>=|>>|>|<=|<<|<|\\-|\\*|!=|\\+|//|/|\\|\\||\\|", OPERATOR)
                .rule("(?-si:and|or|eq|ge|gt|le|lt|ne|is|div|mod|idiv|intersect|except|union|to)\\b", OPERATOR_WORD)
                .rule("(?-si:let|for|some|every|if|then|else|return|in|satisfies)\\b", KEYWORD)
                .rule("[?,{}()\\[\\]]", PUNCTUATION)
                .rule(
              "(function)(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, PUNCTUATION);
              })
                .rule("(map|array|empty-sequence)", KEYWORD)
                .rule(
              "((?-si:element|attribute|schema\\-element|schema\\-attribute|comment|text|node|document\\-node|namespace\\-node))(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, PUNCTUATION);
                lx.push("kindtest");
              })
                .rule(
              "((?-si:processing\\-instruction))(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, PUNCTUATION);
                lx.push("kindtestforpi");
              })
                .rule(
              "((?-si:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?)))(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(NAME_FUNCTION, WHITESPACE, PUNCTUATION);
              })
                .rule(
              "((?-si:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?)))(\\s*)(#)(\\s*)(\\d+)",
              (lx, m) -> {
                lx.groups(NAME_FUNCTION, WHITESPACE, NAME_FUNCTION, WHITESPACE, NAME_FUNCTION);
              })
                .rule(
              "(cast|castable)(\\s+)(as)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, KEYWORD);
                lx.push("singletype");
              })
                .rule(
              "(treat)(\\s+)(as)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, KEYWORD);
                lx.push("itemtype");
              })
                .rule(
              "(instance)(\\s+)(of)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, KEYWORD);
                lx.push("itemtype");
              })
                .rule(
              "(as)\\b",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("itemtype");
              })
                .rule(
              "((?i-s:[a-z_][a-z_\\-.0-9]*))(\\s*)(:)(\\s*)(\\*)",
              (lx, m) -> {
                lx.groups(NAME_TAG, WHITESPACE, PUNCTUATION, WHITESPACE, OPERATOR);
              })
                .rule(
              "(\\*)(\\s*)(:)(\\s*)((?i-s:[a-z_][a-z_\\-.0-9]*))",
              (lx, m) -> {
                lx.groups(OPERATOR, WHITESPACE, PUNCTUATION, WHITESPACE, NAME_TAG);
              })
                .rule(
              "((?-si:child|descendant|attribute|self|descendant\\-or\\-self|following\\-sibling|following|namespace|parent|ancestor|preceding\\-sibling|preceding|ancestor\\-or\\-self))(\\s*)(::)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, OPERATOR);
              })
                .rule("\\.\\.|\\.|\\*", OPERATOR)
                .rule("@", NAME_ATTRIBUTE, "attrname")
                .rule("(?:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?))", NAME_TAG));
    b.state(
        "singletype",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule(
              "(?:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?))",
              (lx, m) -> {
                lx.token(KEYWORD_TYPE);
                lx.pop();
              }));
    b.state(
        "itemtype",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule(
              "((?-si:element|attribute|schema\\-element|schema\\-attribute|comment|text|node|document\\-node|namespace\\-node))(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, WHITESPACE, PUNCTUATION);
                lx.gotoState("occurrenceindicator");
                lx.push("kindtest");
              })
                .rule(
              "((?-si:processing\\-instruction))(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, WHITESPACE, PUNCTUATION);
                lx.gotoState("occurrenceindicator");
                lx.push("kindtestforpi");
              })
                .rule(
              "(item)(\\s*)((?-si:\\((?!:)))(\\s*)(\\))",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, WHITESPACE, PUNCTUATION, WHITESPACE, PUNCTUATION);
                lx.gotoState("occurrenceindicator");
              })
                .rule(
              "((?-si:function|array|map|empty\\-sequence))(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, WHITESPACE, PUNCTUATION);
              })
                .rule(
              "(cast|castable)(\\s+)(as)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, KEYWORD);
                lx.gotoState("singletype");
              })
                .rule(
              "(treat)(\\s+)(as)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, KEYWORD);
                lx.gotoState("itemtype");
              })
                .rule(
              "(instance)(\\s+)(of)",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, KEYWORD);
                lx.gotoState("itemtype");
              })
                .rule("(as)\\b", KEYWORD)
                .rule(
              ",|=>|=|:=|:|>=|>>|>|<=|<<|<|\\-|\\*|!=|\\+|//|/|\\|\\||\\|",
              (lx, m) -> {
                lx.token(OPERATOR);
                lx.pop();
              })
                .rule(
              "(?-si:and|or|eq|ge|gt|le|lt|ne|is|div|mod|idiv|intersect|except|union|to)\\b",
              (lx, m) -> {
                lx.token(OPERATOR_WORD);
                lx.pop();
              })
                .rule(
              "(?-si:let|for|some|every|if|then|else|return|in|satisfies)\\b",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.pop();
              })
                .rule(
              "[\\[),]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
              })
                .rule(
              "(?:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?))",
              (lx, m) -> {
                lx.token(KEYWORD_TYPE);
                lx.gotoState("occurrenceindicator");
              }));
    b.state(
        "kindtest",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule("[?*]", OPERATOR)
                .rule(",", PUNCTUATION)
                .rule(
              "(element|schema-element)(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, WHITESPACE, PUNCTUATION);
                lx.push("kindtest");
              })
                .rule("(?:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?))", NAME_TAG)
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "kindtestforpi",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule("(?i)[a-z_][a-z_\\-.0-9]*", NAME)
                .rule("(\"((\"\")|[^\"])*\")|('(('')|[^'])*')", STRING)
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "occurrenceindicator",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule(
              "[?*+]",
              (lx, m) -> {
                lx.token(OPERATOR);
                lx.pop();
              })
                .rule(
              "(?![?*+])",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "varname",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule(
              "((?-si:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?)))(\\s*)((?-si:\\((?!:)))",
              (lx, m) -> {
                lx.groups(NAME_VARIABLE, WHITESPACE, PUNCTUATION);
                lx.pop();
              })
                .rule("(?:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?))", NAME_VARIABLE, POP));
    b.state(
        "attrname",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule("(?:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?))", NAME_ATTRIBUTE, POP)
                .rule("\\*", OPERATOR, POP));
    b.state(
        "comment",
        s ->
            s.rule(":\\)", COMMENT, POP)
                .rule("\\(:", COMMENT, "comment")
                .rule("(?s)[^:(]+", COMMENT)
                .rule("[:(]", COMMENT));
    return b.build();
  }
}
