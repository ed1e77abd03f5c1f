package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Vala lexer ({@code lexers/vala.rb}) as a rule table. */
final class ValaLexer {
  private ValaLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("vala");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/[*].*?[*]/", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("^\\s*\\[.*?\\]", NAME_ATTRIBUTE)
                .rule("(<\\[)\\s*((?i-s:@?[_a-z]\\w*):)?", KEYWORD)
                .rule("\\]>", KEYWORD)
                .rule("[~!%^&*()+=|\\[\\]{}:;,.<>/?-]", PUNCTUATION)
                .rule("@\"(\\\\.|.)*?\"", STRING)
                .rule("\"(\\\\.|.)*?[\"\\n]", STRING)
                .rule("'(\\\\.|.)'", STRING_CHAR)
                .rule("(?i)0x[0-9a-f]+[lu]?", NUMBER)
                .rule("(?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", NUMBER)
                .rule("\\b(abstract|as|async|base|break|case|catch|const|construct|continue|default|delegate|delete|do|dynamic|else|ensures|enum|errordomain|extern|false|finally|for|foreach|get|global|if|in|inline|interface|internal|is|lock|new|null|out|override|owned|private|protected|public|ref|requires|return|set|signal|sizeof|static|switch|this|throw|throws|true|try|typeof|unowned|var|value|virtual|void|weak|while|yield)\\b", KEYWORD)
                .rule("\\b(bool|char|double|float|int|int8|int16|int32|int64|long|short|size_t|ssize_t|string|unichar|uint|uint8|uint16|uint32|uint64|ulong|ushort)\\b", KEYWORD_TYPE)
                .rule("class|struct", KEYWORD, "class")
                .rule("namespace|using", KEYWORD, "namespace")
                .rule("(?i-s:@?[_a-z]\\w*)(?=\\s*[(])", NAME_FUNCTION)
                .rule("(?i)@?[_a-z]\\w*", NAME)
                .rule("#.*", COMMENT_PREPROC));
    b.state(
        "class",
        s ->
            s.mixin("whitespace")
                .rule("(?i)@?[_a-z]\\w*", NAME_CLASS, POP));
    b.state(
        "namespace",
        s ->
            s.mixin("whitespace")
                .rule("(?=[(])", TEXT, POP)
                .rule("((?i-s:@?[_a-z]\\w*)|[.])+", NAME_NAMESPACE, POP));
    return b.build();
  }
}
