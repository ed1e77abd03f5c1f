package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's BBCBASIC lexer ({@code bbcbasic}) as a rule table, state for state. */
final class BbcbasicLexer {
  private BbcbasicLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("bbcbasic");
    b.state(
        "expression",
        s ->
            s.rule("ABS|ACS|ADVAL|ASC|ASN|ATN|BEATS|BEAT|BGET#|CHR\\$|COS|COUNT|DEG|DIM|EOF#|ERL|ERR|EVAL|EXP|EXT#|FN|GET\\$#|GET\\$|GET|HIMEM|INKEY\\$|INKEY|INSTR|INT|LEFT\\$|LEN|LN|LOG|LOMEM|MID\\$|OPENIN|OPENOUT|OPENUP|PAGE|POINT|POS|PTR#|RAD|REPORT\\$|RIGHT\\$|RND|SGN|SIN|SQR|STR\\$|STRING\\$|SUM|SUMLEN|TAN|TEMPO|TIME\\$|TIME|TOP|USR|VAL|VPOS", NAME_BUILTIN)
                .rule("<<|<=|<>|<|>=|>>>|>>|>|[-!$()*+/=?^|]|AND|DIV|EOR|MOD|NOT|OR", OPERATOR)
                .rule("FALSE|TRUE", NAME_CONSTANT)
                .rule("\"[^\"]*\"", STRING)
                .rule("(?i)[a-z_`][\\w`]*[$%]?", NAME_VARIABLE)
                .rule("@%", NAME_VARIABLE)
                .rule("[\\d.]+", NUMBER)
                .rule("%[01]+", NUMBER_BIN)
                .rule("&[\\h]+", NUMBER_HEX));
    b.state(
        "root",
        s ->
            s.groups("(:+)( *)(\\*)(.*)", PUNCTUATION, TEXT, KEYWORD, TEXT)
                .groups("(\\n+ *)(\\*)(.*)", TEXT, KEYWORD, TEXT)
                .groups("(ELSE|OTHERWISE|REPEAT|THEN)( *)(\\*)(.*)", KEYWORD, TEXT, KEYWORD, TEXT)
                .rule("[ \\n]+", TEXT)
                .rule(":+", PUNCTUATION)
                .rule("[\\[]", KEYWORD, "assembly1")
                .rule("REM *>.*", COMMENT_SPECIAL)
                .rule("REM.*", COMMENT)
                .rule("(?:BEATS|BPUT#|CALL|CASE|CHAIN|CLEAR|CLG|CLOSE#|CLS|COLOR|COLOUR|DATA|ELSE|ENDCASE|ENDIF|ENDPROC|ENDWHILE|END|ENVELOPE|FOR|GCOL|GOSUB|GOTO|IF|INSTALL|LET|LIBRARY|MODE|NEXT|OFF|OF|ON|ORIGIN|OSCI|OTHERWISE|OVERLAY|PLOT|PRINT#|PRINT|PROC|QUIT|READ|REPEAT|REPORT|RETURN|SOUND|STEP|STEREO|STOP|SWAP|SYS|THEN|TINT|TO|VDU|VOICES|VOICE|UNTIL|WAIT|WHEN|WHILE|WIDTH|CIRCLE(?: *FILL)?|DEF *(?:FN|PROC)|DRAW(?: *BY)?|DIM(?!\\()|ELLIPSE(?: *FILL)?|ERROR(?: *EXT)?|FILL(?: *BY)?|INPUT(?:#| *LINE)?|LINE(?: *INPUT)?|LOCAL(?: *DATA| *ERROR)?|MOUSE(?: *COLOUR| *OFF| *ON| *RECTANGLE| *STEP| *TO)?|MOVE(?: *BY)?|ON(?! *ERROR)|ON *ERROR *(?:LOCAL|OFF)?|POINT(?: *BY)?(?!\\()|RECTANGE(?: *FILL)?|RESTORE(?: *DATA| *ERROR)?|TRACE(?: *CLOSE| *ENDPROC| *OFF| *STEP(?: *FN| *ON| *PROC)?| *TO)?)", KEYWORD)
                .mixin("expression")
                .rule("[,;'~]|SPC|TAB", PUNCTUATION));
    b.state(
        "assembly1",
        s ->
            s.rule(" +", TEXT)
                .rule("]", KEYWORD, POP)
                .rule("[:\\n]", PUNCTUATION)
                .rule("(?i)\\.[a-z_`][\\w`]*%? *", NAME_LABEL)
                .rule("(?:REM|;)[^:\\n]*", COMMENT)
                .rule("[^ :\\n]+", KEYWORD, "assembly2"));
    b.state(
        "assembly2",
        s ->
            s.rule(" +", TEXT)
                .rule("[:\\n]", PUNCTUATION, POP)
                .rule("(?:REM|;)[^:\\n]*", COMMENT, POP)
                .mixin("expression")
                .rule("[!#,@\\[\\]^{}]", PUNCTUATION));
    return b.build();
  }
}
