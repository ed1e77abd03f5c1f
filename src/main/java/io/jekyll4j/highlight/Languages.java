package io.jekyll4j.highlight;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The built-in languages with Rouge's names; a new language is one more rule table here: its
 * names in {@link #all} and how it is made in {@link #create}. Each is built on first use; lexers
 * that embed others get the (lazy) lexers they embed, found by name.
 *
 * <p>The names are plain data and the rule tables are made by one {@code switch}: a build that
 * highlights one language loads that language's classes only, instead of linking a method
 * reference (and loading the class) of every language when the registry is made.
 */
final class Languages {
  private Languages() {}

  /** A language made by {@link #create} on first use. */
  private static LazyLexer lazy(String tag, List<String> aliases, Function<String, Optional<Lexer>> lookup) {
    return new LazyLexer(tag, aliases, new Factory(tag, lookup));
  }

  /** {@link #create} for one tag: a class, so the registry links no lambda per language. */
  private record Factory(String tag, Function<String, Optional<Lexer>> lookup) implements Supplier<Lexer> {
    @Override
    public Lexer get() {
      return create(tag, lookup);
    }
  }

  /** The lexer registered under {@code name} (a tag made earlier in {@link #all}). */
  private static Lexer named(Function<String, Optional<Lexer>> lookup, String name) {
    return lookup.apply(name).orElseThrow();
  }

  static List<Lexer> all(Function<String, Optional<Lexer>> lookup) {
    Lexer shell = lazy("shell", List.of("bash", "zsh", "ksh", "sh"), lookup);
    Lexer javascript = lazy("javascript", List.of("js"), lookup);
    Lexer css = lazy("css", List.of(), lookup);
    Lexer html = lazy("html", List.of(), lookup);
    Lexer yaml = lazy("yaml", List.of("yml"), lookup);
    Lexer ruby = lazy("ruby", List.of("rb"), lookup);
    return List.of(
        new PlainTextLexer(Token.TEXT),
        shell,
        new ConsoleLexer(shell),
        ruby,
        lazy("erb", List.of("eruby", "rhtml"), lookup),
        lazy("python", List.of("py"), lookup),
        javascript,
        lazy("typescript", List.of("ts"), lookup),
        lazy("jsx", List.of("jsx", "react"), lookup),
        lazy("docker", List.of("dockerfile", "Dockerfile"), lookup),
        css,
        lazy("scss", List.of(), lookup),
        lazy("sass", List.of(), lookup),
        lazy("coq", List.of(), lookup),
        lazy("ocaml", List.of(), lookup),
        lazy("pascal", List.of(), lookup),
        lazy("handlebars", List.of("hbs", "mustache"), lookup),
        html,
        lazy("xml", List.of(), lookup),
        yaml,
        lazy("json", List.of(), lookup),
        lazy("toml", List.of(), lookup),
        lazy("ini", List.of(), lookup),
        lazy("properties", List.of(), lookup),
        lazy("nginx", List.of(), lookup),
        lazy("r", List.of("r", "R", "s", "S"), lookup),
        lazy("lua", List.of(), lookup),
        lazy("dart", List.of(), lookup),
        lazy("groovy", List.of(), lookup),
        lazy("gradle", List.of(), lookup),
        lazy("tex", List.of("TeX", "LaTeX", "latex"), lookup),
        lazy("protobuf", List.of("proto"), lookup),
        lazy("hcl", List.of(), lookup),
        lazy("terraform", List.of("tf"), lookup),
        lazy("elixir", List.of("elixir", "exs"), lookup),
        lazy("haskell", List.of("hs"), lookup),
        lazy("scala", List.of(), lookup),
        lazy("powershell", List.of("posh", "microsoftshell", "msshell"), lookup),
        lazy("make", List.of("makefile", "mf", "gnumake", "bsdmake"), lookup),
        lazy("diff", List.of("patch", "udiff"), lookup),
        lazy("sql", List.of(), lookup),
        lazy("markdown", List.of("md", "mkd"), lookup),
        lazy("liquid", List.of(), lookup),
        lazy("java", List.of(), lookup),
        lazy("csharp", List.of("c#", "cs"), lookup),
        lazy("kotlin", List.of(), lookup),
        lazy("swift", List.of(), lookup),
        lazy("php", List.of("php", "php3", "php4", "php5"), lookup),
        lazy("http", List.of(), lookup),
        lazy("c", List.of(), lookup),
        lazy("cpp", List.of("c++"), lookup),
        lazy("go", List.of("go", "golang"), lookup),
        lazy("rust", List.of("rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore",
            "rust,should_panic", "rs,should_panic"), lookup),
        // Rouge lexers, batch A
        lazy("erlang", List.of("erl"), lookup),
        lazy("julia", List.of("jl"), lookup),
        lazy("plist", List.of("plist"), lookup),
        lazy("nim", List.of("nimrod"), lookup),
        lazy("elm", List.of(), lookup),
        lazy("nasm", List.of(), lookup),
        lazy("ssh", List.of(), lookup),
        lazy("conf", List.of("config", "configuration"), lookup),
        lazy("systemd", List.of("unit-file"), lookup),
        lazy("tap", List.of("tap"), lookup),
        lazy("perl", List.of("pl"), lookup),
        lazy("coffeescript", List.of("coffee", "coffee-script"), lookup),
        lazy("matlab", List.of("m"), lookup),
        lazy("racket", List.of(), lookup),
        lazy("scheme", List.of(), lookup),
        lazy("llvm", List.of(), lookup),
        lazy("fsharp", List.of(), lookup),
        lazy("puppet", List.of("pp"), lookup),
        lazy("apache", List.of(), lookup),
        lazy("vb", List.of("visualbasic"), lookup),
        lazy("clojure", List.of("clj", "cljs"), lookup),
        lazy("applescript", List.of("applescript"), lookup),
        lazy("nix", List.of("nixos"), lookup),
        lazy("prolog", List.of("prolog"), lookup),
        lazy("email", List.of("eml", "e-mail"), lookup),
        lazy("viml", List.of("vim", "vimscript", "ex"), lookup),
        lazy("zig", List.of("zir"), lookup),
        lazy("awk", List.of(), lookup),
        lazy("batchfile", List.of("bat", "batch", "dosbatch", "winbatch"), lookup),
        lazy("gherkin", List.of("cucumber", "behat"), lookup),
        lazy("common_lisp", List.of("cl", "common-lisp", "elisp", "emacs-lisp", "lisp"), lookup),
        lazy("objective_c", List.of("objc", "obj-c", "obj_c", "objectivec"), lookup),
        lazy("objective_cpp", List.of("objcpp", "obj-cpp", "obj_cpp", "objectivecpp", "objc++", "obj-c++",
            "obj_c++", "objectivec++"), lookup),
        lazy("cuda", List.of(), lookup),
        lazy("cmake", List.of(), lookup),
        lazy("dot", List.of(), lookup),
        lazy("sed", List.of(), lookup),
        lazy("jinja", List.of("django"), lookup),
        lazy("twig", List.of(), lookup),
        lazy("tsx", List.of(), lookup),
        lazy("vue", List.of("vuejs"), lookup),
        lazy("actionscript", List.of("as", "as3"), lookup),
        lazy("armasm", List.of(), lookup),
        lazy("bbcbasic", List.of(), lookup),
        lazy("biml", List.of(), lookup),
        lazy("bpf", List.of(), lookup),
        lazy("brainfuck", List.of(), lookup),
        lazy("bsl", List.of(), lookup),
        lazy("cmhg", List.of(), lookup),
        lazy("csvs", List.of(), lookup),
        lazy("eiffel", List.of(), lookup),
        lazy("fluent", List.of("ftl"), lookup),
        lazy("gdscript", List.of("gd", "gdscript"), lookup),
        lazy("ghc-core", List.of(), lookup),
        lazy("hocon", List.of(), lookup),
        lazy("io", List.of(), lookup),
        lazy("jsl", List.of(), lookup),
        lazy("json-doc", List.of("jsonc"), lookup),
        lazy("jsonnet", List.of(), lookup),
        lazy("lean", List.of("lean"), lookup),
        lazy("lustre", List.of(), lookup),
        lazy("lutin", List.of(), lookup),
        lazy("haxe", List.of("hx", "haxe"), lookup),
        lazy("clean", List.of(), lookup),
        lazy("hql", List.of(), lookup),
        lazy("datastudio", List.of(), lookup),
        lazy("cfscript", List.of("cfc"), lookup),
        lazy("augeas", List.of("aug"), lookup),
        lazy("bibtex", List.of("bib"), lookup),
        lazy("brightscript", List.of("bs", "brs"), lookup),
        lazy("idlang", List.of(), lookup),
        lazy("apex", List.of(), lookup),
        lazy("cypher", List.of("cypher"), lookup),
        lazy("hylang", List.of("hy"), lookup),
        lazy("idris", List.of("idr"), lookup),
        lazy("abap", List.of(), lookup),
        lazy("janet", List.of("jdn"), lookup),
        lazy("dafny", List.of(), lookup),
        lazy("isabelle", List.of("isa", "Isabelle"), lookup),
        lazy("eex", List.of("leex", "heex"), lookup),
        lazy("epp", List.of(), lookup),
        lazy("jsp", List.of(), lookup),
        lazy("livescript", List.of("ls"), lookup),
        lazy("irb", List.of("pry"), lookup),
        lazy("irb_output", List.of(), lookup),
        lazy("literate_coffeescript", List.of("litcoffee"), lookup),
        lazy("literate_haskell", List.of("lithaskell", "lhaskell", "lhs"), lookup),
        // Rouge lexers, batch B
        lazy("ada", List.of(), lookup),
        lazy("crystal", List.of("cr"), lookup),
        lazy("cython", List.of("pyx", "pyrex"), lookup),
        lazy("d", List.of("dlang"), lookup),
        lazy("fortran", List.of(), lookup),
        lazy("glsl", List.of(), lookup),
        lazy("graphql", List.of(), lookup),
        lazy("hack", List.of("hack", "hh"), lookup),
        lazy("haml", List.of("HAML"), lookup),
        lazy("hlsl", List.of(), lookup),
        lazy("m68k", List.of(), lookup),
        lazy("magik", List.of(), lookup),
        lazy("mason", List.of(), lookup),
        lazy("mathematica", List.of("wl"), lookup),
        lazy("meson", List.of(), lookup),
        lazy("minizinc", List.of(), lookup),
        lazy("moonscript", List.of("moon"), lookup),
        lazy("mosel", List.of(), lookup),
        lazy("msgtrans", List.of(), lookup),
        lazy("mxml", List.of(), lookup),
        lazy("nesasm", List.of("nes"), lookup),
        lazy("nial", List.of(), lookup),
        lazy("ocl", List.of("OCL"), lookup),
        lazy("openedge", List.of(), lookup),
        lazy("opentype_feature_file", List.of("fea", "opentype", "opentypefeature"), lookup),
        lazy("plsql", List.of(), lookup),
        lazy("pony", List.of(), lookup),
        lazy("postscript", List.of("postscr", "postscript", "ps", "eps"), lookup),
        lazy("praat", List.of(), lookup),
        lazy("prometheus", List.of("prometheus"), lookup),
        lazy("q", List.of("kdb+"), lookup),
        lazy("qml", List.of("qml"), lookup),
        lazy("reasonml", List.of(), lookup),
        lazy("rego", List.of(), lookup),
        lazy("rescript", List.of(), lookup),
        lazy("robot_framework", List.of("robot", "robot-framework"), lookup),
        lazy("sieve", List.of(), lookup),
        lazy("slice", List.of(), lookup),
        lazy("slim", List.of(), lookup),
        lazy("smalltalk", List.of("st", "squeak"), lookup),
        lazy("smarty", List.of("smarty"), lookup),
        lazy("sml", List.of("ml"), lookup),
        lazy("solidity", List.of(), lookup),
        lazy("sparql", List.of(), lookup),
        lazy("sqf", List.of(), lookup),
        lazy("stan", List.of(), lookup),
        lazy("stata", List.of(), lookup),
        lazy("supercollider", List.of(), lookup),
        lazy("syzlang", List.of(), lookup),
        lazy("syzprog", List.of(), lookup),
        lazy("tcl", List.of(), lookup),
        lazy("ttcn3", List.of(), lookup),
        lazy("tulip", List.of("tulip"), lookup),
        lazy("turtle", List.of(), lookup),
        lazy("vala", List.of(), lookup),
        lazy("vcl", List.of("varnishconf", "varnish"), lookup),
        lazy("velocity", List.of(), lookup),
        lazy("verilog", List.of(), lookup),
        lazy("vhdl", List.of(), lookup),
        lazy("wollok", List.of(), lookup),
        lazy("xojo", List.of("realbasic"), lookup),
        lazy("xpath", List.of(), lookup),
        lazy("xquery", List.of(), lookup),
        lazy("yang", List.of(), lookup),
        // Rouge lexers, batch C
        new EscapeLexer(),
        lazy("ghc-cmm", List.of("cmm"), lookup),
        lazy("apiblueprint", List.of("apiblueprint", "apib"), lookup),
        lazy("digdag", List.of(), lookup),
        lazy("isbl", List.of(), lookup),
        lazy("ecl", List.of(), lookup),
        lazy("ceylon", List.of(), lookup),
        lazy("lasso", List.of("lassoscript"), lookup),
        lazy("freefem", List.of("ff"), lookup),
        lazy("factor", List.of(), lookup),
        lazy("igorpro", List.of(), lookup),
        lazy("j", List.of(), lookup));
  }

  /** Makes the rule table of the language {@code tag} (a tag of {@link #all}). */
  private static Lexer create(String tag, Function<String, Optional<Lexer>> lookup) {
    return switch (tag) {
      case "shell" -> ShellLexer.create();
      case "ruby" -> RubyLexer.create();
      case "erb" -> ErbLexer.create(named(lookup, "html"), named(lookup, "ruby"));
      case "python" -> PythonLexer.create();
      case "javascript" -> JavascriptLexer.javascript();
      case "typescript" -> JavascriptLexer.typescript();
      case "jsx" -> JavascriptLexer.jsx(named(lookup, "html"));
      case "docker" -> DockerLexer.create(named(lookup, "shell"));
      case "css" -> CssLexer.create();
      case "scss" -> ScssLexer.create();
      case "sass" -> SassLexer.create();
      case "coq" -> CoqLexer.create();
      case "ocaml" -> OcamlLexer.create();
      case "pascal" -> PascalLexer.create();
      case "handlebars" -> HandlebarsLexer.create(named(lookup, "html"));
      case "html" -> HtmlLexer.create(named(lookup, "javascript"), named(lookup, "css"));
      case "xml" -> XmlLexer.create();
      case "yaml" -> YamlLexer.create();
      case "json" -> JsonLexer.create();
      case "toml" -> ConfigFileLexers.toml();
      case "ini" -> ConfigFileLexers.ini();
      case "properties" -> ConfigFileLexers.properties();
      case "nginx" -> ConfigFileLexers.nginx();
      case "r" -> RLexer.create();
      case "lua" -> LuaLexer.create();
      case "dart" -> DartLexer.create();
      case "groovy" -> GroovyLexer.groovy();
      case "gradle" -> GroovyLexer.gradle();
      case "tex" -> TexLexer.create();
      case "protobuf" -> ProtobufLexer.create();
      case "hcl" -> HclLexer.hcl();
      case "terraform" -> HclLexer.terraform();
      case "elixir" -> ElixirLexer.create();
      case "haskell" -> HaskellLexer.create();
      case "scala" -> ScalaLexer.create();
      case "powershell" -> PowershellLexer.create();
      case "make" -> MakeLexer.create(named(lookup, "shell"));
      case "diff" -> DiffLexer.create();
      case "sql" -> SqlLexer.create();
      case "markdown" -> MarkdownLexer.create(named(lookup, "html"), named(lookup, "yaml"), lookup);
      case "liquid" -> LiquidLexer.create();
      case "java" -> JavaLexer.create();
      case "csharp" -> CsharpLexer.create();
      case "kotlin" -> KotlinLexer.create();
      case "swift" -> SwiftLexer.create();
      case "php" -> PhpLexer.create(named(lookup, "html"));
      case "http" -> HttpLexer.create(lookup);
      case "c" -> CLexer.c();
      case "cpp" -> CLexer.cpp();
      case "go" -> GoLexer.create();
      case "rust" -> RustLexer.create();
      case "erlang" -> ErlangLexer.create();
      case "julia" -> JuliaLexer.create();
      case "plist" -> PlistLexer.create();
      case "nim" -> NimLexer.create();
      case "elm" -> ElmLexer.create();
      case "nasm" -> NasmLexer.create();
      case "ssh" -> SshLexer.create();
      case "conf" -> ConfLexer.create();
      case "systemd" -> SystemdLexer.create();
      case "tap" -> TapLexer.create();
      case "perl" -> PerlLexer.create();
      case "coffeescript" -> CoffeescriptLexer.create();
      case "matlab" -> MatlabLexer.create(named(lookup, "shell"));
      case "racket" -> RacketLexer.create();
      case "scheme" -> SchemeLexer.create();
      case "llvm" -> LlvmLexer.create();
      case "fsharp" -> FsharpLexer.create();
      case "puppet" -> PuppetLexer.create();
      case "apache" -> ApacheLexer.create();
      case "vb" -> VbLexer.create();
      case "clojure" -> ClojureLexer.create();
      case "applescript" -> ApplescriptLexer.create();
      case "nix" -> NixLexer.create();
      case "prolog" -> PrologLexer.create();
      case "email" -> EmailLexer.create();
      case "viml" -> VimlLexer.create();
      case "zig" -> ZigLexer.create();
      case "awk" -> AwkLexer.create();
      case "batchfile" -> BatchfileLexer.create();
      case "gherkin" -> GherkinLexer.create();
      case "common_lisp" -> CommonLispLexer.create();
      case "objective_c" -> ObjectiveCLexer.objectiveC();
      case "objective_cpp" -> ObjectiveCLexer.objectiveCpp();
      case "cuda" -> CLexer.cuda();
      case "cmake" -> CmakeLexer.create();
      case "dot" -> DotLexer.create(named(lookup, "html"));
      case "sed" -> SedLexer.create();
      case "jinja" -> JinjaLexer.jinja(named(lookup, "html"));
      case "twig" -> JinjaLexer.twig(named(lookup, "html"));
      case "tsx" -> JavascriptLexer.tsx(named(lookup, "html"));
      case "vue" -> VueLexer.create(lookup);
      case "actionscript" -> ActionscriptLexer.create();
      case "armasm" -> ArmasmLexer.create();
      case "bbcbasic" -> BbcbasicLexer.create();
      case "biml" -> BimlLexer.create(named(lookup, "csharp"));
      case "bpf" -> BpfLexer.create();
      case "brainfuck" -> BrainfuckLexer.create();
      case "bsl" -> BslLexer.create();
      case "cmhg" -> CmhgLexer.create();
      case "csvs" -> CsvsLexer.create();
      case "eiffel" -> EiffelLexer.create();
      case "fluent" -> FluentLexer.create();
      case "gdscript" -> GdscriptLexer.create();
      case "ghc-core" -> GhcCoreLexer.create();
      case "hocon" -> HoconLexer.create();
      case "io" -> IoLexer.create();
      case "jsl" -> JslLexer.create();
      case "json-doc" -> JsonDocLexer.create();
      case "jsonnet" -> JsonnetLexer.create();
      case "lean" -> LeanLexer.create();
      case "lustre" -> LustreLexer.create();
      case "lutin" -> LutinLexer.create();
      case "haxe" -> HaxeLexer.create();
      case "clean" -> CleanLexer.create();
      case "hql" -> HqlLexer.create();
      case "datastudio" -> DatastudioLexer.create();
      case "cfscript" -> CfscriptLexer.create();
      case "augeas" -> AugeasLexer.create();
      case "bibtex" -> BibtexLexer.create();
      case "brightscript" -> BrightscriptLexer.create();
      case "idlang" -> IdlangLexer.create();
      case "apex" -> ApexLexer.create();
      case "cypher" -> CypherLexer.create();
      case "hylang" -> HylangLexer.create();
      case "idris" -> IdrisLexer.create();
      case "abap" -> AbapLexer.create();
      case "janet" -> JanetLexer.create();
      case "dafny" -> DafnyLexer.create();
      case "isabelle" -> IsabelleLexer.create();
      case "eex" -> EexLexer.create(named(lookup, "html"), named(lookup, "elixir"));
      case "epp" -> EppLexer.create(named(lookup, "plaintext"), named(lookup, "puppet"));
      case "jsp" -> JspLexer.create(named(lookup, "html"), named(lookup, "java"));
      case "livescript" -> LivescriptLexer.create();
      case "irb" -> IrbLexers.irb(named(lookup, "ruby"), IrbLexers.irbOutput());
      case "irb_output" -> IrbLexers.irbOutput();
      case "literate_coffeescript" ->
          LiterateLexers.coffeescript(named(lookup, "markdown"), named(lookup, "coffeescript"));
      case "literate_haskell" -> LiterateLexers.haskell(named(lookup, "haskell"));
      case "ada" -> AdaLexer.create();
      case "crystal" -> CrystalLexer.create();
      case "cython" -> CythonLexer.create();
      case "d" -> DLexer.create();
      case "fortran" -> FortranLexer.create();
      case "glsl" -> GlslLexer.create();
      case "graphql" -> GraphqlLexer.create(lookup);
      case "hack" -> HackLexer.create(lookup);
      case "haml" -> HamlLexer.create(lookup);
      case "hlsl" -> HlslLexer.create();
      case "m68k" -> M68kLexer.create();
      case "magik" -> MagikLexer.create();
      case "mason" -> MasonLexer.create(lookup);
      case "mathematica" -> MathematicaLexer.create();
      case "meson" -> MesonLexer.create();
      case "minizinc" -> MinizincLexer.create();
      case "moonscript" -> MoonscriptLexer.create();
      case "mosel" -> MoselLexer.create();
      case "msgtrans" -> MsgtransLexer.create();
      case "mxml" -> MxmlLexer.create(lookup);
      case "nesasm" -> NesasmLexer.create();
      case "nial" -> NialLexer.create();
      case "ocl" -> OclLexer.create();
      case "openedge" -> OpenedgeLexer.create();
      case "opentype_feature_file" -> OpentypeFeatureFileLexer.create();
      case "plsql" -> PlsqlLexer.create();
      case "pony" -> PonyLexer.create();
      case "postscript" -> PostscriptLexer.create();
      case "praat" -> PraatLexer.create();
      case "prometheus" -> PrometheusLexer.create();
      case "q" -> QLexer.create();
      case "qml" -> QmlLexer.create();
      case "reasonml" -> ReasonmlLexer.create();
      case "rego" -> RegoLexer.create();
      case "rescript" -> RescriptLexer.create();
      case "robot_framework" -> RobotFrameworkLexer.create();
      case "sieve" -> SieveLexer.create();
      case "slice" -> SliceLexer.create();
      case "slim" -> SlimLexer.create(lookup);
      case "smalltalk" -> SmalltalkLexer.create();
      case "smarty" -> SmartyLexer.create(lookup);
      case "sml" -> SmlLexer.create();
      case "solidity" -> SolidityLexer.create();
      case "sparql" -> SparqlLexer.create();
      case "sqf" -> SqfLexer.create();
      case "stan" -> StanLexer.create();
      case "stata" -> StataLexer.create();
      case "supercollider" -> SupercolliderLexer.create();
      case "syzlang" -> SyzlangLexer.create();
      case "syzprog" -> SyzprogLexer.create();
      case "tcl" -> TclLexer.create();
      case "ttcn3" -> Ttcn3Lexer.create();
      case "tulip" -> TulipLexer.create();
      case "turtle" -> TurtleLexer.create();
      case "vala" -> ValaLexer.create();
      case "vcl" -> VclLexer.create(lookup);
      case "velocity" -> VelocityLexer.create(lookup);
      case "verilog" -> VerilogLexer.create();
      case "vhdl" -> VhdlLexer.create();
      case "wollok" -> WollokLexer.create();
      case "xojo" -> XojoLexer.create();
      case "xpath" -> XpathLexer.create();
      case "xquery" -> XqueryLexer.create();
      case "yang" -> YangLexer.create();
      case "ghc-cmm" -> GhcCmmLexer.create();
      case "apiblueprint" -> ApiblueprintLexer.create(named(lookup, "html"), named(lookup, "yaml"), lookup);
      case "digdag" -> DigdagLexer.create();
      case "isbl" -> IsblLexer.create();
      case "ecl" -> EclLexer.create();
      case "ceylon" -> CeylonLexer.create();
      case "lasso" -> LassoLexer.create(lookup);
      case "freefem" -> FreefemLexer.create();
      case "factor" -> FactorLexer.create();
      case "igorpro" -> IgorproLexer.create();
      case "j" -> JLexer.create();
      default -> throw new IllegalArgumentException("no built-in language " + tag);
    };
  }
}
