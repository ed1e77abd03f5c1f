package io.jekyll4j.highlight;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The list of built-in languages; a new language is one more rule table here. */
final class Languages {
  private Languages() {}

  static List<Lexer> all(Function<String, Optional<Lexer>> lookup) {
    RegexLexer shell = ShellLexer.create();
    RegexLexer javascript = JavascriptLexer.javascript();
    RegexLexer css = CssLexer.create();
    RegexLexer html = HtmlLexer.create(javascript, css);
    RegexLexer yaml = YamlLexer.create();
    RegexLexer ruby = RubyLexer.create();
    return List.of(
        shell,
        new ConsoleLexer(shell),
        new PlainTextLexer(Token.TEXT),
        ruby,
        ErbLexer.create(html, ruby),
        PythonLexer.create(),
        javascript,
        css,
        ScssLexer.create(),
        yaml,
        JsonLexer.create(),
        DiffLexer.create(),
        SqlLexer.create(),
        html,
        MarkdownLexer.create(html, yaml, lookup),
        LiquidLexer.create(),
        XmlLexer.create(),
        JavascriptLexer.typescript(),
        JavaLexer.create(),
        CLexer.c(),
        CLexer.cpp(),
        GoLexer.create(),
        RustLexer.create(),
        ConfigFileLexers.toml(),
        ConfigFileLexers.ini());
  }
}
