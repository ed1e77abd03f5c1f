package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's VHDL 2008 lexer ({@code lexers/vhdl.rb}) as a rule table. */
final class VhdlLexer {
  private VhdlLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "access after alias all architecture array assert assume"
              + " " + "assume_guarantee attribute begin block body buffer bus case"
              + " " + "component configuration constant context cover default disconnect downto"
              + " " + "else elsif end entity exit fairness file for"
              + " " + "force function generate generic group guarded if impure"
              + " " + "in inertial inout is label library linkage literal"
              + " " + "loop map new next null of on open"
              + " " + "others out package parameter port postponed procedure process"
              + " " + "property protected pure range record register reject release"
              + " " + "report return select sequence severity shared signal strong"
              + " " + "subtype then to transport type unaffected units until"
              + " " + "use variable vmode vprop vunit wait when while"
              + " " + "with");

  private static final Set<String> WORDS1 =
      Words.set(
          "bit bit_vector boolean boolean_vector character integer integer_vector natural"
              + " " + "positive real real_vector severity_level signed std_logic std_logic_vector std_ulogic"
              + " " + "std_ulogic_vector string time time_vector unsigned");

  private static final Set<String> WORDS2 =
      Words.set(
          "abs and mod nand nor not or rem"
              + " " + "rol ror sla sll sra srl xnor xor");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("vhdl");
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\\n", TEXT)
                .rule("--.*$", COMMENT_SINGLE));
    b.state(
        "statements",
        s ->
            s.rule("(?i)-?\\d+", NUMBER_INTEGER)
                .rule("(?i)-?\\d+[.]\\d+", NUMBER_FLOAT)
                .rule("(?i)[box]?\"[^\"]*\"", STRING_SINGLE)
                .rule("(?i)'[^']?'", STRING_CHAR)
                .rule("(?i)'(?-si:[a-zA-Z][a-zA-Z0-9_]*)", NAME_ATTRIBUTE)
                .rule("[(),:;]", PUNCTUATION)
                .rule("(?i)(?:true|false|null)\\b", NAME_BUILTIN)
                .rule(
              "[a-zA-Z][a-zA-Z0-9_]*",
              (lx, m) -> {
                String v_match = lx.group(0).toLowerCase(java.util.Locale.ROOT);
                if (WORDS0.contains(v_match)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_match)) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_match)) {
                      lx.token(OPERATOR_WORD);
                    } else {
                      lx.token(NAME);
                    }
                  }
                }
              })
                .rule("=>|[*][*]|:=|\\/=|>=|<=|<>|\\?\\?|\\?=|\\?\\/=|\\?>|\\?<|\\?>=|\\?<=|<<|>>|[#&'*+-.\\/:<=>\\?@^]", OPERATOR));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .mixin("statements"));
    return b.build();
  }
}
