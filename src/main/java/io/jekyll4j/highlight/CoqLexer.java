package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rouge 3.30's Coq lexer as a rule table: vernacular, Gallina and Ltac words told apart, dotted
 * names as namespaces, and a sentence's closing dot as an indicator.
 */
final class CoqLexer {
  private CoqLexer() {}

  private static final Set<String> GALLINA =
      Words.set("as fun if in let match then else return end Type Set Prop forall");
  private static final Set<String> COQ =
      Words.set(
          "Definition Theorem Lemma Remark Example Fixpoint CoFixpoint Record Inductive CoInductive"
              + " Corollary Goal Proof Ltac Require Import Export Module Section End Variable Context"
              + " Polymorphic Monomorphic Universe Universes Variables Class Instance Global Local"
              + " Include Printing Notation Infix Arguments Hint Rewrite Immediate Qed Defined Opaque"
              + " Transparent Existing Compute Eval Print SearchAbout Search About Check");
  private static final Set<String> LTAC =
      Words.set(
          "apply eapply auto eauto rewrite setoid_rewrite with in as at destruct split inversion"
              + " injection intro intros unfold fold cbv cbn lazy subst clear symmetry transitivity"
              + " etransitivity erewrite edestruct constructor econstructor eexists exists f_equal"
              + " refine instantiate revert simpl specialize generalize dependent red induction beta"
              + " iota zeta delta exfalso autorewrite setoid_rewrite compute vm_compute native_compute");
  private static final Set<String> TACTICALS = Words.set("repeat first try");
  private static final Set<String> TERMINATORS =
      Words.set("omega solve congruence reflexivity exact assumption eassumption");
  /** Rouge's keyopts that a single character can be (the rule that uses them reads one). */
  private static final String KEYOPT_CHARS = "_;:⇒→↔⇔≔≡∀∃∧∨¬⊤⊥⊢⊨∈";
  private static final Pattern OPERATOR_CHARS = Pattern.compile("[\\[\\];,{}_()!$%&*+./:<=>?@^|~#-]+");

  private static final String ID = "(?:[a-zA-Z][\\w']*)|(?:[_a-zA-Z][\\w']+)";
  private static final String NAME = "coq.name";
  private static final String CONTINUED = "coq.continue";

  static Token classify(String word) {
    if (COQ.contains(word)) return KEYWORD;
    if (GALLINA.contains(word)) return KEYWORD_RESERVED;
    if (LTAC.contains(word)) return KEYWORD_PSEUDO;
    if (TERMINATORS.contains(word)) return NAME_EXCEPTION;
    if (TACTICALS.contains(word)) return KEYWORD_PSEUDO;
    return NAME_CONSTANT;
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("coq");
    b.state(
        "root",
        s ->
            s.rule("[(][*](?![)])", COMMENT, "comment")
                .rule("\\s+", WHITESPACE)
                .groups("(Module)(\\s+)(Type)(\\s+)", KEYWORD, WHITESPACE, KEYWORD, WHITESPACE)
                .rule(
                    "(Set|Unset)(\\s+)(Universe|Printing|Implicit|Strict)(\\s+)"
                        + "(Polymorphism|All|Notations|Arguments|Universes|Implicit)(\\s*)\\.",
                    (lx, m) -> {
                      lx.token(KEYWORD, m.group(1));
                      for (int i = 2; i <= 6 && !m.group(i).isEmpty(); i += 2) {
                        lx.token(WHITESPACE, m.group(i));
                        if (i + 1 <= 5) lx.token(KEYWORD, m.group(i + 1));
                      }
                      lx.token(PUNCTUATION_INDICATOR, ".");
                    })
                .rule(
                    ID,
                    (lx, m) -> {
                      lx.vars().put(NAME, m.group());
                      lx.vars().put(CONTINUED, false);
                      lx.push("continue_id");
                    })
                .rule("/\\\\", OPERATOR)
                .rule("\\\\/", OPERATOR)
                .rule("(?i)-?\\d[\\d_]*(.[\\d_]*)?(e[+-]?\\d[\\d_]*)", NUMBER_FLOAT)
                .rule("\\d[\\d_]*", NUMBER_INTEGER)
                .rule("'(?:(\\\\[\\\\\"'ntbr ])|(\\\\[0-9]{3})|(\\\\x[0-9a-fA-F]{2}))'", STRING_CHAR)
                .rule("'", KEYWORD)
                .rule("\"", STRING_DOUBLE, "string")
                .rule("[~?](?:" + ID + ")", NAME_VARIABLE)
                .rule(
                    ".",
                    (lx, m) -> {
                      String c = m.group();
                      if (KEYOPT_CHARS.contains(c)) {
                        lx.token(PUNCTUATION);
                      } else if (OPERATOR_CHARS.matcher(c).matches()) {
                        lx.token(OPERATOR);
                      } else {
                        lx.token(ERROR);
                      }
                    }));
    b.state(
        "comment",
        s ->
            s.rule("[^(*)]+", COMMENT)
                .rule(
                    "[(][*]",
                    (lx, m) -> {
                      lx.token(COMMENT);
                      lx.push();
                    })
                .rule("[*][)]", COMMENT, POP)
                .rule("[(*)]", COMMENT));
    b.state(
        "string",
        s ->
            s.rule("(?:\\\\\")+|[^\"]", STRING_DOUBLE)
                .mixin("escape_sequence")
                .rule("\\\\\\n", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state("escape_sequence", s -> s.rule("\\\\[\\\\\"'ntbr]", STRING_ESCAPE));
    b.state(
        "continue_id",
        s ->
            s.rule(
                    "\\.(" + ID + ")",
                    (lx, m) -> {
                      lx.token(NAME_NAMESPACE, (String) lx.vars().get(NAME));
                      lx.token(PUNCTUATION, ".");
                      lx.vars().put(CONTINUED, true);
                      lx.vars().put(NAME, m.group(1));
                    })
                .rule(
                    "\\.(\\s+)",
                    (lx, m) -> {
                      endName(lx);
                      lx.token(PUNCTUATION_INDICATOR, ".");
                      lx.token(WHITESPACE, m.group(1));
                      lx.pop();
                    })
                .rule(
                    "",
                    (lx, m) -> {
                      endName(lx);
                      lx.pop();
                    }));
    return b.build();
  }

  private static void endName(RegexLexing lx) {
    String name = (String) lx.vars().get(NAME);
    lx.token(Boolean.TRUE.equals(lx.vars().get(CONTINUED)) ? NAME_CONSTANT : classify(name), name);
    lx.vars().put(CONTINUED, false);
  }
}
