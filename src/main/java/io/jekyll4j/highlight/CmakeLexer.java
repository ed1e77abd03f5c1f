package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's CMake lexer ({@code cmake}) as a rule table, state for state. */
final class CmakeLexer {
  private CmakeLexer() {}

  private static final Set<String> BUILTIN_COMMANDS =
      Words.set(
          "add_compile_definitions add_compile_options add_custom_command add_custom_target"
              + " add_definitions add_dependencies add_executable add_library add_link_options"
              + " add_subdirectory add_test aux_source_directory break build_command build_name"
              + " cmake_host_system_information cmake_language cmake_minimum_required"
              + " cmake_parse_arguments cmake_policy configure_file create_test_sourcelist"
              + " define_property else elseif enable_language enable_testing endforeach"
              + " endfunction endif endmacro endwhile exec_program execute_process export"
              + " export_library_dependencies file find_file find_library find_package find_path"
              + " find_program fltk_wrap_ui foreach function get_cmake_property"
              + " get_directory_property get_filename_component get_property"
              + " get_source_file_property get_target_property get_test_property if include"
              + " include_directories include_external_msproject include_guard"
              + " include_regular_expression install install_files install_programs"
              + " install_targets link_directories link_libraries list load_cache load_command"
              + " macro make_directory mark_as_advanced math message option output_required_files"
              + " project qt_wrap_cpp qt_wrap_ui remove remove_definitions return"
              + " separate_arguments set set_directory_properties set_property"
              + " set_source_files_properties set_target_properties set_tests_properties site_name"
              + " source_group string subdir_depends subdirs target_compile_definitions"
              + " target_compile_features target_compile_options target_include_directories"
              + " target_link_directories target_link_libraries target_link_options"
              + " target_precompile_headers target_sources try_compile try_run unset"
              + " use_mangled_mesa utility_source variable_requires variable_watch while"
              + " write_file");

  /** Rouge's {@code STATES_MAP[state.name]}: nil (no token) for other states. */
  private static Token stateToken(RegexLexing lx) {
    return switch (lx.stateName()) {
      case "root" -> TEXT;
      case "bracket_string", "quoted_argument" -> STRING_DOUBLE;
      case "bracket_comment" -> COMMENT_MULTILINE;
      case "variable_reference" -> NAME_VARIABLE;
      default -> null;
    };
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("cmake");
    b.state(
        "default",
        s ->
            s.rule("\\r\\n?|\\n", (lx, m) -> {
                  lx.token(stateToken(lx));
                })
                .rule(".", (lx, m) -> {
                  lx.token(stateToken(lx));
                }));
    b.state(
        "variable_interpolation",
        s ->
            s.rule("\\$\\{", (lx, m) -> {
                  lx.token(STRING_INTERPOL);
                  lx.push("variable_reference");
                }));
    b.state(
        "bracket_close",
        s ->
            s.rule("\\]=*\\]", (lx, m) -> {
                  lx.token(stateToken(lx));
                  if (Integer.valueOf(m.group().length()).equals(lx.vars().get("bracket_len"))) {
                    lx.gotoState("root");
                  }
                }));
    b.state(
        "root",
        s ->
            s.mixin("variable_interpolation")
                .rule("[ \\t]", TEXT)
                .rule("[()]", PUNCTUATION)
                .rule("#\\[=*\\[", (lx, m) -> {
                  lx.token(COMMENT_MULTILINE);
                  lx.vars().put("bracket_len", m.group().length() - 1);
                  lx.gotoState("bracket_comment");
                })
                .rule("\\[=*\\[", (lx, m) -> {
                  lx.token(STRING_DOUBLE);
                  lx.vars().put("bracket_len", m.group().length());
                  lx.gotoState("bracket_string");
                })
                .rule("\\\\\"", TEXT)
                .rule("\"", STRING_DOUBLE, "quoted_argument")
                .rule("([A-Za-z_][A-Za-z0-9_]*)([ \\t]*)(\\()", (lx, m) -> {
                  lx.groups(
                      BUILTIN_COMMANDS.contains(m.group(1)) ? NAME_BUILTIN : NAME_FUNCTION, TEXT, PUNCTUATION);
                })
                .rule("#.*", COMMENT_SINGLE)
                .mixin("default"));
    b.state(
        "bracket_string",
        s ->
            s.mixin("bracket_close")
                .mixin("variable_interpolation")
                .mixin("default"));
    b.state(
        "bracket_comment",
        s ->
            s.mixin("bracket_close")
                .mixin("default"));
    b.state(
        "variable_reference",
        s ->
            s.mixin("variable_interpolation")
                .rule("}", STRING_INTERPOL, POP)
                .mixin("default"));
    b.state(
        "quoted_argument",
        s ->
            s.mixin("variable_interpolation")
                .rule("\"", STRING_DOUBLE, "root")
                .rule("\\\\[()#\" \\\\$@^trn;]", STRING_ESCAPE)
                .mixin("default"));
    return b.build();
  }
}
