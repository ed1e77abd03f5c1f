package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's OCL lexer ({@code lexers/ocl.rb}) as a rule table. */
final class OclLexer {
  private OclLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "and implies not or xor");

  private static final Set<String> WORDS1 =
      Words.set(
          "Bag Boolean Collection Integer OclInvalid OclMessage OclState OclVoid"
              + " " + "OrderedSet Real Sequence Set String Tuple TupleType UnlimitedNatural");

  private static final Set<String> WORDS2 =
      Words.set(
          "body context def derive else endif endpackage if"
              + " " + "import in init inv let package post pre"
              + " " + "then");

  private static final Set<String> WORDS3 =
      Words.set(
          "@pre false invalid null result self true");

  private static final Set<String> WORDS4 =
      Words.set(
          "allInstances any append asBag asOrderedSet asSequence asSet at"
              + " " + "average characters closure collect collectNested concat conformsTo count"
              + " " + "div equalsIgnoreCase excludes excludesAll excluding exists first flatten"
              + " " + "floor forAll hasReturned includes includesAll including indexOf insertAt"
              + " " + "intersection isEmpty isOperationCallabs isSignalSent isUnique iterate last max"
              + " " + "min mod notEmpty oclAsSet oclAsType oclInState oclIsInvalid oclIsKindOf"
              + " " + "oclIsNew oclIsTypeOf oclIsUndefined oclLocale oclType one prepend product"
              + " " + "reject result reverse round select selectByKind selectByType size"
              + " " + "sortedBy subOrderedSet subSequence substring sum symmetricDifferencecount toBoolean toInteger"
              + " " + "toLowerCase toReal toString toUpperCase union");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ocl", "OCL");
    b.state(
        "single_string",
        s ->
            s.rule("\\\\.", STRING_ESCAPE)
                .rule("'", STRING_SINGLE, POP)
                .rule("[^\\\\']+", STRING_SINGLE));
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("--.*", COMMENT_SINGLE)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("'", STRING_SINGLE, "single_string")
                .rule("[->|+*/<>=~!@#%&|?^-]", OPERATOR)
                .rule("[;:()\\[\\],.]", PUNCTUATION)
                .rule(
              "\\w[\\w\\d]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(OPERATOR);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD_DECLARATION);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(KEYWORD);
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(NAME_BUILTIN);
                      } else {
                        if (WORDS4.contains(lx.group(0))) {
                          lx.token(NAME_FUNCTION);
                        } else {
                          lx.token(NAME);
                        }
                      }
                    }
                  }
                }
              }));
    return b.build();
  }
}
