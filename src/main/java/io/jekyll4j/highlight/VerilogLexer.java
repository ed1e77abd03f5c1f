package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Verilog and System Verilog lexer ({@code lexers/verilog.rb}) as a rule table. */
final class VerilogLexer {
  private VerilogLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "alias always always_comb always_ff always_latch assert assert_strobe assign"
              + " " + "assume attribute automatic before begin bind bins binsof"
              + " " + "break case casex casez clocking config constraint context"
              + " " + "continue cover covergroup coverpoint cross deassign default defparam"
              + " " + "design dist do else end endattribute endcase endclass"
              + " " + "endclocking endconfig endfunction endgenerate endgroup endinterface endmodule endpackage"
              + " " + "endprimitive endprogram endproperty endsequence endspecify endtable endtask expect"
              + " " + "export extends extern final first_match for force foreach"
              + " " + "forever fork forkjoin function generate genvar if iff"
              + " " + "ifnone ignore_bins illegal_bins import incdir include initial inside"
              + " " + "instance interface intersect join join_any join_none liblist library"
              + " " + "local localparam matches modport module new noshowcancelled null"
              + " " + "package parameter primitive priority program property protected pulsestyle_ondetect"
              + " " + "pulsestyle_onevent pure rand randc randcase randsequence release return"
              + " " + "sequence showcancelled solve specify super table task this"
              + " " + "throughout timeprecision timeunit type typedef unique use wait"
              + " " + "wait_order while wildcard with within");

  private static final Set<String> WORDS1 =
      Words.set(
          "and bit buf bufif0 bufif1 byte cell chandle"
              + " " + "class cmos const disable edge enum event highz0"
              + " " + "highz1 initial inout input int integer join logic"
              + " " + "longint macromodule medium nand negedge nmos nor not"
              + " " + "notif0 notif1 or output packed parameter pmos posedge"
              + " " + "pull0 pull1 pulldown pullup rcmos real realtime ref"
              + " " + "reg repeat rnmos rpmos rtran rtranif0 rtranif1 scalared"
              + " " + "shortint shortreal signed specparam static strength string strong0"
              + " " + "strong1 struct supply0 supply1 tagged time tran tranif0"
              + " " + "tranif1 tri tri0 tri1 triand trior trireg union"
              + " " + "unsigned uwire var vectored virtual void wait wand"
              + " " + "weak[01] wire wor xnor xor");

  private static final Set<String> WORDS2 =
      Words.set(
          "acos acosh asin asinh assertfailoff assertfailon assertkill assertnonvacuouson"
              + " " + "assertoff asserton assertpassoff assertpasson assertvacuousoff atan atan2 atanh"
              + " " + "bits bitstoreal bitstoshortreal cast ceil changed changed_gclk changing_gclk"
              + " " + "clog2 cos cosh countones coverage_control coverage_get coverage_get_max coverage_merge"
              + " " + "coverage_save dimensions display displayb displayh displayo dist_chi_square dist_erlang"
              + " " + "dist_exponential dist_normal dist_poisson dist_t dist_uniform dumpall dumpfile dumpflush"
              + " " + "dumplimit dumpoff dumpon dumpports dumpportsall dumpportsflush dumpportslimit dumpportsoff"
              + " " + "dumpportson dumpvars error exit exp falling_gclk fclose fdisplay"
              + " " + "fdisplayb fdisplayh fdisplayo fell fell_gclk feof ferror fflush"
              + " " + "fgetc fgets finish floor fmonitor fmonitorb fmonitorh fmonitoro"
              + " " + "fopen fread fscanf fseek fstrobe fstrobeb fstrobeh fstrobeo"
              + " " + "ftell future_gclk fwrite fwriteb fwriteh fwriteo get_coverage high"
              + " " + "hypot increment info isunbounded isunknown itor left ln"
              + " " + "load_coverage_db log10 low monitor monitorb monitorh monitoro monitoroff"
              + " " + "monitoron onehot onehot0 past past_gclk pow printtimescale q_add"
              + " " + "q_exam q_full q_initialize q_remove random readmemb readmemh realtime"
              + " " + "realtobits rewind right rising_gclk rose rose_gclk rtoi sampled"
              + " " + "set_coverage_db_name sformat sformatf shortrealtobits signed sin sinh size"
              + " " + "sqrt sscanf stable stable_gclk steady_gclk stime stop strobe"
              + " " + "strobeb strobeh strobeo swrite swriteb swriteh swriteo system"
              + " " + "tan tanh time timeformat typename ungetc unpacked_dimensions unsigned"
              + " " + "warning write writeb writeh writememb writememh writeo");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("verilog");
    b.state(
        "expr_bol",
        s ->
            s.mixin("inline_whitespace")
                .rule("`define", COMMENT_PREPROC, "macro")
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "bol",
        s ->
            s.rule("(?-si:[a-zA-Z_][a-zA-Z0-9_]*):(?!:)", NAME_LABEL)
                .mixin("expr_bol"));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE));
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "bol")
                .rule("//(\\\\.|.)*?$", COMMENT_SINGLE, "bol")
                .mixin("inline_whitespace"));
    b.state(
        "expr_whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "expr_bol")
                .mixin("whitespace"));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    b.state(
        "statement",
        s ->
            s.mixin("whitespace")
                .rule("L?\"", STRING, "string")
                .rule("(?i)([0-9_]+\\.[0-9_]*|[0-9_]*\\.[0-9_]+)(e[+-]?[0-9_]+)?", NUMBER_FLOAT)
                .rule("(?i)[0-9_]+e[+-]?[0-9_]+", NUMBER_FLOAT)
                .rule("[0-9]*'h[0-9a-fA-F_?]+", NUMBER_HEX)
                .rule("[0-9]*'b?[01xz_?]+", NUMBER_BIN)
                .rule("[0-9]*'d[0-9_?]+", NUMBER_INTEGER)
                .rule("(?i)[0-9_]+[lu]*", NUMBER_INTEGER)
                .rule("[-~!%^&*+=\\|?:<>/@{}]", OPERATOR)
                .rule("[()\\[\\],.$\\#;]", PUNCTUATION)
                .rule("`(\\w+)", COMMENT_PREPROC)
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                String v_name = lx.group(0);
                if (WORDS0.contains(v_name)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_name)) {
                      lx.token(NAME_BUILTIN);
                    } else {
                      lx.token(NAME);
                    }
                  }
                }
              }));
    b.state(
        "root",
        s ->
            s.mixin("expr_whitespace")
                .rule(
              "",
              (lx, m) -> {
                lx.push("statement");
              }));
    b.state(
        "macro",
        s ->
            s.rule("\\n", COMMENT_PREPROC, POP)
                .mixin("inline_whitespace")
                .rule(";", PUNCTUATION)
                .rule("\\=", OPERATOR)
                .rule("(\\w+)", TEXT));
    return b.build();
  }
}
