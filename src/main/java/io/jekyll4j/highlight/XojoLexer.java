package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Xojo lexer ({@code lexers/xojo.rb}) as a rule table. */
final class XojoLexer {
  private XojoLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("xojo", "realbasic");
    b.state(
        "root",
        s ->
            s.rule("\\s+", WHITESPACE)
                .rule("(?i)rem\\b.*?$", COMMENT_SINGLE)
                .rule("[//'].*$", COMMENT_SINGLE)
                .rule("(?is)\\#tag Note.*?\\#tag EndNote", COMMENT_PREPROC)
                .rule("\\s*[#].*$", COMMENT_PREPROC)
                .rule("\".*?\"", STRING_DOUBLE)
                .rule("[(){}!#,:]", PUNCTUATION)
                .rule("(?i)\\b(?:addhandler|aggregates|array|asc|assigns|attributes|begin|break|byref|byval|call|case|catch|class|const|continue|char|ctype|declare|delegate|dim|do|downto|each|else|elseif|end|enum|event|exception|exit|extends|false|finally|for|function|global|goto|if|implements|inherits|interface|lib|loop|mod|module|new|next|nil|object|of|optional|paramarray|private|property|protected|public|raise|raiseevent|rect|redim|removehandler|return|select|shared|soft|static|step|sub|super|then|to|true|try|until|using|uend|uhile)\\b", KEYWORD)
                .rule("(?i)\\b(?:boolean|cfstringref|cgfloat|cstring|curency|date|double|int8|int16|int32|int64|integer|ostype|pstring|ptr|short|single|single|string|structure|variant|uinteger|uint8|uint16|uint32|uint64|ushort|windowptr|wstring)\\b", KEYWORD_DECLARATION)
                .rule("(?i)\\b(?:addressof|weakaddressof|and|as|in|is|isa|mod|not|or|xor)\\b", OPERATOR)
                .rule("(?i)[+-]?(\\d+\\.\\d*|\\d*\\.\\d+)", NUMBER_FLOAT)
                .rule("[+-]?\\d+", NUMBER_INTEGER)
                .rule("(?i)&[CH][0-9a-f]+", NUMBER_HEX)
                .rule("(?i)&O[0-7]+", NUMBER_OCT)
                .rule("(?i)\\b[\\w\\.]+\\b", TEXT)
                .rule("<=|>=|<>|[=><\\+\\-\\*\\/\\\\]", OPERATOR));
    return b.build();
  }
}
