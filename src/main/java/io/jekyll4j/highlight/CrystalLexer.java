package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Crystal lexer ({@code lexers/crystal.rb}) as a rule table. */
final class CrystalLexer {
  private CrystalLexer() {}

  private static final Pattern RE_INTERP = RubyPattern.compile("[rQWxI]");

  private static final java.util.Map<String, String> CLOSERS =
      java.util.Map.of("{", "}", "[", "]", "(", ")", "<", ">");

  private record Heredoc(boolean tolerant, String name) {}

  @SuppressWarnings("unchecked")
  private static java.util.ArrayDeque<Heredoc> queue(RegexLexing lx) {
    return (java.util.ArrayDeque<Heredoc>)
        lx.vars().computeIfAbsent("heredocs", k -> new java.util.ArrayDeque<>());
  }

  private static void heredoc(RegexLexing lx, String op, String constant, String name) {
    lx.token(OPERATOR, op);
    lx.token(NAME_CONSTANT, constant);
    queue(lx).add(new Heredoc(op.equals("<<-") || op.equals("<<~"), name));
    if (!lx.stateIs("heredoc_queue")) {
      lx.push("heredoc_queue");
    }
  }

  /** Ruby's Regexp.escape of one character. */
  private static String escape(String c) {
    return switch (c) {
      case "\n" -> "\\n";
      case "\t" -> "\\t";
      case "\r" -> "\\r";
      case "\f" -> "\\f";
      case " " -> "\\ ";
      default -> ".*?+^$|()[]{}\\/-#".contains(c) ? "\\" + c : c;
    };
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("crystal", "cr");
    b.start(lx -> {
      lx.push("expr_start");
      // @heredoc_queue starts empty: queue(lx) is made on first use
    });
    b.state(
        "symbols",
        s ->
            s.rule("(?i):@{0,2}[a-z_]\\w*[!?]?", STRING_SYMBOL)
                .rule(":(?:===|=?~|\\[\\][=?]?|\\*\\*=?|\\/\\/=?|[=^*/+-]=?|&[&*+-]?=?|\\|\\|?=?|![=~]?|%=?|<=>|<<?=?|>>?=?|\\.\\.\\.?)", STRING_SYMBOL)
                .rule(":'(\\\\\\\\|\\\\'|[^'])*'", STRING_SYMBOL)
                .rule(":\"", STRING_SYMBOL, "simple_sym"));
    b.state(
        "sigil_strings",
        s ->
            s.rule(
              "%([rqswQWxiI])?([^\\w\\s}])",
              (lx, m) -> {
                String kind = lx.group(1);
                String open = escape(lx.group(2));
                String close = escape(CLOSERS.getOrDefault(lx.group(2), lx.group(2)));
                boolean interp = kind != null && RE_INTERP.matcher(kind).find();
                Token tok = STRING_OTHER;
                if ("r".equals(kind)) {
                  tok = STRING_REGEX;
                  lx.push("regex_flags");
                }
                lx.token(tok);
                Token toktype = tok;
                lx.push(
                    "crystal:sigil:" + open + interp + tok,
                    sb -> {
                      sb.rule("\\\\[#" + open + close + "\\\\]", STRING_ESCAPE);
                      if (!open.equals(close)) {
                        sb.rule(
                            open,
                            (l2, m2) -> {
                              l2.token(toktype);
                              l2.push();
                            });
                      }
                      sb.rule(close, toktype, POP);
                      if (interp) {
                        sb.mixin("string_intp_escaped").rule("#", toktype);
                      } else {
                        sb.rule("[\\\\#]", toktype);
                      }
                      sb.rule("(?s)[^#" + open + close + "\\\\]+", toktype);
                    });
              }));
    b.state(
        "strings",
        s ->
            s.mixin("symbols")
                .rule("\\b[a-z_]\\w*?[?!]?:\\s+", STRING_SYMBOL, "expr_start")
                .rule("\"", STRING_DOUBLE, "simple_string")
                .rule("(?<!\\.)`", STRING_BACKTICK, "simple_backtick")
                .rule(
              "(')(\\\\u[a-fA-F0-9]{4}|\\\\u\\{[a-fA-F0-9]{1,6}\\}|\\\\[abefnrtv])?(\\\\\\\\|\\\\'|[^'])*(')",
              (lx, m) -> {
                lx.groups(STRING_SINGLE, STRING_ESCAPE, STRING_SINGLE, STRING_SINGLE);
              }));
    b.state(
        "regex_flags",
        s ->
            s.rule("[mixounse]*", STRING_REGEX, POP));
    b.state(
        "simple_string",
        s ->
            s.mixin("string_intp_escaped")
                .rule("(?s)[^\\\\\"#]+", STRING_DOUBLE)
                .rule("[\\\\#]", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "simple_sym",
        s ->
            s.mixin("string_intp_escaped")
                .rule("(?s)[^\\\\\"#]+", STRING_SYMBOL)
                .rule("[\\\\#]", STRING_SYMBOL)
                .rule("\"", STRING_SYMBOL, POP));
    b.state(
        "simple_backtick",
        s ->
            s.mixin("string_intp_escaped")
                .rule("(?s)[^\\\\`#]+", STRING_BACKTICK)
                .rule("[\\\\#]", STRING_BACKTICK)
                .rule("`", STRING_BACKTICK, POP));
    b.state(
        "whitespace",
        s ->
            s.mixin("inline_whitespace")
                .rule("(?s)\\n\\s*", TEXT, "expr_start")
                .rule("#.*$", COMMENT_SINGLE)
                .rule("(?s)=begin\\b.*?\\n=end\\b", COMMENT_MULTILINE));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("__END__", COMMENT_PREPROC, "end_part")
                .rule("0o[0-7]+(?:_[0-7]+)*", NUMBER_OCT)
                .rule("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", NUMBER_HEX)
                .rule("0b[01]+(?:_[01]+)*", NUMBER_BIN)
                .rule("(?i)\\d+\\.\\d+(e[\\+\\-]?\\d+)?(_f32)?", NUMBER_FLOAT)
                .rule("(?i)\\d+(e[\\+\\-]?\\d+)", NUMBER_FLOAT)
                .rule("(?i)\\d+_f32", NUMBER_FLOAT)
                .rule("[\\d]+(?:_\\d+)*(_[iu]\\d+)?", NUMBER_INTEGER)
                .rule("@\\[([^\\]]+)\\]", NAME_DECORATOR)
                .rule("(?i)@@[a-z_]\\w*", NAME_VARIABLE_CLASS)
                .rule("(?i)@[a-z_]\\w*", NAME_VARIABLE_INSTANCE)
                .rule("\\$\\w+", NAME_VARIABLE_GLOBAL)
                .rule("\\$[!@&`'+~=/\\\\,;.<>_*\\$?:\"]", NAME_VARIABLE_GLOBAL)
                .rule("\\$-[0adFiIlpvw]", NAME_VARIABLE_GLOBAL)
                .rule("::", OPERATOR)
                .mixin("strings")
                .rule("(?:BEGIN|END|alias|begin|break|case|defined\\?|do|else|elsif|end|ensure|for|if|ifdef|in|next|redo|rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield|lib|fun|type|of|as)\\b", KEYWORD, "expr_start")
                .rule("(?:initialize|new|loop|include|extend|raise|attr_reader|attr_writer|attr_accessor|alias_method|attr|catch|throw|private|module_function|public|protected|true|false|nil|__FILE__|__LINE__|getter|getter?|getter!|property|property?|property!|struct|record)\\b", KEYWORD_PSEUDO, "expr_start")
                .rule(
              "(module)(\\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT, NAME_NAMESPACE);
              })
                .rule(
              "(def|macro\\b)(\\s*)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("funcname");
              })
                .rule(
              "(class\\b)(\\s*)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("classname");
              })
                .rule("(?:eql|equal|include|is_a|iterator|kind_of|nil)[?]", NAME_BUILTIN, "expr_start")
                .rule("(?:chomp|chop|exit|gsub|sub)!", NAME_BUILTIN, "expr_start")
                .rule("(?<!\\.)(?:abort|ancestors|at_exit|caller|catch|chomp|chop|clone|constants|display|dup|eval|exec|exit|extend|fail|fork|format|freeze|getc|gets|global_variables|gsub|hash|id|included_modules|inspect|instance_eval|instance_method|instance_methods|lambda|loop|method|method_missing|methods|module_eval|name|object_id|open|p|print|printf|proc|putc|puts|raise|rand|readline|readlines|require|scan|select|self|send|sleep|split|sprintf|srand|sub|syscall|system|test|throw|to_a|to_s|trap|warn)\\b", NAME_BUILTIN, "method_call")
                .mixin("has_heredocs")
                .rule("\\.{2,3}", OPERATOR, "expr_start")
                .rule("[A-Z][a-zA-Z0-9_]*", NAME_CONSTANT, "method_call")
                .rule(
              "(\\.|::)(\\s*)([a-z_]\\w*[!?]?|[*%&^`~+-/\\[<>=])",
              (lx, m) -> {
                lx.groups(PUNCTUATION, TEXT, NAME_FUNCTION);
                lx.push("method_call");
              })
                .rule("[a-zA-Z_]\\w*[?!]", NAME, "expr_start")
                .rule("[a-zA-Z_]\\w*", NAME, "method_call")
                .rule("\\*\\*|//|>=|<=|<=>|<<?|>>?|=~|={3}|!~|&&?|\\|\\||\\.", OPERATOR, "expr_start")
                .rule("{%|%}", PUNCTUATION)
                .rule("[-+/*%=<>&!^|~]=?", OPERATOR, "expr_start")
                .rule(
              "[?]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("ternary");
                lx.push("expr_start");
              })
                .rule("[\\[({,:\\\\;/]", PUNCTUATION, "expr_start")
                .rule("[\\])}]", PUNCTUATION));
    b.state(
        "has_heredocs",
        s ->
            s.rule(
              "(?<!\\w)(<<[-~]?)([\"`']?)([a-zA-Z_]\\w*)(\\2)",
              (lx, m) -> {
                heredoc(lx, lx.group(1), lx.group(2) + lx.group(3) + lx.group(4), lx.group(3));
              })
                .rule(
              "(<<[-~]?)([\"'])(\\2)",
              (lx, m) -> {
                // m[4] is nil in Ruby ("#{nil}" is ""); this regex has three groups
                heredoc(lx, lx.group(1), lx.group(2) + lx.group(3), "");
              }));
    b.state(
        "heredoc_queue",
        s ->
            s.rule(
              "(?=\\n)",
              (lx, m) -> {
                lx.gotoState("resolve_heredocs");
              })
                .mixin("root"));
    b.state(
        "resolve_heredocs",
        s ->
            s.mixin("string_intp_escaped")
                .rule("\\n", STRING_HEREDOC, "test_heredoc")
                .rule("[#\\\\\\n]", STRING_HEREDOC)
                .rule("[^#\\\\\\n]+", STRING_HEREDOC));
    b.state(
        "test_heredoc",
        s ->
            s.rule(
              "[^#\\\\\\n]*$",
              (lx, m) -> {
                Heredoc first = queue(lx).peekFirst();
                String text = lx.group(0);
                String check = first != null && first.tolerant() ? text.strip() : text.stripTrailing();
                if (first != null && check.equals(first.name())) {
                  queue(lx).pollFirst();
                  if (queue(lx).isEmpty()) {
                    lx.pop();
                  }
                  lx.token(NAME_CONSTANT);
                } else {
                  lx.token(STRING_HEREDOC);
                }
                lx.pop();
              })
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "funcname",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\\(", PUNCTUATION, "defexpr")
                .rule(
              "(?:([a-zA-Z_]\\w*)(\\.))?([a-zA-Z_]\\w*[!?]?|\\*\\*?|[-+]@?|[/%&\\|^`~]|\\[\\]=?|<<?|>>?|<=>?|>=|===?)",
              (lx, m) -> {
                lx.groups(NAME_CLASS, OPERATOR, NAME_FUNCTION);
                lx.pop();
              })
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "classname",
        s ->
            s.rule("\\s+", TEXT)
                .rule(
              "\\(",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("defexpr");
                lx.push("expr_start");
              })
                .rule(
              "<<",
              (lx, m) -> {
                lx.token(OPERATOR);
                lx.gotoState("expr_start");
              })
                .rule("[A-Z_]\\w*", NAME_CLASS, POP)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "ternary",
        s ->
            s.rule(
              ":(?!:)",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("expr_start");
              })
                .mixin("root"));
    b.state(
        "defexpr",
        s ->
            s.rule(
              "(\\))(\\.|::)?",
              (lx, m) -> {
                lx.groups(PUNCTUATION, OPERATOR);
                lx.pop();
              })
                .rule(
              "\\(",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("defexpr");
                lx.push("expr_start");
              })
                .mixin("root"));
    b.state(
        "in_interp",
        s ->
            s.rule("}", STRING_INTERPOL, POP)
                .mixin("root"));
    b.state(
        "string_intp",
        s ->
            s.rule("[#][{]", STRING_INTERPOL, "in_interp")
                .rule("(?i)#(@@?|\\$)[a-z_]\\w*", STRING_INTERPOL));
    b.state(
        "string_intp_escaped",
        s ->
            s.mixin("string_intp")
                .rule("\\\\([\\\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("\\\\u([a-fA-F0-9]{4}|\\{[^}]+\\})", STRING_ESCAPE)
                .rule("\\\\.", STRING_ESCAPE));
    b.state(
        "method_call",
        s ->
            s.rule(
              "/",
              (lx, m) -> {
                lx.token(OPERATOR);
                lx.gotoState("expr_start");
              })
                .rule(
              "(?=\\n)",
              (lx, m) -> {
                lx.pop();
              })
                .rule(
              "",
              (lx, m) -> {
                lx.gotoState("method_call_spaced");
              }));
    b.state(
        "method_call_spaced",
        s ->
            s.mixin("whitespace")
                .rule(
              "[%/]=",
              (lx, m) -> {
                lx.token(OPERATOR);
                lx.gotoState("expr_start");
              })
                .rule(
              "(/)(?=\\S|\\s*/)",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("slash_regex");
              })
                .mixin("sigil_strings")
                .rule(
              "(?=\\s*/)",
              (lx, m) -> {
                lx.pop();
              })
                .rule(
              "\\s+",
              (lx, m) -> {
                lx.token(TEXT);
                lx.gotoState("expr_start");
              })
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "expr_start",
        s ->
            s.mixin("inline_whitespace")
                .rule(
              "/",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("slash_regex");
              })
                .rule("[?](\\\\[MC]-)*(\\\\([\\\\abefnrstv\\#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\\S)(?!\\w)", STRING_CHAR, POP)
                .rule(
              "(\\s*)(%[rqswQWxiI]? \\S* )",
              (lx, m) -> {
                lx.groups(TEXT, STRING_OTHER);
                lx.pop();
              })
                .mixin("sigil_strings")
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "slash_regex",
        s ->
            s.mixin("string_intp")
                .rule("\\\\\\\\", STRING_REGEX)
                .rule("\\\\/", STRING_REGEX)
                .rule("[\\\\#]", STRING_REGEX)
                .rule("(?s)[^\\\\/#]+", STRING_REGEX)
                .rule(
              "/",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("regex_flags");
              }));
    b.state(
        "end_part",
        s ->
            s.rule("(?s).+", COMMENT_PREPROC, POP));
    return b.build();
  }
}
