package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Meson lexer ({@code lexers/meson.rb}) as a rule table. */
final class MesonLexer {
  private MesonLexer() {}

  @SuppressWarnings("unchecked")
  private static java.util.ArrayDeque<String[]> strings(RegexLexing lx) {
    return (java.util.ArrayDeque<String[]>) lx.vars().computeIfAbsent("strings", k -> new java.util.ArrayDeque<>());
  }

  private static final Set<String> WORDS0 =
      Words.set(
          "add_global_arguments add_global_link_arguments add_languages add_project_arguments add_project_link_arguments add_test_setup alias_target assert"
              + " " + "benchmark both_libraries build_target configuration_data configure_file custom_target declare_dependency dependency"
              + " " + "disabler environment error executable files find_library find_program generator"
              + " " + "get_option get_variable gettext import include_directories install_data install_headers install_man"
              + " " + "install_subdir is_disabler is_variable jar join_paths library message option"
              + " " + "project run_command run_target set_variable shared_library shared_module static_library subdir"
              + " " + "subdir_done subproject summary test vcs_tag warning");

  private static final Set<String> WORDS1 =
      Words.set(
          "build_machine host_machine meson target_machine");

  private static final Set<String> WORDS2 =
      Words.set(
          "break continue elif else endforeach endif false foreach"
              + " " + "if true");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("meson");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\n+", TEXT)
                .rule("[^\\S\\n]+", TEXT)
                .rule("#(.*)?\\n?", COMMENT_SINGLE)
                .rule("[\\[\\]{}:(),;.]", PUNCTUATION)
                .rule("\\\\\\n", TEXT)
                .rule("\\\\", TEXT)
                .rule("(in|and|or|not)\\b", OPERATOR_WORD)
                .rule("[-+/*%=<>]=?|!=", OPERATOR)
                .rule(
              "(?i)([f]?)('''|['])",
              (lx, m) -> {
                lx.groups(STRING_AFFIX, STRING);
                strings(lx).add(new String[] {lx.group(1).toLowerCase(java.util.Locale.ROOT), lx.group(2)});
                lx.push("generic_string");
              })
                .rule(
              "(?<!\\.)(?-si:[[:alpha:]_][[:alnum:]_]*)\\b\\s*(?=\\()",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(NAME_BUILTIN);
                } else {
                  lx.token(NAME);
                }
              })
                .rule(
              "(?<!\\.)(?-si:[[:alpha:]_][[:alnum:]_]*)(?!\\s*?:)",
              (lx, m) -> {
                if (WORDS1.contains(lx.group(0))) {
                  lx.token(NAME_BUILTIN);
                } else {
                  if (WORDS2.contains(lx.group(0))) {
                    lx.token(KEYWORD);
                  } else {
                    lx.token(NAME);
                  }
                }
              })
                .rule("[[:alpha:]_][[:alnum:]_]*", NAME)
                .rule("(?i)0b(_?[0-1])+", NUMBER_BIN)
                .rule("(?i)0o(_?[0-7])+", NUMBER_OCT)
                .rule("(?i)0x(_?[a-f0-9])+", NUMBER_HEX)
                .rule("([1-9](_?[0-9])*|0(_?0)*)", NUMBER_INTEGER));
    b.state(
        "generic_string",
        s ->
            s.rule("[^'\\\\\\@]+", STRING)
                .rule(
              "'''|[']",
              (lx, m) -> {
                lx.token(STRING);
                if (strings(lx).peekLast()[1].equals(lx.group(0))) {
                  strings(lx).pollLast();
                  lx.pop();
                }
              })
                .rule("(?=\\\\)", STRING, "generic_escape")
                .rule(
              "\\@",
              (lx, m) -> {
                if (strings(lx).peekLast()[0].contains("f")) {
                  lx.token(STRING_INTERPOL);
                  lx.push("generic_interpol");
                } else {
                  lx.token(STRING);
                }
              }));
    b.state(
        "generic_escape",
        s ->
            s.rule(
              "\\\\([\\\\abfnrtv']|N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})",
              (lx, m) -> {
                lx.token(STRING_ESCAPE);
                lx.pop();
              })
                .rule("\\\\.", STRING, POP));
    b.state(
        "generic_interpol",
        s ->
            s.rule(
              "[^\\@]+",
              (lx, m) -> {
                lx.recurse(lx.group(0));
              })
                .rule("\\@", STRING_INTERPOL, POP));
    return b.build();
  }
}
