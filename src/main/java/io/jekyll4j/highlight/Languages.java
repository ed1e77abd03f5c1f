package io.jekyll4j.highlight;

import java.util.List;

/** The list of built-in languages; a new language is one more rule table here. */
final class Languages {
  private Languages() {}

  static List<Lexer> all() {
    RegexLexer shell = ShellLexer.create();
    RegexLexer javascript = JavascriptLexer.javascript();
    RegexLexer css = CssLexer.create();
    return List.of(
        shell,
        new ConsoleLexer(shell),
        new PlainTextLexer(Token.TEXT),
        RubyLexer.create(),
        PythonLexer.create(),
        javascript,
        css,
        ScssLexer.create(),
        YamlLexer.create(),
        JsonLexer.create(),
        DiffLexer.create(),
        SqlLexer.create(),
        HtmlLexer.create(javascript, css),
        XmlLexer.create(),
        JavascriptLexer.typescript(),
        JavaLexer.create(),
        CLexer.c(),
        CLexer.cpp(),
        GoLexer.create(),
        RustLexer.create());
  }
}
