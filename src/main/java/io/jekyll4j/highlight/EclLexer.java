package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's ECL lexer ({@code lexers/ecl.rb}) as a rule table. */
final class EclLexer {
  private EclLexer() {}

  /** Rouge's ECL template. */
  private static final Set<String> TEMPLATE =
      Words.set(
          "append apply break constant debug declare demangle else elseif end endregion"
              + " error expand export exportxml for forall getdatatype if ifdefined inmodule"
              + " isdefined isvalid line link loadxml loop mangle onwarning option region set"
              + " stored text trace uniquename warning webservice workunit");
  /** Rouge's ECL typed. */
  private static final Set<String> TYPED =
      Words.set(
          "data qstring string unicode utf8 varstring varunicode");
  /** Rouge's ECL type. */
  private static final Set<String> TYPE =
      Words.set(
          "ascii big_endian boolean data decimal ebcdic grouped integer linkcounted of"
              + " pattern qstring real record rule set streamed string token udecimal unicode"
              + " unsigned utf8 varstring varunicode");
  /** Rouge's ECL keywords. */
  private static final Set<String> KEYWORDS =
      Words.set(
          "_token after all and any as atmost before best between case cluster compressed"
              + " compression const counter csv default descend encoding encrypt end endmacro"
              + " enum escape except exclusive expire export extend fail few fileposition first"
              + " flat forward from full function functionmacro group grouped heading hole"
              + " ifblock import in inner interface internal joined keep keyed last left limit"
              + " linkcounted literal load local locale lookup lzw many maxcount maxlength"
              + " module mofn multiple named namespace nocase noroot noscan nosort not noxpath"
              + " of onfail only opt or outer overwrite packed partition penalty physicallength"
              + " pipe prefetch quote record repeat retry return right rows rowset scan scope"
              + " self separator service shared skew skip smart soapaction sql stable store"
              + " terminator thor threshold timelimit timeout token transform trim type"
              + " unicodeorder unordered unsorted unstable update use validate virtual whole"
              + " width wild within wnotrim xml xpath");
  /** Rouge's ECL functions. */
  private static final Set<String> FUNCTIONS =
      Words.set(
          "_token abs acos aggregate allnodes apply ascii asin assert asstring atan ave"
              + " build buildindex case catch choose choosen choosesets clustersize combine"
              + " correlation cos cosh count covariance cron dataset dedup define denormalize"
              + " dictionary distribute distributed distribution ebcdic enth error evaluate"
              + " event eventextra eventname exists exp fail failcode failmessage fetch"
              + " fromunicode fromxml getenv getisvalid global graph group hash hashcrc having"
              + " httpcall httpheader if iff index intformat isvalid iterate join keydiff"
              + " keypatch keyunicode length library limit ln loadxml local log loop map matched"
              + " matchlength matchposition matchtext matchunicode max merge mergejoin min"
              + " nofold nolocal nonempty normalize nothor notify output parallel parse pipe"
              + " power preload process project pull random range rank ranked realformat"
              + " recordof regexfind regexreplace regroup rejected rollup round roundup row"
              + " rowdiff sample sequential set sin sinh sizeof soapcall sort sorted sqrt"
              + " stepped stored sum table tan tanh thisnode topn tounicode toxml transfer"
              + " transform trim truncate typeof ungroup unicodeorder variance wait which"
              + " workunit xmldecode xmlencode xmltext xmlunicode");

  private static final Set<String> WORDS0 =
      Words.set(
          "audit blas date file math metaphone metaphone3 str"
              + " " + "system uni");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ecl");
    b.state(
        "single_quote",
        s ->
            s.rule("[xDQUV]?'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'", STRING_SINGLE)
                .rule("\\\\(x\\\\h{2}|[0-2][0-7]{,2}|3[0-6][0-7]?|37[0-7]?|[4-7][0-7]?|.|$)", TEXT));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("(?s)/[*].*?[*]/", COMMENT_MULTILINE));
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT)
                .rule("//.*", COMMENT_SINGLE)
                .mixin("inline_whitespace"));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .mixin("single_quote")
                .rule("\\b(?i:(and|not|or|in))\\b", OPERATOR_WORD)
                .rule("[:=|>|<|<>|/|\\\\|\\+|-|=]", OPERATOR)
                .rule("[\\[\\]{}();,\\&,\\.,\\%]", PUNCTUATION)
                .rule("(?s)\\b(?i:(beginc\\+\\+.*?endc\\+\\+))", STRING_SINGLE)
                .rule("(?s)\\b(?i:(embed.*?endembed))", STRING_SINGLE)
                .rule(
              "\\b(\\w+)\\.(\\w+)\\.(\\w+)",
              (lx, m) -> {
                if ((lx.group(1).equals("std") && WORDS0.contains(lx.group(2)))) {
                  lx.token(NAME_CLASS);
                } else {
                  lx.token(NAME_VARIABLE);
                }
              })
                .rule("\\b(?i:(u)?decimal)(\\d+(_\\d+)?)\\b", KEYWORD_TYPE)
                .rule("(?i)\\d+\\.\\d+(e[\\+\\-]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)x[0-9a-f]+", NUMBER_HEX)
                .rule("(?i)0x[0-9a-f]+", NUMBER_HEX)
                .rule("(?i)0[0-9a-f]+x", NUMBER_HEX)
                .rule("0[bB][01]+", NUMBER_BIN)
                .rule("[01]+[bB]", NUMBER_BIN)
                .rule("\\d+", NUMBER_INTEGER)
                .rule(
              "(?i)(#?)\\b([a-z_][\\w]*?)(\\d*)\\b",
              (lx, m) -> {
                String nameOnly = m.group(2).toLowerCase(Locale.ROOT);
                String name = nameOnly + m.group(3);
                BigInteger number = m.group(3).isEmpty() ? null : new BigInteger(m.group(3));
                if (m.group(1).equals("#")) {
                  lx.token(TEMPLATE.contains(name) ? KEYWORD_TYPE : ERROR);
                } else if (TYPED.contains(nameOnly) && number != null) {
                  lx.token(KEYWORD_TYPE);
                } else if (TYPE.contains(name)) {
                  lx.token(KEYWORD_TYPE);
                } else if (KEYWORDS.contains(name)) {
                  lx.token(KEYWORD);
                } else if (FUNCTIONS.contains(name)) {
                  lx.token(NAME_FUNCTION);
                } else if ((nameOnly.equals("integer") || nameOnly.equals("unsigned"))
                    && number != null
                    && number.signum() > 0
                    && number.compareTo(BigInteger.valueOf(8)) <= 0) {
                  lx.token(KEYWORD_TYPE);
                } else if (nameOnly.equals("real")
                    && number != null
                    && (number.equals(BigInteger.valueOf(4)) || number.equals(BigInteger.valueOf(8)))) {
                  lx.token(KEYWORD_TYPE);
                } else if (name.equals("true") || name.equals("false")) {
                  lx.token(KEYWORD_CONSTANT);
                } else {
                  lx.token(NAME_OTHER);
                }
              }));
    return b.build();
  }
}
