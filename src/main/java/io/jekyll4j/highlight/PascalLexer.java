package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Pascal lexer as a rule table. */
final class PascalLexer {
  private PascalLexer() {}

  private static final String KEYWORDS =
      "absolute abstract all and and_then array as asm assembler attribute begin bindable case class"
          + " const constructor delay destructor div do downto else end except exit export exports"
          + " external far file finalization finally for forward function goto if implementation"
          + " import in inc index inherited initialization inline interface interrupt is label"
          + " library message mod module near nil not object of on only operator or or_else"
          + " otherwise out overload override packed pascal pow private procedure program property"
          + " protected public published qualified raise read record register repeat resident"
          + " resourcestring restricted safecall segment set shl shr stdcall stored string then"
          + " threadvar to try type unit until uses value var view virtual while with write"
          + " writeln xor";
  private static final String TYPES =
      "ansichar ansistring bool boolean byte bytebool cardinal char comp currency double dword"
          + " extended int64 integer iunknown longbool longint longword pansichar pansistring pbool"
          + " pboolean pbyte pbytearray pcardinal pchar pcomp pcurrency pdate pdatetime pdouble"
          + " pdword pextended phandle pint64 pinteger plongint plongword pointer ppointer"
          + " pshortint pshortstring psingle psmallint pstring pvariant pwidechar pwidestring pword"
          + " pwordarray pwordbool real real48 shortint shortstring single smallint string tclass"
          + " tdate tdatetime textfile thandle tobject ttime variant widechar widestring word"
          + " wordbool";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("pascal");
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("(//).*$\\n?", COMMENT_SINGLE)
                .rule("(--).*$\\n?", COMMENT_SINGLE)
                .rule("(?s)\\(\\*.*?\\*\\)", COMMENT_MULTILINE)
                .rule("(?s)\\{.*?\\}", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule(
                    "((0(x|X)[0-9a-fA-F]*)|(([0-9]+\\.?[0-9]*)|(\\.[0-9]+))((e|E)(\\+|-)?[0-9]+)?)"
                        + "(L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?",
                    NUMBER)
                .rule("\\$[0-9A-Fa-f]+", NUMBER_HEX)
                .rule("[~!@#\\$%\\^&\\*\\(\\)\\+`\\-={}\\[\\]:;<>\\?,\\.\\/\\|\\\\]", PUNCTUATION)
                .rule("'([^']|'')*'", STRING)
                .rule("(?i)(true|false|nil)\\b", NAME_BUILTIN)
                .rule("(?i)\\b(" + KEYWORDS.replace(' ', '|') + ")\\b", KEYWORD)
                .rule("(?i)\\b(" + TYPES.replace(' ', '|') + ")\\b", KEYWORD_TYPE)
                .rule("(?i)@?[_a-z]\\w*", NAME));
    return b.build();
  }
}
