package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's NesAsm lexer ({@code lexers/nesasm.rb}) as a rule table. */
final class NesasmLexer {
  private NesasmLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "ADC AND ASL BCC BCS BEQ BIT BMI"
              + " " + "BNE BPL BRK BVC BVS CLC CLD CLI"
              + " " + "CLV CMP CPX CPY DEC DEX DEY EOR"
              + " " + "INC INX INY JMP JSR LDA LDX LDY"
              + " " + "LSR NOP ORA PHA PHP PLA PLP ROL"
              + " " + "ROR RTI RTS SBC SEC SED SEI STA"
              + " " + "STX STY TAX TAY TSX TXA TXS TYA");

  private static final Set<String> WORDS1 =
      Words.set(
          "BYTE DB DW WORD");

  private static final Set<String> WORDS2 =
      Words.set(
          "BANK BSS CODE DATA DEFCHR DS ELSE ENDIF"
              + " " + "ENDM ENDP ENDPROCGROUP FAIL FUNC IF IFDEF IFNDEF"
              + " " + "INCBIN INCCHR INCLUDE INESCHR INESMAP INESMIR INESPRG MACRO"
              + " " + "ORG PROC PROCGROUP RS RSSET ZP");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("nesasm", "nes");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule(";.*", COMMENT_SINGLE)
                .rule("[\\(\\)\\,\\.\\[\\]]", PUNCTUATION)
                .rule("\\#?\\%[0-1]+", NUMBER_BIN)
                .rule("\\#?\\$\\h+", NUMBER_HEX)
                .rule("\\#?\\d+", NUMBER)
                .rule("[~&*+=\\|?:<>/-]", OPERATOR)
                .rule(
              "(?i)\\#?\\w+:?",
              (lx, m) -> {
                String v_name = lx.group(0).toUpperCase(java.util.Locale.ROOT);
                if (WORDS0.contains(v_name)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_name)) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      lx.token(NAME_FUNCTION);
                    }
                  }
                }
              })
                .rule("(?i)\\#?(?:LOW|HIGH)\\(.*\\)", KEYWORD_RESERVED)
                .rule("\\#\\(", PUNCTUATION)
                .rule("\"", STRING, "string")
                .rule("'\\w'", STRING_CHAR)
                .rule("\\\\\\??[\\d@#]", NAME_BUILTIN));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\\"?", STRING_ESCAPE)
                .rule("(?s)[^\"\\\\]+", STRING));
    return b.build();
  }
}
