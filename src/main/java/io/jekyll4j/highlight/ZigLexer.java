package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Zig lexer ({@code zig}) as a rule table, state for state. */
final class ZigLexer {
  private ZigLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "@addWithOverflow @as @atomicLoad @atomicStore @bitCast @breakpoint @alignCast"
              + " @alignOf @cDefine @cImport @cInclude @bitOffsetOf @atomicRmw @bytesToSlice"
              + " @byteOffsetOf @OpaqueType @panic @ptrCast @bitReverse @Vector @sin @cUndef"
              + " @canImplicitCast @clz @cmpxchgWeak @cmpxchgStrong @compileError @compileLog @ctz"
              + " @popCount @divExact @divFloor @cos @divTrunc @embedFile @export @tagName"
              + " @TagType @errorName @call @errorReturnTrace @fence @fieldParentPtr @field"
              + " @unionInit @errorToInt @intToEnum @enumToInt @setAlignStack @frame @Frame @exp"
              + " @exp2 @log @log2 @log10 @fabs @floor @ceil @trunc @round @floatCast @intToFloat"
              + " @floatToInt @boolToInt @errSetCast @intToError @frameAddress @import"
              + " @newStackCall @asyncCall @intToPtr @intCast @frameSize @memcpy @memset @mod"
              + " @mulWithOverflow @splat @ptrToInt @rem @returnAddress @setCold @Type @shuffle"
              + " @setGlobalLinkage @setGlobalSection @shlExact @This @hasDecl @hasField"
              + " @setRuntimeSafety @setEvalBranchQuota @setFloatMode @shlWithOverflow @shrExact"
              + " @sizeOf @bitSizeOf @sqrt @byteSwap @subWithOverflow @sliceToBytes comptime_int"
              + " @truncate @typeInfo @typeName @TypeOf");
  private static final Set<String> KEYWORDS =
      Words.set(
          "align linksection threadlocal struct enum union error break return anyframe fn"
              + " c_longlong c_ulonglong c_longdouble c_void comptime_float c_short c_ushort c_int"
              + " c_uint c_long c_ulong continue asm defer errdefer const var extern packed export"
              + " pub if else switch and or orelse while for bool unreachable try catch async"
              + " suspend nosuspend await resume undefined usingnamespace test void noreturn type"
              + " anyerror usize noalias inline noinline comptime callconv volatile allowzero");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("zig", "zir");
    b.state(
        "bol",
        s ->
            s.mixin("whitespace")
                .rule("#\\s[^\\n]*", COMMENT_SPECIAL)
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "attribute",
        s ->
            s.mixin("whitespace")
                .mixin("literals")
                .rule("[(,)=:]", NAME_DECORATOR)
                .rule("\\]", NAME_DECORATOR, POP)
                .rule("(?i)[a-z_]\\w*", NAME_DECORATOR));
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("//[^\\n]*", COMMENT));
    b.state(
        "root",
        s ->
            s.rule("\\n", TEXT, "bol")
                .mixin("whitespace")
                .rule("\\b(?:(i|u)[0-9]+)\\b", KEYWORD_TYPE)
                .rule("\\b(?:f(16|32|64|128))\\b", KEYWORD_TYPE)
                .rule("\\b(?:(isize|usize))\\b", KEYWORD_TYPE)
                .mixin("literals")
                .rule("'(?i-s:[a-z_]\\w*)", NAME_VARIABLE)
                .rule("([.]?)(\\s*)(@?(?i-s:[a-z_]\\w*))(\\s*)([(]?)", (lx, m) -> {
                  String name = m.group(3);
                  Token t;
                  if (KEYWORDS.contains(name)) {
                    t = KEYWORD;
                  } else if (BUILTINS.contains(name)) {
                    t = NAME_BUILTIN;
                  } else if (!m.group(1).isEmpty() && !m.group(5).isEmpty()) {
                    t = NAME_FUNCTION;
                  } else if (!m.group(1).isEmpty()) {
                    t = NAME_PROPERTY;
                  } else {
                    t = NAME;
                  }
                  lx.groups(PUNCTUATION, TEXT, t, TEXT, PUNCTUATION);
                })
                .rule("[()\\[\\]{}|,:;]", PUNCTUATION)
                .rule("[*/!@~&+%^<>=\\?-]|\\.{1,3}", OPERATOR));
    b.state(
        "literals",
        s ->
            s.rule("\\b(?:true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("'(?:(?-si:\\\\([nrt'\"\\\\0]|x\\h{2}|u\\h{4}|U\\h{8}))|[^\\\\])'", STRING_CHAR)
                .rule("\"", STRING, "string")
                .rule("(?s)r(#*)\".*?\"\\1", STRING)
                .rule("[0-9]+((?-si:[.][0-9_]+)(?-si:e[-+]?[0-9_]+)?|(?-si:[.][0-9_]+)?(?-si:e[-+]?[0-9_]+))", NUMBER_FLOAT)
                .rule("(0b[10_]+|0x[0-9a-fA-F_]+|[0-9_]+)", NUMBER_INTEGER));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([nrt'\"\\\\0]|x\\h{2}|u\\h{4}|U\\h{8})", STRING_ESCAPE)
                .rule("(?s)[^\"\\\\]+", STRING));
    return b.build();
  }
}
