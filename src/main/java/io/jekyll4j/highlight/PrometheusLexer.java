package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Prometheus lexer ({@code lexers/prometheus.rb}) as a rule table. */
final class PrometheusLexer {
  private PrometheusLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "abs absent avg_over_time ceil changes clamp_max clamp_min count_over_time"
              + " " + "count_scalar day_of_month day_of_week days_in_month delta deriv drop_common_labels exp"
              + " " + "floor histogram_quantile holt_winters hour idelta increase irate label_replace"
              + " " + "ln log10 log2 max_over_time min_over_time month predict_linear quantile_over_time"
              + " " + "rate resets round scalar sort sort_desc sqrt stddev_over_time"
              + " " + "stdvar_over_time sum_over_time time vector year");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("prometheus", "prometheus");
    b.state(
        "root",
        s ->
            s.mixin("strings")
                .mixin("whitespace")
                .rule("-?\\d+\\.\\d+", NUMBER_FLOAT)
                .rule("-?\\d+[smhdwy]?", NUMBER_INTEGER)
                .mixin("operators")
                .rule(
              "(ignoring|on)(\\()",
              (lx, m) -> {
                lx.groups(KEYWORD_PSEUDO, PUNCTUATION);
                lx.push("label_list");
              })
                .rule(
              "(group_left|group_right)(\\()",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, PUNCTUATION);
              })
                .rule("(bool|offset)\\b", KEYWORD)
                .rule("(without|by)\\b", KEYWORD, "label_list")
                .rule(
              "[\\w:]+",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(NAME_BUILTIN);
                } else {
                  lx.token(NAME);
                }
              })
                .mixin("metrics"));
    b.state(
        "metrics",
        s ->
            s.rule("[a-zA-Z0-9_-]+", NAME)
                .rule("[\\(\\)\\]:.,]", PUNCTUATION)
                .rule("\\{", PUNCTUATION, "filters")
                .rule("\\[", PUNCTUATION));
    b.state(
        "strings",
        s ->
            s.rule("\"", STRING_DOUBLE, "double_string_escaped")
                .rule("'", STRING_SINGLE, "single_string_escaped")
                .rule("`.*`", STRING_BACKTICK));
    b.state(
        "double_string_escaped",
        s ->
            s.rule("\\\\[\\\\abfnrtv\"]", STRING_ESCAPE)
                .rule("(?s)[^\\\\\"]+", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "single_string_escaped",
        s ->
            s.rule("\\\\[\\\\abfnrtv']", STRING_ESCAPE)
                .rule("(?s)[^\\\\']+", STRING_SINGLE)
                .rule("'", STRING_SINGLE, POP));
    b.state(
        "filters",
        s ->
            s.mixin("inline_whitespace")
                .rule(",", PUNCTUATION)
                .mixin("labels")
                .mixin("filter_matching_operators")
                .mixin("strings")
                .rule("}", PUNCTUATION, POP));
    b.state(
        "label_list",
        s ->
            s.rule("\\(", PUNCTUATION)
                .rule("[a-zA-Z0-9_:-]+", NAME_ATTRIBUTE)
                .rule(",", PUNCTUATION)
                .mixin("whitespace")
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "labels",
        s ->
            s.rule("[a-zA-Z0-9_:-]+", NAME_ATTRIBUTE));
    b.state(
        "operators",
        s ->
            s.rule("[+\\-\\*/%\\^]", OPERATOR)
                .rule("=|==|!=|<|>|<=|>=", OPERATOR)
                .rule("and|or|unless", OPERATOR)
                .rule("(sum|min|max|avg|stddev|stdvar|count|count_values|bottomk|topk)\\b", NAME_FUNCTION));
    b.state(
        "filter_matching_operators",
        s ->
            s.rule("!(=|~)|=~?", OPERATOR));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT));
    b.state(
        "whitespace",
        s ->
            s.mixin("inline_whitespace")
                .rule("(?s)\\n\\s*", TEXT)
                .rule("#.*?$", COMMENT));
    return b.build();
  }
}
