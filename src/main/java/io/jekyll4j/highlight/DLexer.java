package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's D lexer ({@code lexers/d.rb}) as a rule table. */
final class DLexer {
  private DLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("d", "dlang");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\n", TEXT)
                .rule("(?s)\\s+", TEXT));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("//.*", COMMENT_SINGLE)
                .rule("/(\\\\\\n)?[*](.|\\n)*?[*](\\\\\\n)?/", COMMENT_MULTILINE)
                .rule("/\\+", COMMENT_MULTILINE, "nested_comment")
                .rule("(abstract|alias|align|asm|assert|auto|body|break|case|cast|catch|class|const|continue|debug|default|delegate|delete|deprecated|do|else|enum|export|extern|finally|final|foreach_reverse|foreach|for|function|goto|if|immutable|import|interface|invariant|inout|in|is|lazy|mixin|module|new|nothrow|out|override|package|pragma|private|protected|public|pure|ref|return|scope|shared|static|struct|super|switch|synchronized|template|this|throw|try|typedef|typeid|typeof|union|unittest|version|volatile|while|with|__gshared|__traits|__vector|__parameters)\\b", KEYWORD)
                .rule("(bool|byte|cdouble|cent|cfloat|char|creal|dchar|double|float|idouble|ifloat|int|ireal|long|real|short|ubyte|ucent|uint|ulong|ushort|void|wchar)\\b", KEYWORD_TYPE)
                .rule("(false|true|null)\\b", KEYWORD_CONSTANT)
                .rule("(__FILE__|__FILE_FULL_PATH__|__MODULE__|__LINE__|__FUNCTION__|__PRETTY_FUNCTION__|__DATE__|__EOF__|__TIME__|__TIMESTAMP__|__VENDOR__|__VERSION__)\\b", KEYWORD_PSEUDO)
                .rule("macro\\b", KEYWORD_RESERVED)
                .rule("(string|wstring|dstring|size_t|ptrdiff_t)\\b", NAME_BUILTIN)
                .rule("0[xX]([0-9a-fA-F_]*\\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\\-]?[0-9_]+[fFL]?[i]?", NUMBER_FLOAT)
                .rule("[0-9_]+(\\.[0-9_]+[eE][+\\-]?[0-9_]+|\\.[0-9_]*|[eE][+\\-]?[0-9_]+)[fFL]?[i]?", NUMBER_FLOAT)
                .rule("\\.(0|[1-9][0-9_]*)([eE][+\\-]?[0-9_]+)?[fFL]?[i]?", NUMBER_FLOAT)
                .rule("0[Bb][01_]+", NUMBER_BIN)
                .rule("0[0-7_]+", NUMBER_OCT)
                .rule("0[xX][0-9a-fA-F_]+", NUMBER_HEX)
                .rule("(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?", NUMBER_INTEGER)
                .rule("'(\\\\['\"?\\\\abfnrtv]|\\\\x[0-9a-fA-F]{2}|\\\\[0-7]{1,3}|\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{8}|\\\\&\\w+;|.)'", STRING_CHAR)
                .rule("r\"[^\"]*\"[cwd]?", STRING)
                .rule("`[^`]*`[cwd]?", STRING)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"[cwd]?", STRING)
                .rule("\\\\(['\\\"?\\\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|&\\w+;)", STRING)
                .rule("x\"[0-9a-fA-F_\\s]*\"[cwd]?", STRING)
                .rule("q\"\\[", STRING, "delimited_bracket")
                .rule("q\"\\(", STRING, "delimited_parenthesis")
                .rule("q\"<", STRING, "delimited_angle")
                .rule("q\"\\{", STRING, "delimited_curly")
                .rule("q\"([a-zA-Z_]\\w*)\\n.*?\\n\\1\"", STRING)
                .rule("q\"(.).*?\\1\"", STRING)
                .rule("q\\{", STRING, "token_string")
                .rule("@([a-zA-Z_]\\w*)?", NAME_DECORATOR)
                .rule("(~=|\\^=|%=|\\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|<=|\\+\\+|\\+=|--|-=|\\|\\||\\|=|&&|&=|\\.\\.\\.|\\.\\.|/=)|[/.&|\\-+<>!()\\[\\]{}?,;:$=*%^~]", PUNCTUATION)
                .rule("[a-zA-Z_]\\w*", NAME)
                .rule("#line\\s.*\\n", COMMENT_SPECIAL));
    b.state(
        "nested_comment",
        s ->
            s.rule("[^+/]+", COMMENT_MULTILINE)
                .rule("/\\+", COMMENT_MULTILINE, PUSH)
                .rule("\\+/", COMMENT_MULTILINE, POP)
                .rule("[+/]", COMMENT_MULTILINE));
    b.state(
        "token_string",
        s ->
            s.rule("\\{", PUNCTUATION, "token_string_nest")
                .rule("\\}", STRING, POP)
                .mixin("root"));
    b.state(
        "token_string_nest",
        s ->
            s.rule("\\{", PUNCTUATION, PUSH)
                .rule("\\}", PUNCTUATION, POP)
                .mixin("root"));
    b.state(
        "delimited_bracket",
        s ->
            s.rule("[^\\[\\]]+", STRING)
                .rule("\\[", STRING, "delimited_inside_bracket")
                .rule("\\]\"", STRING, POP));
    b.state(
        "delimited_inside_bracket",
        s ->
            s.rule("[^\\[\\]]+", STRING)
                .rule("\\[", STRING, PUSH)
                .rule("\\]", STRING, POP));
    b.state(
        "delimited_parenthesis",
        s ->
            s.rule("[^()]+", STRING)
                .rule("\\(", STRING, "delimited_inside_parenthesis")
                .rule("\\)\"", STRING, POP));
    b.state(
        "delimited_inside_parenthesis",
        s ->
            s.rule("[^()]+", STRING)
                .rule("\\(", STRING, PUSH)
                .rule("\\)", STRING, POP));
    b.state(
        "delimited_angle",
        s ->
            s.rule("[^<>]+", STRING)
                .rule("<", STRING, "delimited_inside_angle")
                .rule(">\"", STRING, POP));
    b.state(
        "delimited_inside_angle",
        s ->
            s.rule("[^<>]+", STRING)
                .rule("<", STRING, PUSH)
                .rule(">", STRING, POP));
    b.state(
        "delimited_curly",
        s ->
            s.rule("[^{}]+", STRING)
                .rule("\\{", STRING, "delimited_inside_curly")
                .rule("\\}\"", STRING, POP));
    b.state(
        "delimited_inside_curly",
        s ->
            s.rule("[^{}]+", STRING)
                .rule("\\{", STRING, PUSH)
                .rule("\\}", STRING, POP));
    return b.build();
  }
}
