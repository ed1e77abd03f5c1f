package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Nim lexer ({@code nim}) as a rule table, state for state. */
final class NimLexer {
  private NimLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("nim", "nimrod");
    b.state(
        "chars",
        s ->
            s.rule("\\\\([\\\\abcefnrtvl\"\\']|x[a-fA-F0-9]{2}|[0-9]{1,3})", STRING_ESCAPE)
                .rule("'", STRING_CHAR, POP)
                .rule(".", STRING_CHAR));
    b.state(
        "strings",
        s ->
            s.rule("(?<!\\$)\\$(\\d+|#|\\w+)+", STRING_INTERPOL)
                .rule("[^\\\\\\'\"\\$\\n]+", STRING)
                .rule("[\\'\"\\\\]", STRING)
                .rule("\\$", STRING));
    b.state(
        "dqs",
        s ->
            s.rule("\\\\([\\\\abcefnrtvl\"\\']|\\n|x[a-fA-F0-9]{2}|[0-9]{1,3})", STRING_ESCAPE)
                .rule("\"", STRING, POP)
                .mixin("strings"));
    b.state(
        "rdqs",
        s ->
            s.rule("\"(?!\")", STRING, POP)
                .rule("\"", STRING_ESCAPE, POP)
                .mixin("strings"));
    b.state(
        "tdqs",
        s ->
            s.rule("\"\"\"(?!\")", STRING, POP)
                .mixin("strings")
                .mixin("nl"));
    b.state(
        "funcname",
        s ->
            s.rule("((?![\\d_])\\w)(((?!_)\\w)|(_(?!_)\\w))*", NAME_FUNCTION, POP)
                .rule("`.+`", NAME_FUNCTION, POP));
    b.state(
        "nl",
        s ->
            s.rule("\\n", STRING));
    b.state(
        "floatnumber",
        s ->
            s.rule("\\.(?!\\.)[0-9_]*", NUMBER_FLOAT)
                .rule("[eE][+-]?[0-9][0-9_]*", NUMBER_FLOAT)
                .rule("", TEXT, POP));
    b.state(
        "floatsuffix",
        s ->
            s.rule("'?[fF](32|64)", NUMBER_FLOAT)
                .rule("", TEXT, POP));
    b.state(
        "intsuffix",
        s ->
            s.rule("'?[iI](32|64)", NUMBER_INTEGER_LONG)
                .rule("'?[iI](8|16)", NUMBER_INTEGER)
                .rule("'?[uU]", NUMBER_INTEGER)
                .rule("", TEXT, POP));
    b.state(
        "root",
        s ->
            s.rule("##.*$", STRING_DOC)
                .rule("#.*$", COMMENT)
                .rule("\\*|=|>|<|\\+|-|/|@|\\$|~|&|%|\\!|\\?|\\||\\\\|\\[|\\]", OPERATOR)
                .rule("\\.\\.|\\.|,|\\[\\.|\\.\\]|{\\.|\\.}|\\(\\.|\\.\\)|{|}|\\(|\\)|:|\\^|`|;", PUNCTUATION)
                .rule("(?:\\w+)\"", STRING, "rdqs")
                .rule("\"\"\"", STRING, "tdqs")
                .rule("\"", STRING, "dqs")
                .rule("'", STRING_CHAR, "chars")
                .rule("(a_?n_?d_?|o_?r_?|n_?o_?t_?|x_?o_?r_?|s_?h_?l_?|s_?h_?r_?|d_?i_?v_?|m_?o_?d_?|i_?n_?|n_?o_?t_?i_?n_?|i_?s_?|i_?s_?n_?o_?t_?)\\b", OPERATOR_WORD)
                .rule("(p_?r_?o_?c_?\\s)(?![\\(\\[\\]])", KEYWORD, "funcname")
                .rule("(a_?d_?d_?r_?|a_?s_?|a_?s_?m_?|a_?t_?o_?m_?i_?c_?|b_?i_?n_?d_?|b_?l_?o_?c_?k_?|b_?r_?e_?a_?k_?|c_?a_?s_?e_?|c_?a_?s_?t_?|c_?o_?n_?s_?t_?|c_?o_?n_?t_?i_?n_?u_?e_?|c_?o_?n_?v_?e_?r_?t_?e_?r_?|d_?e_?f_?e_?r_?|d_?i_?s_?c_?a_?r_?d_?|d_?i_?s_?t_?i_?n_?c_?t_?|d_?o_?|e_?l_?i_?f_?|e_?l_?s_?e_?|e_?n_?d_?|e_?n_?u_?m_?|e_?x_?c_?e_?p_?t_?|e_?x_?p_?o_?r_?t_?|f_?u_?n_?c_?|f_?i_?n_?a_?l_?l_?y_?|f_?o_?r_?|f_?r_?o_?m_?|g_?e_?n_?e_?r_?i_?c_?|i_?f_?|i_?m_?p_?o_?r_?t_?|i_?n_?c_?l_?u_?d_?e_?|i_?n_?t_?e_?r_?f_?a_?c_?e_?|i_?t_?e_?r_?a_?t_?o_?r_?|l_?e_?t_?|m_?a_?c_?r_?o_?|m_?e_?t_?h_?o_?d_?|m_?i_?x_?i_?n_?|n_?i_?l_?|o_?b_?j_?e_?c_?t_?|o_?f_?|o_?u_?t_?|p_?r_?o_?c_?|p_?t_?r_?|r_?a_?i_?s_?e_?|r_?e_?f_?|r_?e_?t_?u_?r_?n_?|s_?t_?a_?t_?i_?c_?|t_?e_?m_?p_?l_?a_?t_?e_?|t_?r_?y_?|t_?u_?p_?l_?e_?|t_?y_?p_?e_?|u_?s_?i_?n_?g_?|v_?a_?r_?|w_?h_?e_?n_?|w_?h_?i_?l_?e_?|w_?i_?t_?h_?|w_?i_?t_?h_?o_?u_?t_?|y_?i_?e_?l_?d_?)\\b", KEYWORD)
                .rule("(f_?r_?o_?m_?|i_?m_?p_?o_?r_?t_?|i_?n_?c_?l_?u_?d_?e_?)\\b", KEYWORD_NAMESPACE)
                .rule("(v_?a_?r)\\b", KEYWORD_DECLARATION)
                .rule("(i_?n_?t_?|i_?n_?t_?8_?|i_?n_?t_?1_?6_?|i_?n_?t_?3_?2_?|i_?n_?t_?6_?4_?|f_?l_?o_?a_?t_?|f_?l_?o_?a_?t_?3_?2_?|f_?l_?o_?a_?t_?6_?4_?|b_?o_?o_?l_?|c_?h_?a_?r_?|r_?a_?n_?g_?e_?|a_?r_?r_?a_?y_?|s_?e_?q_?|s_?e_?t_?|s_?t_?r_?i_?n_?g_?)\\b", KEYWORD_TYPE)
                .rule("(n_?i_?l_?|t_?r_?u_?e_?|f_?a_?l_?s_?e_?)\\b", KEYWORD_PSEUDO)
                .rule("\\b((?![_\\d])\\w)(((?!_)\\w)|(_(?!_)\\w))*", NAME)
                .rule("[0-9][0-9_]*(?=([eE.]|'?[fF](32|64)))", (lx, m) -> {
                  lx.push("floatsuffix");
                  lx.push("floatnumber");
                  lx.token(NUMBER_FLOAT);
                })
                .rule("0[xX][a-fA-F0-9][a-fA-F0-9_]*", NUMBER_HEX, "intsuffix")
                .rule("0[bB][01][01_]*", NUMBER, "intsuffix")
                .rule("0o[0-7][0-7_]*", NUMBER_OCT, "intsuffix")
                .rule("[0-9][0-9_]*", NUMBER_INTEGER, "intsuffix")
                .rule("\\s+", TEXT)
                .rule(".+$", ERROR));
    return b.build();
  }
}
