package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Graphql lexer ({@code lexers/graphql.rb}) as a rule table. */
final class GraphqlLexer {
  private GraphqlLexer() {}

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("graphql");
    b.state(
        "root",
        s ->
            s.rule("\\b(?:query|mutation|subscription)\\b", KEYWORD, "query_definition")
                .rule(
              "\\{",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("query_definition");
                lx.push("selection_set");
              })
                .rule("\\bfragment\\b", KEYWORD, "fragment_definition")
                .rule("\\bscalar\\b", KEYWORD, "value")
                .rule("\\b(?:type|interface|enum)\\b", KEYWORD, "type_definition")
                .rule("\\b(?:input|schema)\\b", KEYWORD, "type_definition")
                .rule("\\bunion\\b", KEYWORD, "union_definition")
                .rule("\\bextend\\b", KEYWORD)
                .mixin("basic")
                .rule(
              "(?s)(\"\"\")(\\n)(.*?)(\\n)(\"\"\")",
              (lx, m) -> {
                lx.token(STRING_DOUBLE, lx.group(1));
                lx.token(WHITESPACE, lx.group(2));
                lx.delegate(lexer.apply("markdown"), lx.group(3));
                lx.token(WHITESPACE, lx.group(4));
                lx.token(STRING_DOUBLE, lx.group(5));
              }));
    b.state(
        "basic",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("#.*$", COMMENT)
                .rule("[!,]", PUNCTUATION));
    b.state(
        "has_directives",
        s ->
            s.rule(
              "(@(?-si:[_A-Za-z][_0-9A-Za-z]*))(\\s*)(\\()",
              (lx, m) -> {
                lx.groups(KEYWORD, WHITESPACE, PUNCTUATION);
                lx.push("arguments");
              })
                .rule("@(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", KEYWORD));
    b.state(
        "fragment_definition",
        s ->
            s.rule("\\bon\\b", KEYWORD)
                .mixin("query_definition"));
    b.state(
        "query_definition",
        s ->
            s.mixin("has_directives")
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule("\\(", PUNCTUATION, "variable_definitions")
                .rule("\\{", PUNCTUATION, "selection_set")
                .mixin("basic"));
    b.state(
        "type_definition",
        s ->
            s.rule("\\bimplements\\b", KEYWORD)
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule("\\(", PUNCTUATION, "variable_definitions")
                .rule("\\{", PUNCTUATION, "type_definition_set")
                .mixin("basic"));
    b.state(
        "union_definition",
        s ->
            s.rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule("\\=", PUNCTUATION, "union_definition_variant")
                .mixin("basic"));
    b.state(
        "union_definition_variant",
        s ->
            s.rule(
              "\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b",
              (lx, m) -> {
                lx.token(NAME);
                lx.pop();
                lx.push("union_definition_pipe");
              })
                .mixin("basic"));
    b.state(
        "union_definition_pipe",
        s ->
            s.rule(
              "\\|",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
                lx.push("union_definition_variant");
              })
                .rule(
              "(?!\\||\\s+|#[^\\n]*)",
              (lx, m) -> {
                lx.pop(2);
              })
                .mixin("basic"));
    b.state(
        "type_definition_set",
        s ->
            s.rule(
              "\\}",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop(2);
              })
                .rule(
              "\\b((?-si:[_A-Za-z][_0-9A-Za-z]*))(\\s*)(\\()",
              (lx, m) -> {
                lx.groups(NAME, WHITESPACE, PUNCTUATION);
                lx.push("variable_definitions");
              })
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule(":", PUNCTUATION, "type_names")
                .mixin("basic"));
    b.state(
        "arguments",
        s ->
            s.rule(
              "\\)",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
              })
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule(":", PUNCTUATION, "value")
                .mixin("basic"));
    b.state(
        "variable_definitions",
        s ->
            s.rule(
              "\\)",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
              })
                .rule("\\$(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME_VARIABLE)
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule(":", PUNCTUATION, "type_names")
                .rule("\\=", PUNCTUATION, "value")
                .mixin("basic"));
    b.state(
        "type_names",
        s ->
            s.rule("\\b(?:Int|Float|String|Boolean|ID)\\b", NAME_BUILTIN, POP)
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME, POP)
                .rule("\\[", PUNCTUATION, "type_name_list")
                .mixin("basic"));
    b.state(
        "type_name_list",
        s ->
            s.rule("\\b(?:Int|Float|String|Boolean|ID)\\b", NAME_BUILTIN)
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule(
              "\\]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop(2);
              })
                .mixin("basic"));
    b.state(
        "selection_set",
        s ->
            s.mixin("has_directives")
                .rule(
              "\\}",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
                if ((lx.stateIs("query_definition") || lx.stateIs("fragment_definition"))) {
                  lx.pop();
                }
              })
                .rule(
              "\\b((?-si:[_A-Za-z][_0-9A-Za-z]*))(\\s*)(\\()",
              (lx, m) -> {
                lx.groups(NAME, WHITESPACE, PUNCTUATION);
                lx.push("arguments");
              })
                .rule(
              "\\b((?-si:[_A-Za-z][_0-9A-Za-z]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME, WHITESPACE, PUNCTUATION);
              })
                .rule("\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b", NAME)
                .rule(
              "(\\.\\.\\.)(\\s+)(on)\\b",
              (lx, m) -> {
                lx.groups(PUNCTUATION, WHITESPACE, KEYWORD);
              })
                .rule("\\.\\.\\.", PUNCTUATION)
                .rule("\\{", PUNCTUATION, "selection_set")
                .mixin("basic"));
    b.state(
        "list",
        s ->
            s.rule(
              "\\]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
                if (lx.stateIs("value")) {
                  lx.pop();
                }
              })
                .mixin("value"));
    b.state(
        "object",
        s ->
            s.rule(
              "\\}",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
                if (lx.stateIs("value")) {
                  lx.pop();
                }
              })
                .rule(
              "\\b((?-si:[_A-Za-z][_0-9A-Za-z]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME, WHITESPACE, PUNCTUATION);
                lx.push("value");
              })
                .mixin("basic"));
    b.state(
        "value",
        s ->
            s.rule("(?s)\"\"\".*?\"\"\"", STRING_DOUBLE)
                .rule(
              "\\$(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b",
              (lx, m) -> {
                lx.token(NAME_VARIABLE);
                if (!(lx.stateIs("list"))) {
                  lx.pop();
                }
              })
                .rule(
              "\\b(?:true|false|null)\\b",
              (lx, m) -> {
                lx.token(KEYWORD_CONSTANT);
                if (!(lx.stateIs("list"))) {
                  lx.pop();
                }
              })
                .rule(
              "[+-]?[0-9]+\\.[0-9]+(?:[eE][+-]?[0-9]+)?",
              (lx, m) -> {
                lx.token(NUMBER_FLOAT);
                if (!(lx.stateIs("list"))) {
                  lx.pop();
                }
              })
                .rule(
              "[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?",
              (lx, m) -> {
                lx.token(NUMBER_INTEGER);
                if (!(lx.stateIs("list"))) {
                  lx.pop();
                }
              })
                .rule(
              "\"(\\\\[\\\\\"]|[^\"])*\"",
              (lx, m) -> {
                lx.token(STRING_DOUBLE);
                if (!(lx.stateIs("list"))) {
                  lx.pop();
                }
              })
                .rule(
              "\\b(?-si:[_A-Za-z][_0-9A-Za-z]*)\\b",
              (lx, m) -> {
                lx.token(NAME);
                if (!(lx.stateIs("list"))) {
                  lx.pop();
                }
              })
                .rule("\\{", PUNCTUATION, "object")
                .rule("\\[", PUNCTUATION, "list")
                .mixin("basic"));
    return b.build();
  }
}
