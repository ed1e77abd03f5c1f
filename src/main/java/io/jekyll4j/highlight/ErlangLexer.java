package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Erlang lexer ({@code erlang}) as a rule table, state for state. */
final class ErlangLexer {
  private ErlangLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("erlang", "erl");
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("%.*\\n", COMMENT)
                .rule("(after|begin|case|catch|cond|end|fun|if|let|of|query|receive|try|when)\\b", KEYWORD)
                .rule("(abs|append_element|apply|atom_to_list|binary_to_list|bitstring_to_list|binary_to_term|bit_size|bump_reductions|byte_size|cancel_timer|check_process_code|delete_module|demonitor|disconnect_node|display|element|erase|exit|float|float_to_list|fun_info|fun_to_list|function_exported|garbage_collect|get|get_keys|group_leader|hash|hd|integer_to_list|iolist_to_binary|iolist_size|is_atom|is_binary|is_bitstring|is_boolean|is_builtin|is_float|is_function|is_integer|is_list|is_number|is_pid|is_port|is_process_alive|is_record|is_reference|is_tuple|length|link|list_to_atom|list_to_binary|list_to_bitstring|list_to_existing_atom|list_to_float|list_to_integer|list_to_pid|list_to_tuple|load_module|localtime_to_universaltime|make_tuple|md5|md5_final|md5_update|memory|module_loaded|monitor|monitor_node|node|nodes|open_port|phash|phash2|pid_to_list|port_close|port_command|port_connect|port_control|port_call|port_info|port_to_list|process_display|process_flag|process_info|purge_module|put|read_timer|ref_to_list|register|resume_process|round|send|send_after|send_nosuspend|set_cookie|setelement|size|spawn|spawn_link|spawn_monitor|spawn_opt|split_binary|start_timer|statistics|suspend_process|system_flag|system_info|system_monitor|system_profile|term_to_binary|tl|trace|trace_delivered|trace_info|trace_pattern|trunc|tuple_size|tuple_to_list|universaltime_to_localtime|unlink|unregister|whereis)\\b", NAME_BUILTIN)
                .rule("(and|andalso|band|bnot|bor|bsl|bsr|bxor|div|not|or|orelse|rem|xor)\\b", OPERATOR_WORD)
                .rule("^-", PUNCTUATION, "directive")
                .rule("(\\+\\+?|--?|\\*|/|<|>|/=|=:=|=/=|=<|>=|==?|<-|!|\\?)", OPERATOR)
                .rule("\"", STRING, "string")
                .rule("<<", NAME_LABEL)
                .rule(">>", NAME_LABEL)
                .groups("((?-si:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]'))(:)", NAME_NAMESPACE, PUNCTUATION)
                .groups("(?:^|(?<=:))((?-si:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]'))(\\s*)(\\()", NAME_FUNCTION, TEXT, PUNCTUATION)
                .rule("[+-]?(?-si:[2-9]|[12][0-9]|3[0-6])#[0-9a-zA-Z]+", NUMBER_INTEGER)
                .rule("[+-]?\\d+", NUMBER_INTEGER)
                .rule("[+-]?\\d+.\\d+", NUMBER_FLOAT)
                .rule("[\\]\\[:_@\\\".{}()|;,]", PUNCTUATION)
                .rule("(?:[A-Z_][a-zA-Z0-9_]*)", NAME_VARIABLE)
                .rule("(?:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]')", NAME)
                .rule("\\?(?-si:(?-si:[A-Z_][a-zA-Z0-9_]*)|(?-si:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]'))", NAME_CONSTANT)
                .rule("\\$(?:(?-si:\\\\(?:[bdefnrstv\\'\"\\\\\\/]|[0-7][0-7]?[0-7]?|\\^[a-zA-Z]))|\\\\[ %]|[^\\\\])", STRING_CHAR)
                .rule("#(?-si:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]')(:?\\.(?-si:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]'))?", NAME_LABEL));
    b.state(
        "string",
        s ->
            s.rule("(?:\\\\(?:[bdefnrstv\\'\"\\\\/]|[0-7][0-7]?[0-7]?|\\^[a-zA-Z]))", STRING_ESCAPE)
                .rule("\"", STRING, POP)
                .rule("~[0-9.*]*[~#+bBcdefginpPswWxX]", STRING_INTERPOL)
                .rule("[^\"\\\\~]+", STRING)
                .rule("~", STRING));
    b.state(
        "directive",
        s ->
            s.rule("(define)(\\s*)(\\()((?-si:(?-si:[A-Z_][a-zA-Z0-9_]*)|(?-si:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]')))", (lx, m) -> {
                  lx.groups(NAME_ENTITY, TEXT, PUNCTUATION, NAME_CONSTANT);
                  lx.pop();
                })
                .rule("(record)(\\s*)(\\()((?-si:(?-si:[A-Z_][a-zA-Z0-9_]*)|(?-si:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]')))", (lx, m) -> {
                  lx.groups(NAME_ENTITY, TEXT, PUNCTUATION, NAME_LABEL);
                  lx.pop();
                })
                .rule("(?:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]')", NAME_ENTITY, POP));
    return b.build();
  }
}
