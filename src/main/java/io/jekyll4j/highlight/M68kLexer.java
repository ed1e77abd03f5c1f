package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's M68k lexer ({@code lexers/m68k.rb}) as a rule table. */
final class M68kLexer {
  private M68kLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "TODO abcd add adda addi addq addx and"
              + " " + "andi asl asr bcc bchg bclr bcs beq"
              + " " + "bfchg bfclr bfests bfextu bfffo bfins bfset bftst"
              + " " + "bge bgt bhi bhs bkpt ble blo bls"
              + " " + "blt bmi bne bpl bra bse bsr btst"
              + " " + "bvc bvs callm cas cas2 chk chk2 clr"
              + " " + "cmp cmp2 cmpa cmpi cmpm dbcc dbcs dbeq"
              + " " + "dbf dbge dbgt dbhi dbhs dble dblo dbls"
              + " " + "dblt dbmi dbne dbpl dbra dbt dbvc dbvs"
              + " " + "divs divsl divu divul eor eori exg ext"
              + " " + "extb illegal jmp jsr lea link lsl lsr"
              + " " + "move move16 movea movem movep moveq muls mulu"
              + " " + "nbcd neg negx nop not or ori pack"
              + " " + "pea rol ror roxl roxr rtd rtm rtr"
              + " " + "rts sbcd scc scs seq sf sge sgt"
              + " " + "shi shs sle slo sls slt smi sne"
              + " " + "spl st sub suba subi subq subx svc"
              + " " + "svs swap tas trap trapcc trapv tst unlk"
              + " " + "unpk");

  private static final Set<String> WORDS1 =
      Words.set(
          "dc dcb ds");

  private static final Set<String> WORDS2 =
      Words.set(
          "__G2 __LK cargs cnop else elseif end endc"
              + " " + "endf endfunc endm endmain endproc endr equ equenv"
              + " " + "equr even fail fequ.d fequ.l fequ.p fequ.s fequ.w"
              + " " + "fequ.x fopt format fpu func ifc ifd ifeq"
              + " " + "ifge ifgt ifle iflt ifnc ifnd ifne iif"
              + " " + "incbin incdir include list listchar llen machine macro"
              + " " + "main mexit mmu narg nolist offset opt opword"
              + " " + "output page plen proc radix reg rept rsreset"
              + " " + "rsset section set spc subttl ttl");

  private static final Set<String> WORDS3 =
      Words.set(
          "a0 a1 a2 a3 a4 a5 a6 a7"
              + " " + "a7' ccr d0 d1 d2 d3 d4 d5"
              + " " + "d6 d7 pc ssp usp");

  private static final Pattern RE0 = RubyPattern.compile("[a-zA-Z0-9]+");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("m68k");
    b.start(lx -> {
      lx.push("expr_bol");
    });
    b.state(
        "expr_bol",
        s ->
            s.mixin("inline_whitespace")
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("\\s+", TEXT));
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "expr_bol")
                .rule("^\\*(\\\\.|.)*?$", COMMENT_SINGLE, "expr_bol")
                .rule(";(\\\\.|.)*?$", COMMENT_SINGLE, "expr_bol")
                .mixin("inline_whitespace"));
    b.state(
        "root",
        s ->
            s.rule(
              "",
              (lx, m) -> {
                lx.push("statements");
              }));
    b.state(
        "statements",
        s ->
            s.mixin("whitespace")
                .rule("\"", STRING, "string")
                .rule("#", NAME_DECORATOR)
                .rule("^\\.?[a-zA-Z0-9_]+:?", NAME_LABEL)
                .rule("(?i)\\.[bswl]\\s", NAME_DECORATOR)
                .rule("(?i)'(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-f0-9]{1,2}|[^\\\\'\\n])'", STRING_CHAR)
                .rule("(?i)\\$[0-9a-f]+", NUMBER_HEX)
                .rule("(?i)@[0-8]+", NUMBER_OCT)
                .rule("(?i)%[01]+", NUMBER_BIN)
                .rule("(?i)\\d+", NUMBER_INTEGER)
                .rule("[*~&+=\\|?:<>/-]", OPERATOR)
                .rule("\\\\.", COMMENT_PREPROC)
                .rule("[(),.]", PUNCTUATION)
                .rule("\\[[a-zA-Z0-9]*\\]", PUNCTUATION)
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                String v_name = lx.group(0);
                if (WORDS0.contains(v_name.toLowerCase(java.util.Locale.ROOT))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_name.toLowerCase(java.util.Locale.ROOT))) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_name.toLowerCase(java.util.Locale.ROOT))) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      if (WORDS3.contains(v_name.toLowerCase(java.util.Locale.ROOT))) {
                        lx.token(NAME_BUILTIN);
                      } else {
                        if (RE0.matcher(v_name).find()) {
                          lx.token(NAME_VARIABLE);
                        } else {
                          lx.token(NAME);
                        }
                      }
                    }
                  }
                }
              }));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    return b.build();
  }
}
