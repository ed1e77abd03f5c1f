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
        // Rouge lexers, batch A
        lazy("erlang", List.of("erl"), ErlangLexer::create),
        lazy("julia", List.of("jl"), JuliaLexer::create),
        lazy("plist", List.of("plist"), PlistLexer::create),
        lazy("nim", List.of("nimrod"), NimLexer::create),
        lazy("elm", List.of(), ElmLexer::create),
        lazy("nasm", List.of(), NasmLexer::create),
        lazy("ssh", List.of(), SshLexer::create),
        lazy("conf", List.of("config", "configuration"), ConfLexer::create),
        lazy("systemd", List.of("unit-file"), SystemdLexer::create),
        lazy("tap", List.of("tap"), TapLexer::create),
        lazy("perl", List.of("pl"), PerlLexer::create),
        lazy("coffeescript", List.of("coffee", "coffee-script"), CoffeescriptLexer::create),
        lazy("matlab", List.of("m"), () -> MatlabLexer.create(shell)),
        lazy("racket", List.of(), RacketLexer::create),
        lazy("scheme", List.of(), SchemeLexer::create),
        lazy("llvm", List.of(), LlvmLexer::create),
        lazy("fsharp", List.of(), FsharpLexer::create),
        lazy("puppet", List.of("pp"), PuppetLexer::create),
        lazy("apache", List.of(), ApacheLexer::create),
        lazy("vb", List.of("visualbasic"), VbLexer::create),
        lazy("clojure", List.of("clj", "cljs"), ClojureLexer::create),
        lazy("applescript", List.of("applescript"), ApplescriptLexer::create),
        lazy("nix", List.of("nixos"), NixLexer::create),
        lazy("prolog", List.of("prolog"), PrologLexer::create),
        lazy("email", List.of("eml", "e-mail"), EmailLexer::create),
        lazy("viml", List.of("vim", "vimscript", "ex"), VimlLexer::create),
        lazy("zig", List.of("zir"), ZigLexer::create),
        lazy("awk", List.of(), AwkLexer::create),
        lazy("batchfile", List.of("bat", "batch", "dosbatch", "winbatch"), BatchfileLexer::create),
        lazy("gherkin", List.of("cucumber", "behat"), GherkinLexer::create),
        lazy("common_lisp", List.of("cl", "common-lisp", "elisp", "emacs-lisp", "lisp"), CommonLispLexer::create),
        lazy("objective_c", List.of("objc", "obj-c", "obj_c", "objectivec"), ObjectiveCLexer::objectiveC),
        lazy("objective_cpp",
            List.of("objcpp", "obj-cpp", "obj_cpp", "objectivecpp", "objc++", "obj-c++", "obj_c++",
                "objectivec++"),
            ObjectiveCLexer::objectiveCpp),
        lazy("cuda", List.of(), CLexer::cuda),
        lazy("cmake", List.of(), CmakeLexer::create),
        lazy("dot", List.of(), () -> DotLexer.create(html)),
        lazy("sed", List.of(), SedLexer::create),
        lazy("jinja", List.of("django"), () -> JinjaLexer.jinja(html)),
        lazy("twig", List.of(), () -> JinjaLexer.twig(html)),
        lazy("tsx", List.of(), () -> JavascriptLexer.tsx(html)),
        lazy("vue", List.of("vuejs"), () -> VueLexer.create(lookup)),
        lazy("actionscript", List.of("as", "as3"), ActionscriptLexer::create),
        lazy("armasm", List.of(), ArmasmLexer::create),
        lazy("bbcbasic", List.of(), BbcbasicLexer::create),
        lazy("biml", List.of(), () -> BimlLexer.create(lookup.apply("csharp").orElseThrow())),
        lazy("bpf", List.of(), BpfLexer::create),
        lazy("brainfuck", List.of(), BrainfuckLexer::create),
        lazy("bsl", List.of(), BslLexer::create),
        lazy("cmhg", List.of(), CmhgLexer::create),
        lazy("csvs", List.of(), CsvsLexer::create),
        lazy("eiffel", List.of(), EiffelLexer::create),
        lazy("fluent", List.of("ftl"), FluentLexer::create),
        lazy("gdscript", List.of("gd", "gdscript"), GdscriptLexer::create),
        lazy("ghc-core", List.of(), GhcCoreLexer::create),
        lazy("hocon", List.of(), HoconLexer::create),
        lazy("io", List.of(), IoLexer::create),
        lazy("jsl", List.of(), JslLexer::create),
        lazy("json-doc", List.of("jsonc"), JsonDocLexer::create),
        lazy("jsonnet", List.of(), JsonnetLexer::create),
        lazy("lean", List.of("lean"), LeanLexer::create),
        lazy("lustre", List.of(), LustreLexer::create),
        lazy("lutin", List.of(), LutinLexer::create),
        IrbLexers.irb(ruby, lazy("irb_output", List.of(), IrbLexers::irbOutput)),
        lazy("irb_output", List.of(), IrbLexers::irbOutput),
        lazy("literate_coffeescript", List.of("litcoffee"),
            () -> LiterateLexers.coffeescript(
                lookup.apply("markdown").orElseThrow(), lookup.apply("coffeescript").orElseThrow())),
        lazy("literate_haskell", List.of("lithaskell", "lhaskell", "lhs"),
            () -> LiterateLexers.haskell(lookup.apply("haskell").orElseThrow())));
  }
}
