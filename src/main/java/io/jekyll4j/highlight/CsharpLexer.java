package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's C# lexer as a rule table (interpolated and verbatim strings, preprocessor). */
final class CsharpLexer {
  private CsharpLexer() {}

  private static final String ID = "(?i:@?[_a-z]\\w*)";
  private static final String KEYWORDS =
      "abstract as base break case catch checked const continue default delegate do else enum"
          + " event explicit extern false finally fixed for foreach goto if implicit in interface"
          + " internal is lock new null operator out override params private protected public"
          + " readonly ref return sealed sizeof stackalloc static switch this throw true try"
          + " typeof unchecked unsafe virtual void volatile while add alias async await get"
          + " global partial remove set value where yield nameof ascending by descending equals"
          + " from group in into join let on orderby select";
  private static final String TYPES =
      "bool byte char decimal double dynamic float int long object sbyte short string uint"
          + " ulong ushort var";
  private static final String CPP =
      "if endif else elif define undef line error warning region endregion pragma";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("csharp", "c#", "cs");
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/[*].*?[*]/", COMMENT_MULTILINE));
    b.state(
        "nest",
        s ->
            s.rule("\\{", PUNCTUATION, "nest").rule("\\}", PUNCTUATION, POP).mixin("root"));
    b.state(
        "splice_string",
        s ->
            s.rule("\\\\.", STRING)
                .rule("\\{", PUNCTUATION, "nest")
                .rule("\"|\\n", STRING, POP)
                .rule(".", STRING));
    b.state(
        "splice_literal",
        s ->
            s.rule("\"\"", STRING)
                .rule("\\{", PUNCTUATION, "nest")
                .rule("\"", STRING, POP)
                .rule(".", STRING));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("[$]\\s*\"", STRING, "splice_string")
                .rule("[$]@\\s*\"", STRING, "splice_literal")
                .rule("(<\\[)\\s*(" + ID + ":)?", KEYWORD)
                .rule("\\]>", KEYWORD)
                .rule("[~!%^&*()+=|\\[\\]{}:;,.<>/?-]", PUNCTUATION)
                .rule("(?s)@\"(\"\"|[^\"])*\"", STRING)
                .rule("\"(\\\\.|.)*?[\"\\n]", STRING)
                .rule("'(\\\\.|.)'", STRING_CHAR)
                .rule("(?i)0x[0-9a-f]+[lu]?", NUMBER)
                .rule("(?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", NUMBER)
                .rule("\\b(?:class|struct|interface)\\b", KEYWORD, "class")
                .rule("\\b(?:namespace|using)\\b", KEYWORD, "namespace")
                .rule("^#[ \\t]*(" + Words.alternation(CPP) + ")\\b.*?\\n", COMMENT_PREPROC)
                .rule("\\b(" + Words.alternation(KEYWORDS) + ")\\b", KEYWORD)
                .rule("\\b(" + Words.alternation(TYPES) + ")\\b", KEYWORD_TYPE)
                .rule(ID + "(?=\\s*[(])", NAME_FUNCTION)
                .rule(ID, NAME));
    b.state("class", s -> s.mixin("whitespace").rule(ID, NAME_CLASS, POP));
    b.state(
        "namespace",
        s ->
            s.mixin("whitespace")
                .rule("(?=[(])", TEXT, POP)
                .rule("(" + ID + "|[.])+", NAME_NAMESPACE, POP));
    return b.build();
  }
}
