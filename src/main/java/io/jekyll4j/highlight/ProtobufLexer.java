package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Protocol Buffers lexer as a rule table. */
final class ProtobufLexer {
  private ProtobufLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("protobuf", "proto");
    b.state(
        "root",
        s ->
            s.rule("[\\s]+", TEXT)
                .rule("[,;{}\\[\\]()]", PUNCTUATION)
                .rule("/(\\\\\\n)?/($|(.|\\n)*?[^\\\\]$)", COMMENT_SINGLE)
                .rule("/(\\\\\\n)?\\*(.|\\n)*?\\*(\\\\\\n)?/", COMMENT_MULTILINE)
                .rule(
                    "\\b(ctype|default|extensions|import|max|oneof|option|optional|packed"
                        + "|repeated|required|returns|rpc|to)\\b",
                    KEYWORD)
                .rule(
                    "\\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64"
                        + "|sint32|sint64|string|uint32|uint64)\\b",
                    KEYWORD_TYPE)
                .rule("true|false", KEYWORD_CONSTANT)
                .groupsThen("(package)(\\s+)", "package", KEYWORD_NAMESPACE, TEXT)
                .groupsThen("(message|extend)(\\s+)", "message", KEYWORD_DECLARATION, TEXT)
                .groupsThen("(enum|group|service)(\\s+)", "type", KEYWORD_DECLARATION, TEXT)
                .rule("\".*?\"", STRING)
                .rule("'.*?'", STRING)
                .rule("(\\d+\\.\\d*|\\.\\d+|\\d+)[eE][+-]?\\d+[LlUu]*", NUMBER_FLOAT)
                .rule("(\\d+\\.\\d*|\\.\\d+|\\d+[fF])[fF]?", NUMBER_FLOAT)
                .rule("(\\-?(inf|nan))\\b", NUMBER_FLOAT)
                .rule("0x[0-9a-fA-F]+[LlUu]*", NUMBER_HEX)
                .rule("0[0-7]+[LlUu]*", NUMBER_OCT)
                .rule("\\d+[LlUu]*", NUMBER_INTEGER)
                .rule("[+-=]", OPERATOR)
                .groups("([a-zA-Z_][\\w.]*)([ \\t]*)(=)", NAME_ATTRIBUTE, TEXT, OPERATOR)
                .rule("[a-zA-Z_][\\w.]*", NAME));
    popAfterName(b, "package", NAME_NAMESPACE);
    popAfterName(b, "message", NAME_CLASS);
    popAfterName(b, "type", NAME);
    return b.build();
  }

  private static void popAfterName(RegexLexer.Builder b, String state, Token token) {
    b.state(
        state,
        s -> s.rule("[a-zA-Z_]\\w*", token, RegexLexer.POP).rule("", (lx, m) -> lx.pop()));
  }
}
