package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Rouge 3.30's C lexer as a rule table (preprocessor, {@code #if 0} blocks, function
 * definitions), and C++, the same table with more words and rules (templates, classes, raw
 * strings, digit separators and literal suffixes).
 */
final class CLexer {
  private CLexer() {}

  private static final String ID = "[a-zA-Z_][a-zA-Z0-9_]*";
  private static final String WS = "(?-s:(?:\\s|//.*?\\n|/[*].*?[*]/)+)";
  private static final String KEYWORDS =
      "auto break case const continue default do else enum extern for goto if register"
          + " restricted return sizeof static struct switch typedef union volatile virtual while"
          + " _Alignas _Alignof _Atomic _Generic _Imaginary _Noreturn _Static_assert"
          + " _Thread_local";
  private static final String TYPES =
      "int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t"
          + " mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t"
          + " ptrdiff_t wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t"
          + " uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t int_least32_t"
          + " int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t"
          + " int_fast8_t int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t"
          + " uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t uintmax_t char16_t"
          + " char32_t";
  private static final String RESERVED =
      "__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec"
          + " __finally __int61 __try __leave inline _inline __inline naked _naked __naked"
          + " restrict _restrict __restrict thread _thread __thread typename _typename"
          + " __typename";
  private static final String CPP_KEYWORDS =
      "asm auto catch char8_t concept consteval constexpr constinit const_cast co_await"
          + " co_return co_yield delete dynamic_cast explicit export friend mutable namespace"
          + " new operator private protected public reinterpret_cast requires restrict size_of"
          + " static_cast this throw throws typeid typename using virtual final override alignas"
          + " alignof decltype noexcept static_assert thread_local try";
  private static final String CPP_RESERVED =
      "__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance"
          + " __interface __event";

  record WordSets(
      Set<String> keywords, Set<String> types, Set<String> reserved, Set<String> builtins) {}

  static WordSets cWords() {
    return new WordSets(Words.set(KEYWORDS), Words.set(TYPES), Words.set(RESERVED), Set.of());
  }

  static WordSets cppWords() {
    return new WordSets(
        Words.union(KEYWORDS, CPP_KEYWORDS),
        Words.union(TYPES, "bool"),
        Words.union(RESERVED, CPP_RESERVED),
        Set.of());
  }

  static RegexLexer c() {
    return create(RegexLexer.builder("c"), cWords(), false, b -> {});
  }

  static RegexLexer cpp() {
    return create(RegexLexer.builder("cpp", "c++"), cppWords(), true, b -> {});
  }

  /** Rouge's CUDA lexer: C++ with CUDA's qualifiers and vector types. */
  static RegexLexer cuda() {
    WordSets cpp = cppWords();
    return create(
        RegexLexer.builder("cuda"),
        new WordSets(
            Words.union(
                cpp.keywords(),
                "__global__ __device__ __host__ __noinline__ __forceinline__ __constant__"
                    + " __shared__ __managed__ __restrict__"),
            Words.union(
                cpp.types(),
                "char1 char2 char3 char4 uchar1 uchar2 uchar3 uchar4 short1 short2 short3 short4"
                    + " ushort1 ushort2 ushort3 ushort4 int1 int2 int3 int4 uint1 uint2 uint3"
                    + " uint4 long1 long2 long3 long4 ulong1 ulong2 ulong3 ulong4 longlong1"
                    + " longlong2 longlong3 longlong4 ulonglong1 ulonglong2 ulonglong3 ulonglong4"
                    + " float1 float2 float3 float4 double1 double2 double3 double4 dim3"),
            cpp.reserved(),
            cpp.builtins()),
        true,
        b -> {});
  }

  /** The C (or C++) table; {@code extra} then adds or prepends a derived lexer's rules. */
  static RegexLexer create(
      RegexLexer.Builder b, WordSets w, boolean cpp, Consumer<RegexLexer.Builder> extra) {
    b.start(lx -> lx.push("bol"));
    b.state(
        "expr_bol",
        s ->
            s.mixin("inline_whitespace")
                .rule("#if\\s0", COMMENT, "if_0")
                .rule("#", COMMENT_PREPROC, "macro")
                .rule("", (lx, m) -> lx.pop()));
    b.state("bol", s -> s.rule(ID + ":(?!:)", NAME_LABEL).mixin("expr_bol"));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE));
    b.state(
        "whitespace",
        s ->
            s.rule("\\n+", TEXT, "bol")
                .rule("//(\\\\.|.)*?$", COMMENT_SINGLE, "bol")
                .mixin("inline_whitespace"));
    b.state("expr_whitespace", s -> s.rule("\\n+", TEXT, "expr_bol").mixin("whitespace"));
    b.state(
        "statements",
        s -> {
          if (cpp) {
            cppStatements(s);
          }
          s.mixin("whitespace")
              .rule("(u8|u|U|L)?\"", STRING, "string")
              .rule(
                  "(?i)(u8|u|U|L)?'(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-f0-9]{1,2}|[^\\\\'\\n])'",
                  STRING_CHAR)
              .rule("(?i)(\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+[lu]*", NUMBER_FLOAT)
              .rule("(?i)\\d+e[+-]?\\d+[lu]*", NUMBER_FLOAT)
              .rule("(?i)0x[0-9a-f]+[lu]*", NUMBER_HEX)
              .rule("(?i)0[0-7]+[lu]*", NUMBER_OCT)
              .rule("(?i)\\d+[lu]*", NUMBER_INTEGER)
              .rule("\\*/", ERROR)
              .rule("[~!%^&*+=\\|?:<>/-]", OPERATOR)
              .rule("[()\\[\\],.;]", PUNCTUATION)
              .rule("\\bcase\\b", KEYWORD, "case")
              .rule("(?:true|false|NULL)\\b", NAME_BUILTIN)
              .rule(ID, (lx, m) -> word(lx, w, m.group()));
        });
    b.state(
        "case",
        s -> s.rule(cpp ? ":(?!:)" : ":", PUNCTUATION, POP).mixin("statements"));
    b.state(
        "root",
        s -> {
          if (cpp) {
            s.rule("(?:__offload|__blockingoffload|__outer)\\b", KEYWORD_PSEUDO);
          }
          s.mixin("expr_whitespace")
              .rule(
                  "(?s)([\\w*\\s]+?[\\s*])(" + ID + ")(\\s*\\([^;]*?\\))(" + WS + "?)(\\{|;)",
                  (lx, m) -> {
                    lx.recurse(m.group(1));
                    lx.token(NAME_FUNCTION, m.group(2));
                    lx.recurse(m.group(3));
                    lx.recurse(m.group(4));
                    lx.token(PUNCTUATION, m.group(5));
                    if (m.group(5).equals("{")) {
                      lx.push("function");
                    }
                  })
              .rule("\\{", PUNCTUATION, "function")
              .mixin("statements");
        });
    b.state(
        "function",
        s ->
            s.mixin("whitespace")
                .mixin("statements")
                .rule(";", PUNCTUATION)
                .rule("\\{", PUNCTUATION, "function")
                .rule("\\}", PUNCTUATION, POP));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    b.state(
        "macro",
        s ->
            s.mixin("include")
                .rule("[^/\\n\\\\]+", COMMENT_PREPROC)
                .rule("(?s)\\\\.", COMMENT_PREPROC)
                .mixin("inline_whitespace")
                .rule("/", COMMENT_PREPROC)
                .rule("\\n", COMMENT_PREPROC, POP));
    b.state(
        "include",
        s ->
            s.groups(
                    "(include)(\\s*)(<[^>]+>)([^\\n]*)",
                    COMMENT_PREPROC,
                    TEXT,
                    COMMENT_PREPROC_FILE,
                    COMMENT_SINGLE)
                .groups(
                    "(include)(\\s*)(\"[^\"]+\")([^\\n]*)",
                    COMMENT_PREPROC,
                    TEXT,
                    COMMENT_PREPROC_FILE,
                    COMMENT_SINGLE));
    b.state(
        "if_0",
        s ->
            s.rule("^\\s*#if", COMMENT, "if_0")
                .rule("^\\s*#\\s*el(?:se|if)", COMMENT, POP)
                .rule("(?s)^\\s*#\\s*endif\\b.*?(?<!\\\\)\\n", COMMENT, POP)
                .rule(".*?\\n", COMMENT));
    if (cpp) {
      b.state(
          "classname",
          s ->
              s.rule(ID, NAME_CLASS, POP)
                  .mixin("whitespace")
                  .rule("[.]{3}", OPERATOR)
                  .rule(",", PUNCTUATION, POP)
                  .rule("", (lx, m) -> lx.pop()));
      b.state(
          "template",
          s ->
              s.rule("[>;]", PUNCTUATION, POP)
                  .rule("typename\\b", KEYWORD, "classname")
                  .mixin("statements"));
    }
    extra.accept(b);
    return b.build();
  }

  private static void cppStatements(RegexLexer.StateBuilder s) {
    String dq = "(?:\\d('?\\d)*)";
    s.rule("(class|struct)\\b", KEYWORD, "classname")
        .rule("template\\b", KEYWORD, "template")
        .rule(
            dq + "(\\." + dq + ")?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\\b",
            NUMBER_OTHER)
        .rule("(?i)(" + dq + "[.]" + dq + "?|[.]" + dq + ")(e[+-]?" + dq + "[lu]*)?", NUMBER_FLOAT)
        .rule("(?i)" + dq + "e[+-]?" + dq + "[lu]*", NUMBER_FLOAT)
        .rule("(?i)0x\\h('?\\h)*[lu]*", NUMBER_HEX)
        .rule("0b[01]+('[01]+)*", NUMBER_BIN)
        .rule("(?i)0[0-7]('?[0-7])*[lu]*", NUMBER_OCT)
        .rule("(?i)" + dq + "[lu]*", NUMBER_INTEGER)
        .rule("\\bnullptr\\b", NAME_BUILTIN)
        .rule(
            "(?s)(?:u8|u|U|L)?R\"([a-zA-Z0-9_{}\\[\\]#<>%:;.?*\\+\\-/\\^&|~!=,\"']{,16})\\(.*?\\)\\1\"",
            STRING)
        .rule("(::|<=>)", OPERATOR)
        .rule("[{}]", PUNCTUATION);
  }

  private static void word(RegexLexing lx, WordSets w, String name) {
    if (w.keywords().contains(name)) {
      lx.token(KEYWORD);
    } else if (w.types().contains(name)) {
      lx.token(KEYWORD_TYPE);
    } else if (w.reserved().contains(name)) {
      lx.token(KEYWORD_RESERVED);
    } else if (w.builtins().contains(name)) {
      lx.token(NAME_BUILTIN);
    } else {
      lx.token(NAME);
    }
  }
}
