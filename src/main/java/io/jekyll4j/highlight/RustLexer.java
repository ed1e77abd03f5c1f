package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Map;
import java.util.Set;

/** Rouge 3.30's Rust lexer as a rule table (attributes, macros, lifetimes, nested comments). */
final class RustLexer {
  private RustLexer() {}

  private static final String KEYWORDS =
      "as async await break const continue crate dyn else enum extern false fn for if impl in"
          + " let log loop match mod move mut pub ref return self Self static struct super trait"
          + " true type unsafe use where while abstract become box do final macro override priv"
          + " typeof unsized virtual yield try union";
  private static final Set<String> BUILTINS =
      Words.set(
          "Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long"
              + " c_longlong Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong"
              + " c_ushort c_void dev_t DIR dirent Div Either Eq Err f32 f64 Failure FILE float"
              + " fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul"
              + " Neg Nil None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl"
              + " Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8 usize uint"
              + " uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop"
              + " drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default"
              + " DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator");
  private static final String ID = "[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*";
  private static final String HEX = "[0-9a-fA-F]";
  private static final String ESCAPES =
      "\\\\([nrt'\"\\\\0]|x" + HEX + "{2}|u\\{(" + HEX + "_*){1,6}\\})";
  private static final String SIZE = "(?:8|16|32|64|128|size)";
  private static final Map<String, String> CLOSERS = Map.of("[", "]", "(", ")", "{", "}");

  private static int[] delims(RegexLexing lx) {
    return (int[]) lx.vars().computeIfAbsent("delims", k -> new int[3]);
  }

  private static int index(String closer) {
    return switch (closer) {
      case "]" -> 0;
      case ")" -> 1;
      default -> 2;
    };
  }

  static RegexLexer create() {
    RegexLexer.Builder b =
        RegexLexer.builder(
            "rust",
            "rs",
            "rust,no_run",
            "rs,no_run",
            "rust,ignore",
            "rs,ignore",
            "rust,should_panic",
            "rs,should_panic");
    b.start(lx -> lx.push("bol"));
    b.state(
        "bol",
        s ->
            s.mixin("whitespace")
                .rule("#\\s[^\\n]*", COMMENT_SPECIAL)
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "attribute",
        s ->
            s.mixin("whitespace")
                .mixin("has_literals")
                .rule("[(,)=:]", NAME_DECORATOR)
                .rule("\\]", NAME_DECORATOR, POP)
                .rule(ID, NAME_DECORATOR));
    b.state("whitespace", s -> s.rule("\\s+", TEXT).mixin("comments"));
    b.state(
        "comments",
        s ->
            s.rule("////+[^\\n]*", COMMENT_SINGLE)
                .rule("//[/!][^\\n]*", COMMENT_DOC)
                .rule("//[^\\n]*", COMMENT_SINGLE)
                .rule("/\\*\\*\\*?/", COMMENT_MULTILINE)
                .rule("/\\*\\*\\*+", COMMENT_MULTILINE, "nested_plain_block")
                .rule("/[*][*!]", COMMENT_DOC, "nested_doc_block")
                .rule("/[*]", COMMENT_MULTILINE, "nested_plain_block"));
    nested(b, "nested_plain_block", COMMENT_MULTILINE);
    nested(b, "nested_doc_block", COMMENT_DOC);
    b.state(
        "root",
        s ->
            s.rule("\\n", TEXT, "bol")
                .mixin("whitespace")
                .rule("#!?\\[", NAME_DECORATOR, "attribute")
                .rule("\\b(?:" + Words.alternation(KEYWORDS) + ")\\b", KEYWORD)
                .mixin("has_literals")
                .rule("[=-]>", KEYWORD)
                .rule("<->", KEYWORD)
                .rule("[()\\[\\]{}|,:;]", PUNCTUATION)
                .rule("[*/!@~&+%^<>=\\?-]|\\.{2,3}", OPERATOR)
                .rule("(?s)([.]\\s*)?" + ID + "(?=\\s*[(])", NAME_FUNCTION)
                .rule("[.]\\s*await\\b", KEYWORD)
                .rule("[.]\\s*" + ID, NAME_PROPERTY)
                .rule("[.]\\s*\\d+", NAME_ATTRIBUTE)
                .groups("(?s)(" + ID + ")(::)", NAME_NAMESPACE, PUNCTUATION)
                .rule("\\bmacro_rules!", NAME_DECORATOR, "macro_rules")
                .rule(ID + "!", NAME_DECORATOR, "macro")
                .rule("'static\\b", KEYWORD)
                .rule("'" + ID, NAME_VARIABLE)
                .rule(
                    ID,
                    (lx, m) -> lx.token(BUILTINS.contains(m.group()) ? NAME_BUILTIN : NAME)));
    b.state(
        "macro",
        s ->
            s.mixin("has_literals")
                .rule(
                    "[\\[{(]",
                    (lx, m) -> {
                      delims(lx)[index(CLOSERS.get(m.group()))]++;
                      lx.token(PUNCTUATION);
                    })
                .rule(
                    "[\\]})]",
                    (lx, m) -> {
                      int[] d = delims(lx);
                      d[index(m.group())]--;
                      if (d[0] == 0 && d[1] == 0 && d[2] == 0) {
                        lx.pop();
                      }
                      lx.token(PUNCTUATION);
                    })
                .rule(ID + "!", NAME_DECORATOR)
                .mixin("root")
                .rule(".", TEXT));
    b.state(
        "macro_rules",
        s ->
            s.rule("[$]" + ID + "(:" + ID + ")?", NAME_VARIABLE)
                .rule("[$]", NAME_VARIABLE)
                .mixin("macro"));
    String dot = "(?:[.][0-9][0-9_]*)";
    String exp = "(?:[eE][-+]?[0-9_]+)";
    String flt = "(?:f32|f64)";
    b.state(
        "has_literals",
        s ->
            s.rule("\\b(?:true|false)\\b", KEYWORD_CONSTANT)
                .rule("b?'(?:" + ESCAPES + "|[^\\\\])'", STRING_CHAR)
                .rule("b?\"", STRING, "string")
                .rule("(?s)b?r(#*)\".*?\"\\1", STRING)
                .rule(
                    "[0-9][0-9_]*("
                        + dot
                        + exp
                        + "?"
                        + flt
                        + "?|"
                        + dot
                        + "?"
                        + exp
                        + flt
                        + "?|"
                        + dot
                        + "?"
                        + exp
                        + "?"
                        + flt
                        + "|[.](?![._\\p{L}\\p{Nl}]))",
                    NUMBER_FLOAT)
                .rule(
                    "(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u" + SIZE + "?|i" + SIZE
                        + ")?",
                    NUMBER_INTEGER));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule(ESCAPES, STRING_ESCAPE)
                .rule("(?s)[^\"\\\\]+", STRING));
    return b.build();
  }

  private static void nested(RegexLexer.Builder b, String name, Token token) {
    b.state(
        name,
        s ->
            s.rule("\\*/", token, POP)
                .rule("/\\*", token, name)
                .rule("[^*/]+|[*/]", token));
  }
}
