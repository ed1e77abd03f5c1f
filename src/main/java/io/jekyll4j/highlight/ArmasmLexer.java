package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's ArmAsm lexer ({@code lexers/armasm.rb}) as a rule table. */
final class ArmasmLexer {
  private ArmasmLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("armasm");
    b.state(
        "root",
        s ->
            s.rule("\\n", TEXT)
                .rule(
              "^([ \\t]*)(#[ \\t]*(?:(?:define|elif|else|endif|error|if|ifdef|ifndef|include|line|pragma|undef|warning)(?:[ \\t].*)?)?)(\\n)",
              (lx, m) -> {
                lx.groups(TEXT, COMMENT_PREPROC, TEXT);
              })
                .rule("[ \\t]+", TEXT, "command")
                .rule(";.*", COMMENT)
                .rule("(?i)\\$[a-z_]\\w*\\.?", NAME_NAMESPACE)
                .rule("\\w+|\\|[^|\\n]+\\|", NAME_LABEL));
    b.state(
        "command",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule(
              "[ \\t]+",
              (lx, m) -> {
                lx.token(TEXT);
                lx.gotoState("args");
              })
                .rule(";.*", COMMENT, POP)
                .rule(
              "(?:BIN|GET|INCBIN|INCLUDE|LNK)\\b",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.gotoState("filespec");
              })
                .rule("(?:ALIAS|ALIGN|AOF|AOUT|AREA|ARM|ASSERT|ATTR|CN|CODE16|CODE32|COMMON|CP|DATA|DCB|DCD|DCDO|DCDU|DCFD|DCFDU|DCFH|DCFHU|DCFS|DCFSU|DCI|DCI.N|DCI.W|DCQ|DCQU|DCW|DCWU|DN|ELIF|ELSE|END|ENDFUNC|ENDIF|ENDP|ENTRY|EQU|EXPORT|EXPORTAS|EXTERN|FIELD|FILL|FN|FRAME|FUNCTION|GBLA|GBLL|GBLS|GLOBAL|IF|IMPORT|INFO|KEEP|LCLA|LCLL|LCLS|LEADR|LEAF|LTORG|MACRO|MAP|MEND|MEXIT|NOFP|OPT|ORG|PRESERVE8|PROC|QN|RELOC|REQUIRE|REQUIRE8|RLIST|RN|ROUT|SETA|SETL|SETS|SN|SPACE|STRONG|SUBT|THUMB|THUMBX|TTL|WEND|WHILE|\\[|\\]|[|!#*=%&^])(?=[; \\t\\n])", KEYWORD)
                .rule("(?:[A-Z][\\dA-Z]*|[a-z][\\da-z]*)(?:\\.[NWnw])?(?:\\.[DFIPSUdfipsu]?(?:8|16|32|64)?){,3}\\b", NAME_BUILTIN)
                .rule("(?i)[a-z_]\\w*|\\|[^|\\n]+\\|", NAME_FUNCTION)
                .rule("(?i)\\$[a-z]\\w*\\.?", NAME_NAMESPACE));
    b.state(
        "args",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("[ \\t]+", TEXT)
                .rule(";.*", COMMENT, POP)
                .rule("(?:ASR|LSL|LSR|ROR|RRX|AL|CC|CS|EQ|GE|GT|HI|HS|LE|LO|LS|LT|MI|NE|PL|VC|VS|asr|lsl|lsr|ror|rrx|al|cc|cs|eq|ge|gt|hi|hs|le|lo|ls|lt|mi|ne|pl|vc|vs)\\b", NAME_BUILTIN)
                .rule("(?i)[a-z_]\\w*|\\|[^|\\n]+\\|", NAME_VARIABLE)
                .rule("(?i)%[bf]?[at]?\\d+(?:[a-z_]\\w*)?", NAME_LABEL)
                .rule("(?i)(?:&|0x)\\h+(?!p)", NUMBER_HEX)
                .rule("(?i)(?:&|0x)[.\\h]+(?:p[-+]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)0f_\\h{8}|0d_\\h{16}", NUMBER_FLOAT)
                .rule("(?i)(?:2_[01]+|3_[0-2]+|4_[0-3]+|5_[0-4]+|6_[0-5]+|7_[0-6]+|8_[0-7]+|9_[0-8]+|\\d+)(?!e)", NUMBER_INTEGER)
                .rule("(?i)(?:2_[.01]+|3_[.0-2]+|4_[.0-3]+|5_[.0-4]+|6_[.0-5]+|7_[.0-6]+|8_[.0-7]+|9_[.0-8]+|[.\\d]+)(?:e[-+]?\\d+)?", NUMBER_FLOAT)
                .rule("[@:](?=[ \\t]*(?:8|16|32|64|128|256)[^\\d])", OPERATOR)
                .rule("[.@]|\\{(?:ARCHITECTURE|AREANAME|ARMASM_VERSION|CODESIZE|COMMANDLINE|CONFIG|CPU|ENDIAN|FALSE|FPIC|FPU|INPUTFILE|INTER|LINENUM|LINENUMUP|LINENUMUPPER|OBJASM_VERSION|OPT|PC|PCSTOREOFFSET|REENTRANT|ROPI|RWPI|TRUE|VAR)\\}", NAME_CONSTANT)
                .rule("[-!#%&()*+,/<=>?^{|}]|\\[|\\]|!=|&&|/=|<<|<=|<>|==|><|>=|>>|\\|\\||:(?:AND|BASE|CC|CC_ENCODING|CHR|DEF|EOR|FATTR|FEXEC|FLOAD|FSIZE|INDEX|LAND|LEFT|LEN|LEOR|LNOT|LOR|LOWERCASE|MOD|NOT|OR|RCONST|REVERSE_CC|RIGHT|ROL|ROR|SHL|SHR|STR|TARGET_ARCH_[0-9A-Z_]+|TARGET_FEATURE_[0-9A-Z_]+|TARGET_FPU_[A-Z_]|TARGET_PROFILE_[ARM]|UAL|UPPERCASE):", OPERATOR)
                .rule("(?i)\\$[a-z]\\w*\\.?", NAME_NAMESPACE)
                .rule(
              "'",
              (lx, m) -> {
                lx.token(STRING_CHAR);
                lx.gotoState("singlequoted");
              })
                .rule(
              "\"",
              (lx, m) -> {
                lx.token(STRING_DOUBLE);
                lx.gotoState("doublequoted");
              }));
    b.state(
        "singlequoted",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("\\$\\$", STRING_CHAR)
                .rule("(?i)\\$[a-z]\\w*\\.?", NAME_NAMESPACE)
                .rule(
              "'",
              (lx, m) -> {
                lx.token(STRING_CHAR);
                lx.gotoState("args");
              })
                .rule("[^$'\\n]+", STRING_CHAR));
    b.state(
        "doublequoted",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("\\$\\$", STRING_DOUBLE)
                .rule("(?i)\\$[a-z]\\w*\\.?", NAME_NAMESPACE)
                .rule(
              "\"",
              (lx, m) -> {
                lx.token(STRING_DOUBLE);
                lx.gotoState("args");
              })
                .rule("[^$\"\\n]+", STRING_DOUBLE));
    b.state(
        "filespec",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("\\$\\$", STRING_OTHER)
                .rule("(?i)\\$[a-z]\\w*\\.?", NAME_NAMESPACE)
                .rule("[^$\\n]+", STRING_OTHER));
    return b.build();
  }
}
