package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's GDScript lexer ({@code lexers/gdscript.rb}) as a rule table. */
final class GdscriptLexer {
  private GdscriptLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("gdscript", "gd", "gdscript");
    b.state(
        "root",
        s ->
            s.rule("\\n", TEXT)
                .rule("[^\\S\\n]+", TEXT)
                .rule("#.*", COMMENT_SINGLE)
                .rule("[\\[\\]{}:(),;]", PUNCTUATION)
                .rule("\\\\\\n", TEXT)
                .rule("(in|and|or|not)\\b", OPERATOR_WORD)
                .rule("!=|==|<<|>>|&&|\\+=|-=|\\*=|/=|%=|&=|\\|=|\\|\\||[-~+/*%=<>&^.!|$]", OPERATOR)
                .rule(
              "(func)((?:\\s|\\\\)+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("funcname");
              })
                .rule(
              "(class)((?:\\s|\\\\)+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("classname");
              })
                .mixin("keywords")
                .mixin("builtins")
                .rule("\"\"\"", STRING_DOUBLE, "escape_tdqs")
                .rule("'''", STRING_DOUBLE, "escape_tsqs")
                .rule("\"", STRING_DOUBLE, "escape_dqs")
                .rule("'", STRING_DOUBLE, "escape_sqs")
                .mixin("name")
                .mixin("numbers"));
    b.state(
        "keywords",
        s ->
            s.rule("\\b(and|in|not|or|as|breakpoint|class|class_name|extends|is|func|setget|signal|tool|const|enum|export|onready|static|var|break|continue|if|elif|else|for|pass|return|match|while|remote|master|puppet|remotesync|mastersync|puppetsync)\\b", KEYWORD)
                .rule("\\b(do|switch|case)\\b", KEYWORD_RESERVED));
    b.state(
        "builtins",
        s ->
            s.rule("\\b(Color8|ColorN|abs|acos|asin|assert|atan|atan2|bytes2var|ceil|char|clamp|convert|cos|cosh|db2linear|decimals|dectime|deg2rad|dict2inst|ease|exp|floor|fmod|fposmod|funcref|hash|inst2dict|instance_from_id|is_inf|is_nan|lerp|linear2db|load|log|max|min|nearest_po2|pow|preload|print|print_stack|printerr|printraw|prints|printt|rad2deg|rand_range|rand_seed|randf|randi|randomize|range|round|seed|sign|sin|sinh|sqrt|stepify|str|str2var|tan|tan|tanh|type_exist|typeof|var2bytes|var2str|weakref|yield)\\b", NAME_BUILTIN)
                .rule("\\b((self|false|true)|(PI|TAU|NAN|INF))\\b", NAME_BUILTIN_PSEUDO)
                .rule("\\b(bool|int|float|String|Vector2|Rect2|Transform2D|Vector3|AABB|Plane|Quat|Basis|Transform|Color|RID|Object|NodePath|Dictionary|Array|PoolByteArray|PoolIntArray|PoolRealArray|PoolStringArray|PoolVector2Array|PoolVector3Array|PoolColorArray|null)\\b", KEYWORD_TYPE));
    b.state(
        "numbers",
        s ->
            s.rule("(\\d+\\.\\d*|\\d*\\.\\d+)([eE][+-]?[0-9]+)?j?", NUMBER_FLOAT)
                .rule("\\d+[eE][+-]?[0-9]+j?", NUMBER_FLOAT)
                .rule("0[xX][a-fA-F0-9]+", NUMBER_HEX)
                .rule("\\d+j?", NUMBER_INTEGER));
    b.state(
        "name",
        s ->
            s.rule("[a-zA-Z_]\\w*", NAME));
    b.state(
        "funcname",
        s ->
            s.rule("[a-zA-Z_]\\w*", NAME_FUNCTION, POP));
    b.state(
        "classname",
        s ->
            s.rule("[a-zA-Z_]\\w*", NAME_CLASS, POP));
    b.state(
        "string_escape",
        s ->
            s.rule("\\\\([\\\\abfnrtv\"\\']|\\n|N\\{.*?\\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})", STRING_ESCAPE));
    b.state(
        "strings_single",
        s ->
            s.rule("%(\\(\\w+\\))?[-#0 +]*([0-9]+|[*])?(\\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]", STRING_INTERPOL)
                .rule("[^\\\\'%\\n]+", STRING_SINGLE)
                .rule("[\"\\\\]", STRING_SINGLE)
                .rule("%", STRING_SINGLE));
    b.state(
        "strings_double",
        s ->
            s.rule("%(\\(\\w+\\))?[-#0 +]*([0-9]+|[*])?(\\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]", STRING_INTERPOL)
                .rule("[^\\\\\"%\\n]+", STRING_DOUBLE)
                .rule("['\\\\]", STRING_DOUBLE)
                .rule("%", STRING_DOUBLE));
    b.state(
        "dqs",
        s ->
            s.rule("\"", STRING_DOUBLE, POP)
                .rule("\\\\\\\\|\\\\\"|\\\\\\n", STRING_ESCAPE)
                .mixin("strings_double"));
    b.state(
        "escape_dqs",
        s ->
            s.mixin("string_escape")
                .mixin("dqs"));
    b.state(
        "sqs",
        s ->
            s.rule("'", STRING_SINGLE, POP)
                .rule("\\\\\\\\|\\\\'|\\\\\\n", STRING_ESCAPE)
                .mixin("strings_single"));
    b.state(
        "escape_sqs",
        s ->
            s.mixin("string_escape")
                .mixin("sqs"));
    b.state(
        "tdqs",
        s ->
            s.rule("\"\"\"", STRING_DOUBLE, POP)
                .mixin("strings_double")
                .rule("\\n", STRING_DOUBLE));
    b.state(
        "escape_tdqs",
        s ->
            s.mixin("string_escape")
                .mixin("tdqs"));
    b.state(
        "tsqs",
        s ->
            s.rule("'''", STRING_SINGLE, POP)
                .mixin("strings_single")
                .rule("\\n", STRING_SINGLE));
    b.state(
        "escape_tsqs",
        s ->
            s.mixin("string_escape")
                .mixin("tsqs"));
    return b.build();
  }
}
