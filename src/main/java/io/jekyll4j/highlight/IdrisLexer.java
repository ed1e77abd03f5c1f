package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Idris lexer ({@code idris}) as a rule table, state for state. */
final class IdrisLexer {
  private IdrisLexer() {}

  private static final Set<String> ASCII =
      Words.set(
          "NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB"
              + " CAN EM SUB ESC [FGRU]S SP DEL");
  private static final Set<String> PRELUDE_FUNCTIONS =
      Words.set(
          "abs acos all and any asin atan atan2 break ceiling compare concat concatMap const"
              + " cos cosh curry cycle div drop dropWhile elem encodeFloat enumFrom enumFromThen"
              + " enumFromThenTo enumFromTo exp fail filter flip floor foldl foldl1 foldr foldr1"
              + " fromInteger fst gcd getChar getLine head id init iterate last lcm length lines"
              + " log lookup map max maxBound maximum maybe min minBound minimum mod negate not"
              + " null or pi pred print product putChar putStr putStrLn readFile recip repeat"
              + " replicate return reverse scanl scanl1 sequence sequence_ show sin sinh snd span"
              + " splitAt sqrt succ sum tail take takeWhile tan tanh uncurry unlines unwords unzip"
              + " unzip3 words writeFile zip zip3 zipWith zipWith3");
  private static final Set<String> RESERVED_KEYWORDS =
      Words.set(
          "_ data class instance namespace infix[lr]? let where of with type do if then else"
              + " case in");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("idris", "idr");
    b.state(
        "basic",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("{-#", COMMENT_PREPROC, "comment_preproc")
                .rule("{-", COMMENT_MULTILINE, "comment")
                .rule("^\\|\\|\\|.*$", COMMENT_DOC)
                .rule("--(?![!#\\$\\%&*+./<=>?@\\^\\|_~]).*?$", COMMENT_SINGLE));
    b.state(
        "comment",
        s ->
            s.rule("-}", COMMENT_MULTILINE, POP)
                .rule("{-", COMMENT_MULTILINE, "comment")
                .rule("[^-{}]+", COMMENT_MULTILINE)
                .rule("[-{}]", COMMENT_MULTILINE));
    b.state(
        "comment_preproc",
        s ->
            s.rule("-}", COMMENT_PREPROC, POP)
                .rule("{-", COMMENT_PREPROC, "comment")
                .rule("[^-{}]+", COMMENT_PREPROC)
                .rule("[-{}]", COMMENT_PREPROC));
    b.state(
        "directive",
        s ->
            s.rule("\\%(default)\\s+(total|partial)", KEYWORD)
                .rule("\\%(access)\\s+(public|abstract|private|export)", KEYWORD)
                .rule("\\%(language)\\s+(.*)", KEYWORD)
                .rule("\\%(provide)\\s+.*\\s+(with)\\s+", KEYWORD));
    b.state(
        "prelude",
        s ->
            s.rule("\\b(Type|Exists|World|IO|IntTy|FTy|File|Mode|Dec|Bool|Ordering|Either|IsJust|List|Maybe|Nat|Stream|StrM|Not|Lazy|Inf)\\s", KEYWORD_TYPE)
                .rule("\\b(Eq|Ord|Num|MinBound|MaxBound|Integral|Applicative|Alternative|Cast|Foldable|Functor|Monad|Traversable|Uninhabited|Semigroup|Monoid)\\s", NAME_CLASS)
                .rule("\\b(?:abs|acos|all|and|any|asin|atan|atan2|break|ceiling|compare|concat|concatMap|const|cos|cosh|curry|cycle|div|drop|dropWhile|elem|encodeFloat|enumFrom|enumFromThen|enumFromThenTo|enumFromTo|exp|fail|filter|flip|floor|foldl|foldl1|foldr|foldr1|fromInteger|fst|gcd|getChar|getLine|head|id|init|iterate|last|lcm|length|lines|log|lookup|map|max|maxBound|maximum|maybe|min|minBound|minimum|mod|negate|not|null|or|pi|pred|print|product|putChar|putStr|putStrLn|readFile|recip|repeat|replicate|return|reverse|scanl|scanl1|sequence|sequence_|show|sin|sinh|snd|span|splitAt|sqrt|succ|sum|tail|take|takeWhile|tan|tanh|uncurry|unlines|unwords|unzip|unzip3|words|writeFile|zip|zip3|zipWith|zipWith3)[ ]+(?![=:-])", NAME_BUILTIN));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .mixin("directive")
                .rule("\\bimport\\b", KEYWORD_RESERVED, "import")
                .rule("\\bmodule\\b", KEYWORD_RESERVED, "module")
                .rule("\\b(?:_|data|class|instance|namespace|infix[lr]?|let|where|of|with|type|do|if|then|else|case|in)\\b", KEYWORD_RESERVED)
                .rule("\\b(Just|Nothing|Left|Right|True|False|LT|LTE|EQ|GT|GTE)\\b", KEYWORD_CONSTANT)
                .rule("^[\\w']+\\s*:", NAME_FUNCTION)
                .mixin("prelude")
                .rule("[_a-z][\\w']*", NAME)
                .rule("[A-Z][\\w']*", KEYWORD_TYPE)
                .rule("\\\\(?![:!#\\$\\%&*+.\\\\/<=>?@^\\|~-]+)", NAME_FUNCTION)
                .rule("(<-|::|->|=>|=)(?![:!#\\$\\%&*+.\\\\/<=>?@^\\|~-]+)", OPERATOR)
                .rule(":[:!#\\$\\%&*+.\\\\/<=>?@^\\|~-]*", OPERATOR)
                .rule("[:!#\\$\\%&*+.\\\\/<=>?@^\\|~-]+", OPERATOR)
                .rule("(?i)\\d+(\\.\\d+)?(e[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)0o[0-7]+", NUMBER_OCT)
                .rule("(?i)0x[\\da-f]+", NUMBER_HEX)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("'", STRING_CHAR, "character")
                .rule("\"", STRING, "string")
                .rule("\\[\\s*\\]", KEYWORD_TYPE)
                .rule("\\(\\s*\\)", NAME_BUILTIN)
                .rule("(\\[)([_a-z][\\w']*)(\\|)", (lx, m) -> {
                  lx.token(OPERATOR, m.group(1));
                  lx.token(NAME, m.group(2));
                  lx.token(OPERATOR, m.group(3));
                  lx.push("quasiquotation");
                })
                .rule("[\\[\\](),;`{}]", PUNCTUATION));
    b.state(
        "import",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\"", STRING, "string")
                .rule("([A-Z][\\w.]*)(\\s+)(as)(\\s+)([A-Z][a-zA-Z0-9_.]*)", (lx, m) -> {
                  lx.groups(NAME_NAMESPACE, TEXT, KEYWORD, TEXT, NAME);
                  lx.pop();
                })
                .rule("([A-Z][\\w.]*)(\\s+)(\\()", (lx, m) -> {
                  lx.groups(NAME_NAMESPACE, TEXT, PUNCTUATION);
                  lx.gotoState("funclist");
                })
                .rule("[\\w.]+", NAME_NAMESPACE, POP));
    b.state(
        "module",
        s ->
            s.rule("\\s+", TEXT)
                .rule("([A-Z][\\w.]*)", NAME_NAMESPACE, POP));
    b.state(
        "funclist",
        s ->
            s.mixin("basic")
                .rule("[A-Z]\\w*", KEYWORD_TYPE)
                .rule("(_[\\w\\']+|[a-z][\\w\\']*)", NAME_FUNCTION)
                .rule(",", PUNCTUATION)
                .rule("[:!#\\$\\%&*+.\\\\/<=>?@^\\|~-]+", OPERATOR)
                .rule("\\(", PUNCTUATION, "funclist")
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "character",
        s ->
            s.rule("\\\\", (lx, m) -> {
                  lx.token(STRING_ESCAPE);
                  lx.gotoState("character_end");
                  lx.push("escape");
                })
                .rule(".", (lx, m) -> {
                  lx.token(STRING_CHAR);
                  lx.gotoState("character_end");
                }));
    b.state(
        "character_end",
        s ->
            s.rule("'", STRING_CHAR, POP)
                .rule(".", ERROR, POP));
    b.state(
        "quasiquotation",
        s ->
            s.rule("\\|\\]", OPERATOR, POP)
                .rule("(?s)[^\\|]+", TEXT)
                .rule("\\|", TEXT));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\", STRING_ESCAPE, "escape")
                .rule("[^\\\\\"]+", STRING));
    b.state(
        "escape",
        s ->
            s.rule("[abfnrtv\"'&\\\\]", STRING_ESCAPE, POP)
                .rule("\\^[\\]\\[A-Z@\\^_]", STRING_ESCAPE, POP)
                .rule("NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL", STRING_ESCAPE, POP)
                .rule("(?i)o[0-7]+", STRING_ESCAPE, POP)
                .rule("(?i)x[\\da-fA-F]+", STRING_ESCAPE, POP)
                .rule("\\d+", STRING_ESCAPE, POP)
                .rule("\\s+\\\\", STRING_ESCAPE, POP));
    return b.build();
  }
}
