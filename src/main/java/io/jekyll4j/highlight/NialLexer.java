package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Nial lexer ({@code lexers/nial.rb}) as a rule table. */
final class NialLexer {
  private NialLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "( ) , : := ; [ ]"
              + " " + "{ }");

  private static final Set<String> WORDS1 =
      Words.set(
          "! # * + - . / <"
              + " " + "<< <= = > >= >> @ |"
              + " " + "~=");

  private static final Set<String> WORDS2 =
      Words.set(
          "; begin case do else elseif end endcase"
              + " " + "endfor endif endrepeat endwhile for from gets if"
              + " " + "is op repeat then tr until while with");

  private static final Set<String> WORDS3 =
      Words.set(
          "abs allbools allchars allin allints allnumeric allreals and"
              + " " + "append appendfile apply arccos arcsin arctan assign atomic"
              + " " + "atversion axes blend break breakin breaklist bye callstack"
              + " " + "cart catenate ceiling char charrep check_socket choose clearprofile"
              + " " + "clearws close cols content continue copyright cos cosh"
              + " " + "count cull cut cutall deepplace deepupdate deparse depth"
              + " " + "descan diagram display div diverse divide drop dropright"
              + " " + "edit empty equal erase eraserecord eval except execute"
              + " " + "exit exp expression exprs external falsehood fault filelength"
              + " " + "filepath filestatus filetally find findall first flip floor"
              + " " + "fromraw front fuse gage getcommandline getdef getenv getfile"
              + " " + "getname getsyms gradeup grid gt gte hitch host"
              + " " + "in innerproduct inv inverse ip isboolean ischar isfault"
              + " " + "isinteger isphrase isreal isstring istruthvalue laminate last libpath"
              + " " + "library like link list ln load loaddefs log"
              + " " + "lower lt lte match mate max maxlength min"
              + " " + "minus mix mod mold nialroot no_expr no_op nonlocal"
              + " " + "not notin numeric open operation operators opp opposite"
              + " " + "or pack pair parse pass paste phrase pick"
              + " " + "picture place placeall plus positions post power prod"
              + " " + "product profile profiletable profiletree putfile quiet_fault quotient raise"
              + " " + "random reach read readarray readchar readfield readfile readrecord"
              + " " + "readscreen recip reciprocal reshape rest restart return_status reverse"
              + " " + "rotate rows save scan second see seed seek"
              + " " + "seeprimcalls seeusercalls separator set setdeftrace setformat setinterrupts setlogname"
              + " " + "setmessages setprofile setprompt settrigger setwidth shape simple sin"
              + " " + "single sinh sketch sleep socket_accept socket_bind socket_close socket_connect"
              + " " + "socket_getline socket_listen socket_peek socket_read socket_receive socket_send socket_write solitary"
              + " " + "solve sortup split sqrt status string sublist sum"
              + " " + "symbols system take takeright tally tan tanh tell"
              + " " + "third time times timestamp tolower tonumber toplevel toraw"
              + " " + "toupper tr transformer transpose trs truth type unequal"
              + " " + "up update updateall vacate valence value variable vars"
              + " " + "version void watch watchlist write writearray writechars writefield"
              + " " + "writefile writerecord writescreen");

  private static final Set<String> WORDS4 =
      Words.set(
          "accumulate across bycols bykey byrows converse down each"
              + " " + "eachall eachboth eachleft eachright filter fold fork grade"
              + " " + "inner iterate leaf no_tr outer partition rank recur"
              + " " + "reduce reducecols reducerows sort team timeit twig");

  private static final Set<String> WORDS5 =
      Words.set(
          "false null pi true");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("nial");
    b.state(
        "root",
        s ->
            s.rule("'", STRING_SINGLE, "str")
                .rule("\\b[lo]+\\b", NUMBER_BIN)
                .rule("-?\\d+((\\.\\d*)?[eE][+-]?\\d|\\.)\\d*", NUMBER_FLOAT)
                .rule("\\-?\\d+", NUMBER_INTEGER)
                .rule("`.", STRING_CHAR)
                .rule("\"[^\\s()\\[\\]{}#,;]*", STRING_SYMBOL)
                .rule("\\?[^\\s()\\[\\]{}#,;]*", GENERIC_ERROR)
                .rule("%[^;]+;", COMMENT_MULTILINE)
                .rule("^#(.+\\n)+\\n", COMMENT_MULTILINE)
                .rule(
              ":=|[\\{\\}\\[\\]\\(\\),:;]",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(PUNCTUATION);
                } else {
                  lx.token(TEXT);
                }
              })
                .rule(
              ">>|>=|<=|~=|[\\.!#+*\\-=></|@]",
              (lx, m) -> {
                if (WORDS1.contains(lx.group(0))) {
                  lx.token(OPERATOR);
                } else {
                  lx.token(TEXT);
                }
              })
                .rule(
              "\\b[_A-Za-z]\\w*\\b",
              (lx, m) -> {
                String v_lower = lx.group(0).toLowerCase(java.util.Locale.ROOT);
                if (WORDS2.contains(v_lower)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS3.contains(v_lower)) {
                    lx.token(KEYWORD_PSEUDO);
                  } else {
                    if (WORDS4.contains(v_lower)) {
                      lx.token(NAME_BUILTIN);
                    } else {
                      if (WORDS5.contains(v_lower)) {
                        lx.token(KEYWORD_CONSTANT);
                      } else {
                        lx.token(NAME_VARIABLE);
                      }
                    }
                  }
                }
              })
                .rule("\\s+", TEXT));
    b.state(
        "str",
        s ->
            s.rule("''", STRING_ESCAPE)
                .rule("[^']+", STRING_SINGLE)
                .rule("'|$", STRING_SINGLE, POP));
    return b.build();
  }
}
