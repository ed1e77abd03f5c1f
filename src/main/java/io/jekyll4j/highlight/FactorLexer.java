package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Factor lexer ({@code lexers/factor.rb}) as a rule table. */
final class FactorLexer {
  private FactorLexer() {}

  /** Every word of Rouge's Factor builtins (all vocabularies). */
  private static final Set<String> BUILTINS =
      Words.set(
          "(accumulate) (all-integers?) (clone) (each-integer) (find-integer) * + +@ +byte+"
              + " +character+ - -rot / /f /i /mod 1array 1sequence 1string 2/ 2^ 2all? 2array 2bi"
              + " 2bi* 2bi@ 2cache 2cleave 2cleave>quot 2curry 2dip 2drop 2dup 2each 2keep 2map"
              + " 2map-as 2map-reduce 2nip 2over 2reduce 2reverse-each 2selector 2sequence 2tri"
              + " 2tri* 2tri@ 2unclip-slice 3append 3append-as 3array 3bi 3cleave 3cleave>quot"
              + " 3curry 3dip 3drop 3dup 3each 3keep 3map 3map-as 3sequence 3tri 4array 4dip"
              + " 4sequence < <= <array> <condition> <continuation> <enum> <flat-slice> <fp-nan>"
              + " <repetition> <restart> <reversed> <slice> <string> <wrapper> = > >= >alist"
              + " >array >bignum >boolean >continuation< >fixnum >float >integer >string ? ?1+ ?at"
              + " ?execute ?nth abs accumulate accumulate! accumulate-as align alist>quot"
              + " all-integers? all? and any? append append! append-as array array? assert"
              + " assert-sequence assert-sequence= assert-sequence? assert= assert? assoc"
              + " assoc-all? assoc-any? assoc-clone-like assoc-combine assoc-diff assoc-each"
              + " assoc-empty? assoc-filter assoc-filter-as assoc-find assoc-hashcode"
              + " assoc-intersect assoc-like assoc-map assoc-map-as assoc-partition assoc-refine"
              + " assoc-size assoc-stack assoc-subset? assoc-union assoc= assoc>map assoc? at at*"
              + " at+ attempt-all attempt-all-error attempt-all-error? bad-seek-type"
              + " bad-seek-type? bi bi* bi-curry bi-curry* bi-curry@ bi@ bignum bignum?"
              + " binary-reduce bind bit? bitand bitnot bitor bits>double bits>float bitxor bl boa"
              + " boolean boolean? both? bounds-check bounds-check? bounds-error bounds-error?"
              + " build but-last but-last-slice byte-array>bignum cache call call-effect callcc0"
              + " callcc1 callstack callstack>array callstack? case case-find case>quot catchstack"
              + " change change-at change-global change-nth check-slice cleanup clear clear-assoc"
              + " cleave cleave>quot clone clone-like collapse-slice collector collector-for"
              + " complex complex? compose compose? compute-restarts concat concat-as cond"
              + " cond>quot condition condition? contents continuation continuation? continue"
              + " continue-with copy count counter curry curry? cut cut* cut-slice datastack dec"
              + " delete-all delete-at delete-at* delete-slice denominator die dip do double>bits"
              + " drop drop-prefix dup dupd each each-block each-index each-integer each-line"
              + " each-morsel each-stream-block each-stream-line either? empty? enum enum? eq?"
              + " equal? error error-continuation error-stream error-thread even? exchange execute"
              + " execute-effect extract-keys filter filter! filter-as find find-from find-integer"
              + " find-last find-last-from find-last-integer first first2 first3 first4 fixnum"
              + " fixnum? flip float float>bits float? flush follow fourth fp-bitwise="
              + " fp-infinity? fp-nan-payload fp-nan? fp-qnan? fp-sign fp-snan? fp-special? get"
              + " get-global global glue halves harvest hashcode hashcode* head head* head-slice"
              + " head-slice* head? identity-hashcode identity-tuple identity-tuple? if if*"
              + " if-empty if-zero ifcc ignore-errors imaginary-part immutable immutable-sequence"
              + " immutable-sequence? immutable? inc inc-at index index-from indices infimum"
              + " init-namespaces initialize input-stream insert-nth integer integer? interleave"
              + " iota iota? join keep key? keys last last-index last-index-from length lengthen"
              + " like linear-case-quot lines log2 log2-expects-positive log2-expects-positive?"
              + " loop make-assoc map map! map-as map-find map-find-last map-index map-integers"
              + " map-reduce map-sum map>assoc max-length maybe-set-at member-eq? member?"
              + " midpoint@ min-length mismatch mod most move namespace namestack neg new"
              + " new-assoc new-like new-resizable new-sequence next-float next-power-of-2 nip nl"
              + " no-case no-case? no-cond no-cond? not nth nths null number number= number?"
              + " numerator object odd? off on or output-stream over pad-head pad-tail padding"
              + " pair pair? partition pick pop pop* power-of-2? prefix prepend prepose prev-float"
              + " print produce produce-as product push push-all push-at push-either push-if ratio"
              + " ratio? rational rational? read read-partial read-until read1 readln real"
              + " real-part real? recip recover recursive-hashcode reduce reduce-index rem remove"
              + " remove! remove-eq remove-eq! remove-nth remove-nth! rename-at repetition"
              + " repetition? replace-slice replicate replicate-as resize-array resize-string rest"
              + " rest-slice restart restart? restarts retainstack rethrow rethrow-restarts return"
              + " return-continuation reverse reverse! reversed reversed? rot second seek-absolute"
              + " seek-absolute? seek-end seek-end? seek-input seek-output seek-relative"
              + " seek-relative? selector selector-for sequence sequence-hashcode"
              + " sequence-hashcode-step sequence= sequence? set set-at set-catchstack set-first"
              + " set-fourth set-global set-last set-length set-namestack set-nth set-second"
              + " set-third sgn shift short shorten shorter? sift slice slice-error slice-error?"
              + " slice? snip snip-slice spread spread>quot sq start start* stream-contents"
              + " stream-copy stream-element-type stream-flush stream-lines stream-nl stream-print"
              + " stream-read stream-read-partial stream-read-until stream-read1 stream-readln"
              + " stream-seek stream-tell stream-write stream-write1 string string? subseq subseq?"
              + " substitute suffix suffix! sum sum-lengths supremum surround swap swapd tail"
              + " tail* tail-slice tail-slice* tail? tell-input tell-output third"
              + " thread-error-hook throw throw-restarts times to-fixed-point tri tri* tri-curry"
              + " tri-curry* tri-curry@ tri@ trim trim-head trim-head-slice trim-slice trim-tail"
              + " trim-tail-slice tuple tuple? u< u<= u> u>= unclip unclip-last unclip-last-slice"
              + " unclip-slice unless unless* unless-empty unless-zero unordered? until unzip"
              + " update value-at value-at* value? values virtual-exemplar virtual-sequence"
              + " virtual-sequence? virtual@ when when* when-empty when-zero while with"
              + " with-datastack with-input-stream with-input-stream* with-output-stream"
              + " with-output-stream* with-return with-scope with-streams with-streams*"
              + " with-variable wrapper wrapper? write write1 wrong-values wrong-values? xor zero?"
              + " zip");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("factor");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule(
              "(?s)(:|::|MACRO:|MEMO:|GENERIC:|HELP:)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_FUNCTION);
              })
                .rule(
              "(?s)(M:|HOOK:|GENERIC#)(\\s+)(\\S+)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_CLASS, TEXT, NAME_FUNCTION);
              })
                .rule("\\((?=\\s)", NAME_FUNCTION, "stack_effect")
                .rule(";(?=\\s)", KEYWORD)
                .rule(
              "(?s)(USING:)((?:\\s|\\\\\\s)+)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT);
                lx.push("import");
              })
                .rule(
              "(?s)(IN:|USE:|UNUSE:|QUALIFIED:|QUALIFIED-WITH:)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE);
              })
                .rule(
              "(?s)(FROM:|EXCLUDE:)(\\s+)(\\S+)(\\s+)(=>)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE, TEXT, PUNCTUATION);
              })
                .rule("(?:ALIAS|DEFER|FORGET|POSTPONE):", KEYWORD_NAMESPACE)
                .rule(
              "(?s)(TUPLE:)(\\s+)(\\S+)(\\s+)(<)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_CLASS, TEXT, PUNCTUATION, TEXT, NAME_CLASS);
                lx.push("slots");
              })
                .rule(
              "(?s)(TUPLE:)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_CLASS);
                lx.push("slots");
              })
                .rule(
              "(?s)(UNION:|INTERSECTION:)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_CLASS);
              })
                .rule(
              "(?s)(PREDICATE:)(\\s+)(\\S+)(\\s+)(<)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_CLASS, TEXT, PUNCTUATION, TEXT, NAME_CLASS);
              })
                .rule(
              "(?s)(C:)(\\s+)(\\S+)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_FUNCTION, TEXT, NAME_CLASS);
              })
                .rule("(INSTANCE|SLOT|MIXIN|SINGLETONS?|CONSTANT|SYMBOLS?|ERROR|SYNTAX|ALIEN|TYPEDEF|FUNCTION|STRUCT):", KEYWORD)
                .rule("(?:<PRIVATE|PRIVATE>)", KEYWORD_NAMESPACE)
                .rule(
              "(MAIN:)(\\s+)(\\S+)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT, NAME_FUNCTION);
              })
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("\\S+\"\\s+(?:\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("(CHAR:)(\\s+)(\\\\[\\\\abfnrstv]*|\\S)(?=\\s)", STRING_CHAR)
                .rule("!\\s+.*$", COMMENT)
                .rule("#!\\s+.*$", COMMENT)
                .rule("[tf](?=\\s)", NAME_CONSTANT)
                .rule("-?\\d+\\.\\d+(?=\\s)", NUMBER_FLOAT)
                .rule("-?\\d+(?=\\s)", NUMBER_INTEGER)
                .rule("(?s)HEX:\\s+[a-fA-F\\d]+(?=\\s)", NUMBER_HEX)
                .rule("BIN:\\s+[01]+(?=\\s)", NUMBER_BIN)
                .rule("OCT:\\s+[0-7]+(?=\\s)", NUMBER_OCT)
                .rule("[-+/*=<>^](?=\\s)", OPERATOR)
                .rule("(?:deprecated|final|foldable|flushable|inline|recursive)(?=\\s)", KEYWORD)
                .rule(
              "\\S+",
              (lx, m) -> {
                lx.token(BUILTINS.contains(m.group()) ? NAME_BUILTIN : NAME);
              }));
    b.state(
        "stack_effect",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\\(", NAME_FUNCTION, "stack_effect")
                .rule("\\)", NAME_FUNCTION, POP)
                .rule("--", NAME_FUNCTION)
                .rule("\\S+", NAME_VARIABLE));
    b.state(
        "slots",
        s ->
            s.rule("\\s+", TEXT)
                .rule(";(?=\\s)", KEYWORD, POP)
                .rule("\\S+", NAME_VARIABLE));
    b.state(
        "import",
        s ->
            s.rule(";(?=\\s)", KEYWORD, POP)
                .rule("\\s+", TEXT)
                .rule("\\S+", NAME_NAMESPACE));
    return b.build();
  }
}
