package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's XQuery lexer ({@code lexers/xquery.rb}) as a rule table. */
final class XqueryLexer {
  private XqueryLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("xquery");
    b.state(
        "tags",
        s ->
            s.rule("<(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?)", NAME_TAG, "start_tag")
                .rule("<!--", COMMENT, "xml_comment")
                .rule("<\\?.*?\\?>", COMMENT_PREPROC)
                .rule("<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                .rule("&\\S*?;", NAME_ENTITY));
    b.state(
        "root",
        s ->
            s.mixin("tags")
                .rule("\\{", PUNCTUATION)
                .rule(
              "\\}`?",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                if (lx.stackSize() > 1) {
                  lx.pop();
                }
              })
                .rule(
              "(namespace)(\\s+)((?i-s:[a-z_][a-z_\\-.0-9]*))",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, NAME_NAMESPACE);
              })
                .rule("((?-si:(?-si:let|for|some|every|if|then|else|return|in|satisfies)|(?-si:xquery|encoding|version|declare|module|namespace|copy\\-namespaces|boundary\\-space|construction|default|collation|base\\-uri|preserve|strip|ordering|ordered|unordered|order|empty|greatest|least|preserve|no\\-preserve|inherit|no\\-inherit|decimal\\-format|decimal\\-separator|grouping\\-separator|infinity|minus\\-sign|NaN|percent|per\\-mille|zero\\-digit|digit|pattern\\-separator|exponent\\-separator|import|schema|at|element|option|function|external|context|item|typeswitch|switch|case|try|catch|validate|lax|strict|type|document|element|attribute|text|comment|processing\\-instruction|for|let|where|order|group|by|return|allowing|tumbling|stable|sliding|window|start|end|only|when|previous|next|count|collation|ascending|descending)))\\b", KEYWORD)
                .rule(";", PUNCTUATION)
                .rule("%", KEYWORD_DECLARATION, "annotation")
                .rule(
              "(\\(#)(\\s*)((?-si:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?)))",
              (lx, m) -> {
                lx.groups(COMMENT_PREPROC, WHITESPACE, NAME_TAG);
                lx.push("pragma");
              })
                .rule("``\\[", STRING, "str_constructor")
                .mixin("commentsAndWhitespace")
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
        "annotation",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule("(?:(?-si:Q\\{[^{}]*\\}(?i-s:[a-z_][a-z_\\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?))", KEYWORD_DECLARATION, POP));
    b.state(
        "pragma",
        s ->
            s.mixin("commentsAndWhitespace")
                .rule("#\\)", COMMENT_PREPROC, POP)
                .rule(".", COMMENT_PREPROC));
    b.state(
        "str_constructor",
        s ->
            s.rule("`\\{", PUNCTUATION, "root")
                .rule("\\]``", STRING, POP)
                .rule("(?s)[^`\\]]+", STRING)
                .rule("[`\\]]", STRING));
    b.state(
        "xml_comment",
        s ->
            s.rule("(?s)[^-]+", COMMENT)
                .rule("-->", COMMENT, POP)
                .rule("-", COMMENT));
    b.state(
        "start_tag",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule(
              "(?s)([\\w.:-]+\\s*=)(\")",
              (lx, m) -> {
                lx.groups(NAME_ATTRIBUTE, STRING);
                lx.push("quot_attr");
              })
                .rule(
              "(?s)([\\w.:-]+\\s*=)(')",
              (lx, m) -> {
                lx.groups(NAME_ATTRIBUTE, STRING);
                lx.push("apos_attr");
              })
                .rule(">", NAME_TAG, "tag_content")
                .rule("/>", NAME_TAG, POP));
    b.state(
        "quot_attr",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\{\\{", STRING)
                .rule("\\{", PUNCTUATION, "root")
                .rule("(?s)[^\"{>]+", STRING));
    b.state(
        "apos_attr",
        s ->
            s.rule("'", STRING, POP)
                .rule("\\{\\{", STRING)
                .rule("\\{", PUNCTUATION, "root")
                .rule("(?s)[^'{>]+", STRING));
    b.state(
        "tag_content",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .mixin("tags")
                .rule("(\\{\\{|\\}\\})", TEXT)
                .rule("\\{", PUNCTUATION, "root")
                .rule("[^{}<&]", TEXT)
                .rule(
              "</(?-si:(?:(?i-s:[a-z_][a-z_\\-.0-9]*))(?::(?i-s:[a-z_][a-z_\\-.0-9]*))?)(\\s*)>",
              (lx, m) -> {
                lx.token(NAME_TAG);
                lx.pop(2);
              }));
    b.state(
        "commentsAndWhitespace",
        s ->
            s.rule("\\(:", COMMENT, "comment")
                .rule("(?s)\\s+", WHITESPACE));
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
