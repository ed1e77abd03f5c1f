package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/**
 * Rouge 3.30's lexers for small configuration-file languages as rule tables: TOML, INI, Java
 * properties and nginx.
 */
final class ConfigFileLexers {
  private ConfigFileLexers() {}

  static RegexLexer toml() {
    String id = "(?:\\S+|\"[^\"]+\"|'[^']+')";
    RegexLexer.Builder b = RegexLexer.builder("toml");
    b.state(
        "basic",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*?$", COMMENT)
                .rule("(true|false)", KEYWORD_CONSTANT)
                .groupsThen(
                    "(" + id + ")(\\s*)(=)(\\s*)(\\{)",
                    "inline",
                    NAME_NAMESPACE,
                    TEXT,
                    OPERATOR,
                    TEXT,
                    PUNCTUATION)
                .rule("(?<!=)\\s*\\[[\\S]+\\]", NAME_NAMESPACE)
                .rule("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", LITERAL_DATE)
                .rule(
                    "[+-]?\\d+(?:_\\d+)*\\.\\d+(?:_\\d+)*(?:[eE][+-]?\\d+(?:_\\d+)*)?",
                    NUMBER_FLOAT)
                .rule("[+-]?\\d+(?:_\\d+)*[eE][+-]?\\d+(?:_\\d+)*", NUMBER_FLOAT)
                .rule("[+-]?(?:nan|inf)", NUMBER_FLOAT)
                .rule("0x\\h+(?:_\\h+)*", NUMBER_HEX)
                .rule("0o[0-7]+(?:_[0-7]+)*", NUMBER_OCT)
                .rule("0b[01]+(?:_[01]+)*", NUMBER_BIN)
                .rule("[+-]?\\d+(?:_\\d+)*", NUMBER_INTEGER));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .groupsThen(
                    "(" + id + ")(\\s*)(=)", "value", NAME_PROPERTY, TEXT, PUNCTUATION));
    b.state("value", s -> s.rule("\\n", TEXT, POP).mixin("content"));
    b.state(
        "content",
        s ->
            s.mixin("basic")
                .groups("(" + id + ")(\\s*)(=)", NAME_PROPERTY, TEXT, PUNCTUATION)
                .rule("\"\"\"", STRING, "mdq")
                .rule("\"", STRING, "dq")
                .rule("'''", STRING, "msq")
                .rule("'", STRING, "sq")
                .mixin("esc_str")
                .rule(",", PUNCTUATION)
                .rule("\\[", PUNCTUATION, "array"));
    b.state(
        "dq",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\n", ERROR, POP)
                .mixin("esc_str")
                .rule("[^\\\\\"\\n]+", STRING));
    b.state(
        "mdq",
        s ->
            s.rule("\"\"\"", STRING, POP)
                .mixin("esc_str")
                .rule("[^\\\\\"]+", STRING)
                .rule("\"+", STRING));
    b.state(
        "sq",
        s -> s.rule("'", STRING, POP).rule("\\n", ERROR, POP).rule("[^'\\n]+", STRING));
    b.state(
        "msq", s -> s.rule("'''", STRING, POP).rule("[^']+", STRING).rule("'+", STRING));
    b.state("esc_str", s -> s.rule("\\\\[0t\\tn\\n \"\\\\r]", STRING_ESCAPE));
    b.state("array", s -> s.mixin("content").rule("\\]", PUNCTUATION, POP));
    b.state("inline", s -> s.mixin("content").rule("\\}", PUNCTUATION, POP));
    return b.build();
  }

  static RegexLexer ini() {
    String id = "[\\w\\-.]+";
    RegexLexer.Builder b = RegexLexer.builder("ini");
    b.state(
        "basic",
        s -> s.rule("[;#].*?\\n", COMMENT).rule("\\s+", TEXT).rule("\\\\\\n", STRING_ESCAPE));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .groupsThen("(" + id + ")(\\s*)(=)", "value", NAME_PROPERTY, TEXT, PUNCTUATION)
                .rule("\\[.*?\\]", NAME_NAMESPACE));
    b.state(
        "value",
        s ->
            s.rule("\\n", TEXT, POP)
                .mixin("basic")
                .rule("\"", STRING, "dq")
                .rule("'.*?'", STRING)
                .mixin("esc_str")
                .rule("[^\\\\\\n]+", STRING));
    b.state(
        "dq",
        s -> s.rule("\"", STRING, POP).mixin("esc_str").rule("(?s)[^\\\\\"]+", STRING));
    b.state("esc_str", s -> s.rule("(?s)\\\\.", STRING_ESCAPE));
    return b.build();
  }

  static RegexLexer properties() {
    String id = "[\\w.-]+";
    RegexLexer.Builder b = RegexLexer.builder("properties");
    b.state(
        "basic",
        s -> s.rule("[!#].*?\\n", COMMENT).rule("\\s+", TEXT).rule("\\\\\\n", STRING_ESCAPE));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .groupsThen("(" + id + ")(\\s*)([=:])", "value", NAME_PROPERTY, TEXT, PUNCTUATION));
    b.state(
        "value",
        s ->
            s.rule("\\n", TEXT, POP)
                .mixin("basic")
                .rule("\"", STRING, "dq")
                .rule("'.*?'", STRING)
                .mixin("esc_str")
                .rule("[^\\\\\\n]+", STRING));
    b.state(
        "dq",
        s -> s.rule("\"", STRING, POP).mixin("esc_str").rule("(?s)[^\\\\\"]+", STRING));
    b.state(
        "esc_str",
        s -> s.rule("\\\\u[0-9]{4}", STRING_ESCAPE).rule("(?s)\\\\.", STRING_ESCAPE));
    return b.build();
  }

  static RegexLexer nginx() {
    String id = "[^\\s$;{}()#]+";
    RegexLexer.Builder b = RegexLexer.builder("nginx");
    b.state(
        "root",
        s ->
            s.groups("(include)(\\s+)([^\\s;]+)", KEYWORD, TEXT, NAME)
                .rule(id, KEYWORD, "statement")
                .mixin("base"));
    b.state(
        "block",
        s ->
            s.rule("\\}", PUNCTUATION, POP)
                .rule(id, KEYWORD_NAMESPACE, "statement")
                .mixin("base"));
    b.state(
        "statement",
        s ->
            s.rule(
                    "\\{",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.pop();
                      lx.push("block");
                    })
                .rule(";", PUNCTUATION, POP)
                .mixin("base"));
    b.state(
        "base",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*", COMMENT_SINGLE)
                .rule("(?:on|off)\\b", NAME_CONSTANT)
                .rule("[$][\\w-]+", NAME_VARIABLE)
                .groups("(?i)([a-z0-9.-]+)(:)([0-9]+)", NAME_FUNCTION, PUNCTUATION, NUMBER_INTEGER)
                .rule("(?i)[a-z-]+/[a-z-]+", NAME_CLASS)
                .rule("(?i)[0-9]+[kmg]?\\b", NUMBER_INTEGER)
                .groups("(~)(\\s*)([^\\s{]+)", PUNCTUATION, TEXT, STRING_REGEX)
                .rule("[:=~]", PUNCTUATION)
                .rule("/(?:" + id + ")?", NAME)
                .rule("[^#\\s;{}$\\\\]+", STRING)
                .rule("[$;]", TEXT));
    return b.build();
  }
}
