package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's MoonScript lexer ({@code lexers/moonscript.rb}) as a rule table. */
final class MoonscriptLexer {
  private MoonscriptLexer() {}

  private static final java.util.Set<String> BUILTINS =
      Words.set("_g _version assert collectgarbage coroutine.create coroutine.isyieldable coroutine.resume coroutine.running"
          + " " + "coroutine.status coroutine.wrap coroutine.yield debug.debug debug.gethook debug.getinfo debug.getlocal debug.getmetatable"
          + " " + "debug.getregistry debug.getupvalue debug.getuservalue debug.sethook debug.setlocal debug.setmetatable debug.setupvalue debug.setuservalue"
          + " " + "debug.traceback debug.upvalueid debug.upvaluejoin dofile error file:close file:flush file:lines"
          + " " + "file:read file:seek file:setvbuf file:write getmetatable io.close io.flush io.input"
          + " " + "io.lines io.open io.output io.popen io.read io.stderr io.stdin io.stdout"
          + " " + "io.tmpfile io.type io.write ipairs load loadfile lua_cpath lua_cpath_5_3"
          + " " + "lua_errerr lua_errfile lua_errgcmm lua_errmem lua_errrun lua_errsyntax lua_hookcall lua_hookcount"
          + " " + "lua_hookline lua_hookret lua_hooktailcall lua_init lua_init_5_3 lua_maskcall lua_maskcount lua_maskline"
          + " " + "lua_maskret lua_maxinteger lua_mininteger lua_minstack lua_multret lua_noref lua_ok lua_opadd"
          + " " + "lua_opband lua_opbnot lua_opbor lua_opbxor lua_opdiv lua_opeq lua_opidiv lua_ople"
          + " " + "lua_oplt lua_opmod lua_opmul lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm"
          + " " + "lua_path lua_path_5_3 lua_refnil lua_registryindex lua_ridx_globals lua_ridx_mainthread lua_tboolean lua_tfunction"
          + " " + "lua_tlightuserdata lua_tnil lua_tnone lua_tnumber lua_tstring lua_ttable lua_tthread lua_tuserdata"
          + " " + "lua_use_apicheck lua_yield lual_buffersize luaopen_base luaopen_coroutine luaopen_debug luaopen_io luaopen_math"
          + " " + "luaopen_os luaopen_package luaopen_string luaopen_table luaopen_utf8 math.abs math.acos math.asin"
          + " " + "math.atan math.ceil math.cos math.deg math.exp math.floor math.fmod math.huge"
          + " " + "math.log math.max math.maxinteger math.min math.mininteger math.modf math.pi math.rad"
          + " " + "math.random math.randomseed math.sin math.sqrt math.tan math.tointeger math.type math.ult"
          + " " + "next os.clock os.date os.difftime os.execute os.exit os.getenv os.remove"
          + " " + "os.rename os.setlocale os.time os.tmpname package.config package.cpath package.loaded package.loadlib"
          + " " + "package.path package.preload package.searchers package.searchpath pairs pcall print rawequal"
          + " " + "rawget rawlen rawset require select setmetatable string.byte string.char"
          + " " + "string.dump string.find string.format string.gmatch string.gsub string.len string.lower string.match"
          + " " + "string.pack string.packsize string.rep string.reverse string.sub string.unpack string.upper table.concat"
          + " " + "table.insert table.move table.pack table.remove table.sort table.unpack tonumber tostring"
          + " " + "type utf8.char utf8.charpattern utf8.codepoint utf8.codes utf8.len utf8.offset xpcall");

  private static final Set<String> WORDS0 =
      Words.set(
          "_g _version assert collectgarbage coroutine.create coroutine.isyieldable coroutine.resume coroutine.running"
              + " " + "coroutine.status coroutine.wrap coroutine.yield debug.debug debug.gethook debug.getinfo debug.getlocal debug.getmetatable"
              + " " + "debug.getregistry debug.getupvalue debug.getuservalue debug.sethook debug.setlocal debug.setmetatable debug.setupvalue debug.setuservalue"
              + " " + "debug.traceback debug.upvalueid debug.upvaluejoin dofile error file:close file:flush file:lines"
              + " " + "file:read file:seek file:setvbuf file:write getmetatable io.close io.flush io.input"
              + " " + "io.lines io.open io.output io.popen io.read io.stderr io.stdin io.stdout"
              + " " + "io.tmpfile io.type io.write ipairs load loadfile lua_cpath lua_cpath_5_3"
              + " " + "lua_errerr lua_errfile lua_errgcmm lua_errmem lua_errrun lua_errsyntax lua_hookcall lua_hookcount"
              + " " + "lua_hookline lua_hookret lua_hooktailcall lua_init lua_init_5_3 lua_maskcall lua_maskcount lua_maskline"
              + " " + "lua_maskret lua_maxinteger lua_mininteger lua_minstack lua_multret lua_noref lua_ok lua_opadd"
              + " " + "lua_opband lua_opbnot lua_opbor lua_opbxor lua_opdiv lua_opeq lua_opidiv lua_ople"
              + " " + "lua_oplt lua_opmod lua_opmul lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm"
              + " " + "lua_path lua_path_5_3 lua_refnil lua_registryindex lua_ridx_globals lua_ridx_mainthread lua_tboolean lua_tfunction"
              + " " + "lua_tlightuserdata lua_tnil lua_tnone lua_tnumber lua_tstring lua_ttable lua_tthread lua_tuserdata"
              + " " + "lua_use_apicheck lua_yield lual_buffersize luaopen_base luaopen_coroutine luaopen_debug luaopen_io luaopen_math"
              + " " + "luaopen_os luaopen_package luaopen_string luaopen_table luaopen_utf8 math.abs math.acos math.asin"
              + " " + "math.atan math.ceil math.cos math.deg math.exp math.floor math.fmod math.huge"
              + " " + "math.log math.max math.maxinteger math.min math.mininteger math.modf math.pi math.rad"
              + " " + "math.random math.randomseed math.sin math.sqrt math.tan math.tointeger math.type math.ult"
              + " " + "next os.clock os.date os.difftime os.execute os.exit os.getenv os.remove"
              + " " + "os.rename os.setlocale os.time os.tmpname package.config package.cpath package.loaded package.loadlib"
              + " " + "package.path package.preload package.searchers package.searchpath pairs pcall print rawequal"
              + " " + "rawget rawlen rawset require select setmetatable string.byte string.char"
              + " " + "string.dump string.find string.format string.gmatch string.gsub string.len string.lower string.match"
              + " " + "string.pack string.packsize string.rep string.reverse string.sub string.unpack string.upper table.concat"
              + " " + "table.insert table.move table.pack table.remove table.sort table.unpack tonumber tostring"
              + " " + "type utf8.char utf8.charpattern utf8.codepoint utf8.codes utf8.len utf8.offset xpcall");

  private static final Pattern RE0 = RubyPattern.compile("\\.");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("moonscript", "moon");
    b.state(
        "root",
        s ->
            s.rule("#!(.*?)$", COMMENT_PREPROC)
                .rule("", TEXT, "main"));
    b.state(
        "base",
        s ->
            s.rule("(?i)(\\d*\\.\\d+|\\d+\\.\\d*)(e[+-]?\\d+)?'", NUMBER_FLOAT)
                .rule("(?i)\\d+e[+-]?\\d+", NUMBER_FLOAT)
                .rule("(?i)0x[0-9a-f]*", NUMBER_HEX)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("@(?:\\w\\w*)*", NAME_VARIABLE_INSTANCE)
                .rule("[A-Z]\\w*", NAME_CLASS)
                .rule("\"?[^\"]+\":", STRING_SYMBOL)
                .rule("(?:\\w\\w*):", STRING_SYMBOL)
                .rule(":(?:\\w\\w*)", STRING_SYMBOL)
                .rule("\\s+", WHITESPACE)
                .rule("(==|~=|!=|<=|>=|\\.\\.\\.|\\.\\.|->|=>|[=+\\-*/%^<>#!\\\\])", OPERATOR)
                .rule("[\\[\\]\\{\\}\\(\\)\\.,:;]", PUNCTUATION)
                .rule("(and|or|not)\\b", OPERATOR_WORD)
                .rule("(break|class|continue|do|else|elseif|end|extends|for|if|import|in|repeat|return|switch|super|then|unless|until|using|when|with|while)\\b", KEYWORD)
                .rule("(local|export)\\b", KEYWORD_DECLARATION)
                .rule("(true|false|nil)\\b", KEYWORD_CONSTANT)
                .rule(
              "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?",
              (lx, m) -> {
                String name = lx.group(0);
                int dot = name.indexOf('.');
                if (BUILTINS.contains(name)) {
                  lx.token(NAME_BUILTIN);
                } else if (dot >= 0) {
                  lx.token(NAME, name.substring(0, dot));
                  lx.token(PUNCTUATION, ".");
                  lx.token(NAME, name.substring(dot + 1));
                } else {
                  lx.token(NAME);
                }
              }));
    b.state(
        "main",
        s ->
            s.rule("--.*$", COMMENT_SINGLE)
                .rule("(?s)\\[(=*)\\[.*?\\]\\1\\]", STRING_HEREDOC)
                .mixin("base")
                .rule("'", STRING_SINGLE, "sqs")
                .rule("\"", STRING_DOUBLE, "dqs"));
    b.state(
        "sqs",
        s ->
            s.rule("'", STRING_SINGLE, POP)
                .rule("[^']+", STRING_SINGLE));
    b.state(
        "interpolation",
        s ->
            s.rule("\\}", STRING_INTERPOL, POP)
                .mixin("base"));
    b.state(
        "dqs",
        s ->
            s.rule("#\\{", STRING_INTERPOL, "interpolation")
                .rule("\"", STRING_DOUBLE, POP)
                .rule("#[^{]", STRING_DOUBLE)
                .rule("[^\"#]+", STRING_DOUBLE));
    return b.build();
  }
}
