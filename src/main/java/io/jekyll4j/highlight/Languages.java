package io.jekyll4j.highlight;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The built-in languages with Rouge's names; a new language is one more rule table here. Each
 * is built on first use; lexers that embed others get the (lazy) lexers they embed.
 */
final class Languages {
  private Languages() {}

  private static LazyLexer lazy(String tag, List<String> aliases, Supplier<Lexer> factory) {
    return new LazyLexer(tag, aliases, factory);
  }

  static List<Lexer> all(Function<String, Optional<Lexer>> lookup) {
    Lexer shell = lazy("shell", List.of("bash", "zsh", "ksh", "sh"), ShellLexer::create);
    Lexer javascript = lazy("javascript", List.of("js"), JavascriptLexer::javascript);
    Lexer css = lazy("css", List.of(), CssLexer::create);
    Lexer html = lazy("html", List.of(), () -> HtmlLexer.create(javascript, css));
    Lexer yaml = lazy("yaml", List.of("yml"), YamlLexer::create);
    Lexer ruby = lazy("ruby", List.of("rb"), RubyLexer::create);
    return List.of(
        new PlainTextLexer(Token.TEXT),
        shell,
        new ConsoleLexer(shell),
        ruby,
        lazy("erb", List.of("eruby", "rhtml"), () -> ErbLexer.create(html, ruby)),
        lazy("python", List.of("py"), PythonLexer::create),
        javascript,
        lazy("typescript", List.of("ts"), JavascriptLexer::typescript),
        lazy("jsx", List.of("jsx", "react"), () -> JavascriptLexer.jsx(html)),
        lazy("docker", List.of("dockerfile", "Dockerfile"), () -> DockerLexer.create(shell)),
        css,
        lazy("scss", List.of(), ScssLexer::create),
        lazy("sass", List.of(), SassLexer::create),
        lazy("coq", List.of(), CoqLexer::create),
        lazy("ocaml", List.of(), OcamlLexer::create),
        lazy("pascal", List.of(), PascalLexer::create),
        lazy("handlebars", List.of("hbs", "mustache"), () -> HandlebarsLexer.create(html)),
        html,
        lazy("xml", List.of(), XmlLexer::create),
        yaml,
        lazy("json", List.of(), JsonLexer::create),
        lazy("toml", List.of(), ConfigFileLexers::toml),
        lazy("ini", List.of(), ConfigFileLexers::ini),
        lazy("properties", List.of(), ConfigFileLexers::properties),
        lazy("nginx", List.of(), ConfigFileLexers::nginx),
        lazy("r", List.of("r", "R", "s", "S"), RLexer::create),
        lazy("lua", List.of(), LuaLexer::create),
        lazy("dart", List.of(), DartLexer::create),
        lazy("groovy", List.of(), GroovyLexer::groovy),
        lazy("gradle", List.of(), GroovyLexer::gradle),
        lazy("tex", List.of("TeX", "LaTeX", "latex"), TexLexer::create),
        lazy("protobuf", List.of("proto"), ProtobufLexer::create),
        lazy("hcl", List.of(), HclLexer::hcl),
        lazy("terraform", List.of("tf"), HclLexer::terraform),
        lazy("elixir", List.of("elixir", "exs"), ElixirLexer::create),
        lazy("haskell", List.of("hs"), HaskellLexer::create),
        lazy("scala", List.of(), ScalaLexer::create),
        lazy("powershell", List.of("posh", "microsoftshell", "msshell"), PowershellLexer::create),
        lazy("make", List.of("makefile", "mf", "gnumake", "bsdmake"), () -> MakeLexer.create(shell)),
        lazy("diff", List.of("patch", "udiff"), DiffLexer::create),
        lazy("sql", List.of(), SqlLexer::create),
        lazy("markdown", List.of("md", "mkd"), () -> MarkdownLexer.create(html, yaml, lookup)),
        lazy("liquid", List.of(), LiquidLexer::create),
        lazy("java", List.of(), JavaLexer::create),
        lazy("csharp", List.of("c#", "cs"), CsharpLexer::create),
        lazy("kotlin", List.of(), KotlinLexer::create),
        lazy("swift", List.of(), SwiftLexer::create),
        lazy("php", List.of("php", "php3", "php4", "php5"), () -> PhpLexer.create(html)),
        lazy("http", List.of(), () -> HttpLexer.create(lookup)),
        lazy("c", List.of(), CLexer::c),
        lazy("cpp", List.of("c++"), CLexer::cpp),
        lazy("go", List.of("go", "golang"), GoLexer::create),
        lazy("rust",
            List.of("rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore",
                "rust,should_panic", "rs,should_panic"),
            RustLexer::create),
        // Rouge lexers, batch B
        lazy("ada", List.of(), AdaLexer::create),
        lazy("crystal", List.of("cr"), CrystalLexer::create),
        lazy("cypher", List.of("cypher"), CypherLexer::create),
        lazy("cython", List.of("pyx", "pyrex"), CythonLexer::create),
        lazy("d", List.of("dlang"), DLexer::create),
        lazy("eex", List.of("leex", "heex"), () -> EexLexer.create(lookup)),
        lazy("epp", List.of(), () -> EppLexer.create(lookup)),
        lazy("fortran", List.of(), FortranLexer::create),
        lazy("glsl", List.of(), GlslLexer::create),
        lazy("graphql", List.of(), () -> GraphqlLexer.create(lookup)),
        lazy("hack", List.of("hack", "hh"), () -> HackLexer.create(lookup)),
        lazy("haml", List.of("HAML"), () -> HamlLexer.create(lookup)),
        lazy("hlsl", List.of(), HlslLexer::create),
        lazy("jsp", List.of(), () -> JspLexer.create(lookup)),
        lazy("livescript", List.of("ls"), LivescriptLexer::create),
        lazy("m68k", List.of(), M68kLexer::create),
        lazy("magik", List.of(), MagikLexer::create),
        lazy("mason", List.of(), () -> MasonLexer.create(lookup)),
        lazy("mathematica", List.of("wl"), MathematicaLexer::create),
        lazy("meson", List.of(), MesonLexer::create),
        lazy("minizinc", List.of(), MinizincLexer::create),
        lazy("moonscript", List.of("moon"), MoonscriptLexer::create),
        lazy("mosel", List.of(), MoselLexer::create),
        lazy("msgtrans", List.of(), MsgtransLexer::create),
        lazy("mxml", List.of(), () -> MxmlLexer.create(lookup)),
        lazy("nesasm", List.of("nes"), NesasmLexer::create),
        lazy("nial", List.of(), NialLexer::create),
        lazy("ocl", List.of("OCL"), OclLexer::create),
        lazy("openedge", List.of(), OpenedgeLexer::create),
        lazy("opentype_feature_file", List.of("fea", "opentype", "opentypefeature"), OpentypeFeatureFileLexer::create),
        lazy("plsql", List.of(), PlsqlLexer::create),
        lazy("pony", List.of(), PonyLexer::create),
        lazy("postscript", List.of("postscr", "postscript", "ps", "eps"), PostscriptLexer::create),
        lazy("praat", List.of(), PraatLexer::create),
        lazy("prometheus", List.of("prometheus"), PrometheusLexer::create),
        lazy("q", List.of("kdb+"), QLexer::create),
        lazy("qml", List.of("qml"), QmlLexer::create),
        lazy("reasonml", List.of(), ReasonmlLexer::create),
        lazy("rego", List.of(), RegoLexer::create),
        lazy("rescript", List.of(), RescriptLexer::create),
        lazy("robot_framework", List.of("robot", "robot-framework"), RobotFrameworkLexer::create),
        lazy("sieve", List.of(), SieveLexer::create),
        lazy("slice", List.of(), SliceLexer::create),
        lazy("slim", List.of(), () -> SlimLexer.create(lookup)),
        lazy("smalltalk", List.of("st", "squeak"), SmalltalkLexer::create),
        lazy("smarty", List.of("smarty"), () -> SmartyLexer.create(lookup)),
        lazy("sml", List.of("ml"), SmlLexer::create),
        lazy("solidity", List.of(), SolidityLexer::create),
        lazy("sparql", List.of(), SparqlLexer::create),
        lazy("sqf", List.of(), SqfLexer::create),
        lazy("stan", List.of(), StanLexer::create),
        lazy("stata", List.of(), StataLexer::create),
        lazy("supercollider", List.of(), SupercolliderLexer::create),
        lazy("syzlang", List.of(), SyzlangLexer::create),
        lazy("syzprog", List.of(), SyzprogLexer::create),
        lazy("tcl", List.of(), TclLexer::create),
        lazy("ttcn3", List.of(), Ttcn3Lexer::create),
        lazy("tulip", List.of("tulip"), TulipLexer::create),
        lazy("turtle", List.of(), TurtleLexer::create),
        lazy("vala", List.of(), ValaLexer::create),
        lazy("vcl", List.of("varnishconf", "varnish"), () -> VclLexer.create(lookup)),
        lazy("velocity", List.of(), () -> VelocityLexer.create(lookup)),
        lazy("verilog", List.of(), VerilogLexer::create),
        lazy("vhdl", List.of(), VhdlLexer::create),
        lazy("wollok", List.of(), WollokLexer::create),
        lazy("xojo", List.of("realbasic"), XojoLexer::create),
        lazy("xpath", List.of(), XpathLexer::create),
        lazy("xquery", List.of(), XqueryLexer::create),
        lazy("yang", List.of(), YangLexer::create));
  }
}
