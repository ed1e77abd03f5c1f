package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Fortran lexer ({@code lexers/fortran.rb}) as a rule table. */
final class FortranLexer {
  private FortranLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "abstract allocatable allocate assign assignment associate asynchronous backspace"
              + " " + "bind block blockdata call case class close codimension"
              + " " + "common concurrent contains contiguous continue critical cycle data"
              + " " + "deallocate deferred dimension do elemental else elseif elsewhere"
              + " " + "end endassociate endblock endblockdata enddo endenum endfile endforall"
              + " " + "endfunction endif endinterface endmodule endprogram endselect endsubmodule endsubroutine"
              + " " + "endtype endwhere endwhile entry enum enumerator equivalence exit"
              + " " + "extends external final flush forall format function generic"
              + " " + "goto if implicit import in include inout inquire"
              + " " + "intent interface intrinsic is lock module namelist non_overridable"
              + " " + "none nopass nullify only open operator optional out"
              + " " + "parameter pass pause pointer print private procedure program"
              + " " + "protected public pure read recursive result return rewind"
              + " " + "save select selectcase sequence stop submodule subroutine target"
              + " " + "then type unlock use value volatile wait where"
              + " " + "while write");

  private static final Set<String> WORDS1 =
      Words.set(
          "character complex doubleprecision integer logical real");

  private static final Set<String> WORDS2 =
      Words.set(
          "abs achar acos acosh adjustl adjustr aimag aint"
              + " " + "all allocated anint any asin asinh associated atan"
              + " " + "atan2 atanh atomic_define atomic_ref bessel_j0 bessel_j1 bessel_jn bessel_y0"
              + " " + "bessel_y1 bessel_yn bge bgt bit_size ble blt btest"
              + " " + "c_associated c_f_pointer c_f_procpointer c_funloc c_loc c_sizeof ceiling char"
              + " " + "cmplx command_argument_count compiler_options compiler_version conjg cos cosh count"
              + " " + "cpu_time cshift date_and_time dble digits dim dot_product dprod"
              + " " + "dshiftl dshiftr eoshift epsilon erf erfc erfc_scaled execute_command_line"
              + " " + "exp exponent extends_type_of findloc floor fraction gamma get_command"
              + " " + "get_command_argument get_environment_variable huge hypot iachar iall iand iany"
              + " " + "ibclr ibits ibset ichar ieee_class ieee_copy_sign ieee_get_flag ieee_get_halting_mode"
              + " " + "ieee_get_rounding_mode ieee_get_status ieee_get_underflow_mode ieee_is_finite ieee_is_nan ieee_is_normal ieee_logb ieee_next_after"
              + " " + "ieee_rem ieee_rint ieee_scalb ieee_selected_real_kind ieee_set_flag ieee_set_halting_mode ieee_set_rounding_mode ieee_set_status"
              + " " + "ieee_set_underflow_mode ieee_support_datatype ieee_support_denormal ieee_support_divide ieee_support_flag ieee_support_halting ieee_support_inf ieee_support_io"
              + " " + "ieee_support_nan ieee_support_rounding ieee_support_sqrt ieee_support_standard ieee_support_underflow_control ieee_unordered ieee_value ieor"
              + " " + "image_index index int ior iparity is_contiguous is_iostat_end is_iostat_eor"
              + " " + "ishft ishftc kind lbound lcobound leadz len len_trim"
              + " " + "lge lgt lle llt log log10 log_gamma logical"
              + " " + "maskl maskr matmul max maxexponent maxloc maxval merge"
              + " " + "merge_bits min minexponent minloc minval mod modulo move_alloc"
              + " " + "mvbits nearest new_line nint norm2 not null num_images"
              + " " + "pack parity popcnt poppar present product radix random_number"
              + " " + "random_seed range real repeat reshape rrspacing same_type_as scale"
              + " " + "scan selected_char_kind selected_int_kind selected_real_kind set_exponent shape shifta shiftl"
              + " " + "shiftr sign sin sinh size spacing spread sqrt"
              + " " + "storage_size sum system_clock tan tanh this_image tiny trailz"
              + " " + "transfer transpose trim ubound ucobound unpack verify");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("fortran");
    b.state(
        "root",
        s ->
            s.rule("[\\s]+", WHITESPACE)
                .rule("!.*$", COMMENT_SINGLE)
                .rule("^#.*$", COMMENT_PREPROC)
                .rule("::|[()/;,:&\\[\\]]", PUNCTUATION)
                .rule(
              "(?s)^(\\s*)([0-9]+)\\b",
              (lx, m) -> {
                lx.token(WHITESPACE, lx.group(1));
                lx.token(NAME_LABEL, lx.group(2));
              })
                .rule(
              "(?is)\\b(FORMAT)(\\s*)(\\()",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.token(WHITESPACE, lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
                lx.push("format_spec");
              })
                .rule("(?i)[+-]?((\\d+[.]\\d*|[.]\\d+)((?i-s:[ED][+-]?\\d+))?|\\d+(?i-s:[ED][+-]?\\d+))(_(?-si:(\\d+|(?i-s:[A-Z][_A-Z0-9]*))))?", NUMBER_FLOAT)
                .rule("(?i)[+-]?\\d+(_(?-si:(\\d+|(?i-s:[A-Z][_A-Z0-9]*))))?", NUMBER_INTEGER)
                .rule("(?i)B'[01]+'|B\"[01]+\"", NUMBER_BIN)
                .rule("(?i)O'[0-7]+'|O\"[0-7]+\"", NUMBER_OCT)
                .rule("(?i)Z'[0-9A-F]+'|Z\"[0-9A-F]+\"", NUMBER_HEX)
                .rule("((?-si:(\\d+|(?i-s:[A-Z][_A-Z0-9]*)))_)?'", STRING_SINGLE, "string_single")
                .rule("((?-si:(\\d+|(?i-s:[A-Z][_A-Z0-9]*)))_)?\"", STRING_DOUBLE, "string_double")
                .rule("(?i)[.](TRUE|FALSE)[.](_(?-si:(\\d+|(?i-s:[A-Z][_A-Z0-9]*))))?", KEYWORD_CONSTANT)
                .rule("\\*\\*|//|==|/=|<=|>=|=>|[-+*/<>=%]", OPERATOR)
                .rule("(?i)\\.(?:EQ|NE|LT|LE|GT|GE|NOT|AND|OR|EQV|NEQV|[A-Z]+)\\.", OPERATOR_WORD)
                .rule("(?i)double\\s+precision\\b", KEYWORD_TYPE)
                .rule("(?i)go\\s+to\\b", KEYWORD)
                .rule("(?i)sync\\s+(all|images|memory)\\b", KEYWORD)
                .rule("(?i)error\\s+stop\\b", KEYWORD)
                .rule(
              "(?s)(?i-s:[A-Z][_A-Z0-9]*)",
              (lx, m) -> {
                String v_match = lx.group(0).toLowerCase(java.util.Locale.ROOT);
                if (WORDS0.contains(v_match)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_match)) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_match)) {
                      lx.token(NAME_BUILTIN);
                    } else {
                      lx.token(NAME);
                    }
                  }
                }
              }));
    b.state(
        "string_single",
        s ->
            s.rule("[^']+", STRING_SINGLE)
                .rule("''", STRING_ESCAPE)
                .rule("'", STRING_SINGLE, POP));
    b.state(
        "string_double",
        s ->
            s.rule("[^\"]+", STRING_DOUBLE)
                .rule("\"\"", STRING_ESCAPE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "format_spec",
        s ->
            s.rule("'", STRING_SINGLE, "string_single")
                .rule("\"", STRING_DOUBLE, "string_double")
                .rule("\\(", PUNCTUATION, "format_spec")
                .rule("\\)", PUNCTUATION, POP)
                .rule(",", PUNCTUATION)
                .rule("[\\s]+", WHITESPACE)
                .rule("[^\\s'\"(),]+", LITERAL));
    return b.build();
  }
}
