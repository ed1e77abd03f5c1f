package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.function.Consumer;

/** Rouge 3.30's Ruby lexer as a rule table (heredocs, sigil strings, regexes, interpolation). */
final class RubyLexer {
  private RubyLexer() {}

  private static final String KEYWORDS =
      "BEGIN END alias begin break case defined\\? do else elsif end ensure for if in next redo"
          + " rescue raise retry return super then undef unless until when while yield";
  private static final String KEYWORDS_PSEUDO =
      "loop include extend raise alias_method attr catch throw private module_function public"
          + " protected true false nil __FILE__ __LINE__";
  private static final String BUILTINS_G =
      "attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload"
          + " binding callcc caller catch chomp chop class_eval class_variables clone"
          + " const_defined\\? const_get const_missing const_set constants display dup eval exec"
          + " exit extend fail fork format freeze getc gets global_variables gsub hash id"
          + " included_modules inspect instance_eval instance_method instance_methods"
          + " instance_variable_get instance_variable_set instance_variables lambda load"
          + " local_variables loop method method_missing methods module_eval name object_id open"
          + " p print printf private_class_method private_instance_methods private_methods proc"
          + " protected_instance_methods protected_methods public_class_method"
          + " public_instance_methods public_methods putc puts raise rand readline readlines"
          + " require require_relative scan select self send set_trace_func singleton_methods"
          + " sleep split sprintf srand sub syscall system taint test throw to_a to_s trace_var"
          + " trap untaint untrace_var warn";
  private static final String BUILTINS_Q =
      "autoload block_given const_defined eql equal frozen include instance_of is_a iterator"
          + " kind_of method_defined nil private_method_defined protected_method_defined"
          + " public_method_defined respond_to tainted";
  private static final String BUILTINS_B = "chomp chop exit gsub sub";
  private static final Map<String, String> CLOSERS =
      Map.of("{", "}", "[", "]", "(", ")", "<", ">");

  private record Heredoc(boolean tolerant, String name) {}

  @SuppressWarnings("unchecked")
  private static ArrayDeque<Heredoc> queue(RegexLexing lx) {
    return (ArrayDeque<Heredoc>) lx.vars().computeIfAbsent("heredocs", k -> new ArrayDeque<>());
  }

  static RegexLexer create() {
    return create(RegexLexer.builder("ruby", "rb"), b -> {});
  }

  /** The Ruby table; {@code extra} then adds a derived lexer's start code, states and rules. */
  static RegexLexer create(RegexLexer.Builder b, Consumer<RegexLexer.Builder> extra) {
    b.start(lx -> lx.push("expr_start"));
    b.state(
        "symbols",
        s ->
            s.rule("(?i):@{0,2}[a-z_]\\w*[!?]?", STRING_SYMBOL)
                .rule(
                    ":(?:\\*\\*|[-+]@|[/\\%&\\|^`~]|\\[\\]=?|<<|>>|<=?>|<=?|===?)", STRING_SYMBOL)
                .rule(":'(\\\\\\\\|\\\\'|[^'])*'", STRING_SYMBOL)
                .rule(":\"", STRING_SYMBOL, "simple_sym"));
    b.state("sigil_strings", s -> s.rule("%([rqswQWxiI])?([^\\w\\s])", RubyLexer::sigil));
    b.state(
        "strings",
        s ->
            s.mixin("symbols")
                .rule("\\b[a-z_]\\w*?[?!]?:\\s+", STRING_SYMBOL, "expr_start")
                .rule("'(\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule("\"", STRING_DOUBLE, "simple_string")
                .rule("(?<!\\.)`", STRING_BACKTICK, "simple_backtick"));
    b.state("regex_flags", s -> s.rule("[mixounse]*", STRING_REGEX, POP));
    simple(b, "simple_string", STRING_DOUBLE, "\"");
    simple(b, "simple_sym", STRING_SYMBOL, "\"");
    simple(b, "simple_backtick", STRING_BACKTICK, "`");
    b.state(
        "whitespace",
        s ->
            s.mixin("inline_whitespace")
                .rule("\\n\\s*", TEXT, "expr_start")
                .rule("#.*$", COMMENT_SINGLE)
                .rule("(?s)=begin\\b.*?\\n=end\\b", COMMENT_MULTILINE));
    b.state("inline_whitespace", s -> s.rule("[ \\t\\r]+", TEXT));
    b.state("root", RubyLexer::root);
    b.state(
        "has_heredocs",
        s ->
            s.rule(
                    "(?<!\\w)(<<[-~]?)([\"`']?)([a-zA-Z_]\\w*)(\\2)",
                    (lx, m) -> heredoc(lx, m.group(1), m.group(2) + m.group(3) + m.group(4),
                        m.group(3)))
                .rule(
                    "(<<[-~]?)([\"'])(\\2)",
                    (lx, m) -> heredoc(lx, m.group(1), m.group(2) + m.group(3), "")));
    b.state(
        "heredoc_queue",
        s -> s.rule("(?=\\n)", (lx, m) -> lx.gotoState("resolve_heredocs")).mixin("root"));
    b.state(
        "resolve_heredocs",
        s ->
            s.mixin("string_intp_escaped")
                .rule("\\n", STRING_HEREDOC, "test_heredoc")
                .rule("[#\\\\\\n]", STRING_HEREDOC)
                .rule("[^#\\\\\\n]+", STRING_HEREDOC));
    b.state(
        "test_heredoc",
        s -> s.rule("[^#\\\\\\n]*$", RubyLexer::testHeredoc).rule("", (lx, m) -> lx.pop()));
    b.state(
        "funcname",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\\(", PUNCTUATION, "defexpr")
                .rule(
                    "(?:([a-zA-Z_]\\w*)(\\.))?([a-zA-Z_]\\w*[!?]?|\\*\\*?|[-+]@?|[/%&\\|^`~]"
                        + "|\\[\\]=?|<<?|>>?|<=>?|>=|===?)",
                    (lx, m) -> {
                      lx.groups(NAME_CLASS, OPERATOR, NAME_FUNCTION);
                      lx.pop();
                    })
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "classname",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\\w+(::\\w+)+", NAME_CLASS)
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
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "ternary",
        s ->
            s.rule(
                    "(:)(\\s+)",
                    (lx, m) -> {
                      lx.groups(PUNCTUATION, TEXT);
                      lx.gotoState("expr_start");
                    })
                .rule(
                    ":(?![^#\\n]*?[:\\\\])",
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
    b.state("in_interp", s -> s.rule("}", STRING_INTERPOL, POP).mixin("root"));
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
                .rule("\\\\.", STRING_ESCAPE));
    b.state(
        "method_call",
        s ->
            s.rule("/|%", (lx, m) -> toExprStart(lx, OPERATOR))
                .rule("(?=\\n)", (lx, m) -> lx.pop())
                .rule("", (lx, m) -> lx.gotoState("method_call_spaced")));
    b.state(
        "method_call_spaced",
        s ->
            s.mixin("whitespace")
                .rule("[%/]=", (lx, m) -> toExprStart(lx, OPERATOR))
                .rule(
                    "(/)(?=\\S|\\s*/)",
                    (lx, m) -> {
                      lx.token(STRING_REGEX);
                      lx.gotoState("slash_regex");
                    })
                .mixin("sigil_strings")
                .rule("(?=\\s*/)", (lx, m) -> lx.pop())
                .rule("\\s+", (lx, m) -> toExprStart(lx, TEXT))
                .rule("", (lx, m) -> lx.pop()));
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
                .rule(
                    "[?](\\\\[MC]-)*(\\\\([\\\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\\S)"
                        + "(?!\\w)",
                    STRING_CHAR,
                    POP)
                .rule(
                    "(\\s*)(%[rqswQWxiI]? \\S* )",
                    (lx, m) -> {
                      lx.groups(TEXT, STRING_OTHER);
                      lx.pop();
                    })
                .mixin("sigil_strings")
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "slash_regex",
        s ->
            s.mixin("string_intp")
                .rule("\\\\\\\\", STRING_REGEX)
                .rule("\\\\/", STRING_REGEX)
                .rule("[\\\\#]", STRING_REGEX)
                .rule("[^\\\\/#]+", STRING_REGEX)
                .rule(
                    "/",
                    (lx, m) -> {
                      lx.token(STRING_REGEX);
                      lx.gotoState("regex_flags");
                    }));
    b.state("end_part", s -> s.rule("(?s).+", COMMENT_PREPROC, POP));
    extra.accept(b);
    return b.build();
  }

  private static void toExprStart(RegexLexing lx, Token token) {
    lx.token(token);
    lx.gotoState("expr_start");
  }

  private static void simple(RegexLexer.Builder b, String name, Token tok, String fin) {
    b.state(
        name,
        s ->
            s.mixin("string_intp_escaped")
                .rule("[^\\\\" + fin + "#]+", tok)
                .rule("[\\\\#]", tok)
                .rule(fin, tok, POP));
  }

  private static RegexLexer.StateBuilder root(RegexLexer.StateBuilder s) {
    String decimal = "[\\d]+(?:_\\d+)*";
    String exp = "[eE][+-]?\\d+";
    return s.mixin("whitespace")
        .rule("__END__", COMMENT_PREPROC, "end_part")
        .rule("0_?[0-7]+(?:_[0-7]+)*", NUMBER_OCT)
        .rule("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", NUMBER_HEX)
        .rule("0b[01]+(?:_[01]+)*", NUMBER_BIN)
        .rule(decimal + "(?:\\." + decimal + "(?:" + exp + ")?|" + exp + ")", NUMBER_FLOAT)
        .rule(decimal, NUMBER_INTEGER)
        .rule("(?i)@@[a-z_]\\w*", NAME_VARIABLE_CLASS)
        .rule("(?i)@[a-z_]\\w*", NAME_VARIABLE_INSTANCE)
        .rule("\\$\\w+", NAME_VARIABLE_GLOBAL)
        .rule("\\$[!@&`'+~=/\\\\,;.<>_*\\$?:\"]", NAME_VARIABLE_GLOBAL)
        .rule("\\$-[0adFiIlpvw]", NAME_VARIABLE_GLOBAL)
        .rule("::", OPERATOR)
        .mixin("strings")
        .rule("(?:" + Words.alternation(KEYWORDS) + ")(?=\\W|$)", KEYWORD, "expr_start")
        .rule("(?:" + Words.alternation(KEYWORDS_PSEUDO) + ")\\b", KEYWORD_PSEUDO, "expr_start")
        .groups(
            "(module)(\\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)",
            KEYWORD,
            TEXT,
            NAME_NAMESPACE)
        .groupsThen("(def\\b)(\\s*)", "funcname", KEYWORD, TEXT)
        .groupsThen("(class\\b)(\\s*)", "classname", KEYWORD, TEXT)
        .rule("(?:" + Words.alternation(BUILTINS_Q) + ")[?]", NAME_BUILTIN, "expr_start")
        .rule("(?:" + Words.alternation(BUILTINS_B) + ")!", NAME_BUILTIN, "expr_start")
        .rule(
            "(?<!\\.)(?:" + Words.alternation(BUILTINS_G) + ")\\b", NAME_BUILTIN, "method_call")
        .mixin("has_heredocs")
        .rule("\\.{2,3}", OPERATOR, "expr_start")
        .rule("[A-Z][a-zA-Z0-9_]*", NAME_CONSTANT, "method_call")
        .groupsThen(
            "(\\.|::)(\\s*)([a-z_]\\w*[!?]?|[*%&^`~+-/\\[<>=])",
            "method_call",
            PUNCTUATION,
            TEXT,
            NAME_FUNCTION)
        .rule("[a-zA-Z_]\\w*[?!]", NAME, "expr_start")
        .rule("[a-zA-Z_]\\w*", NAME, "method_call")
        .rule("\\*\\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\\|\\||\\.", OPERATOR, "expr_start")
        .rule("[-+/*%=<>&!^|~]=?", OPERATOR, "expr_start")
        .rule(
            "[?]",
            (lx, m) -> {
              lx.token(PUNCTUATION);
              lx.push("ternary");
              lx.push("expr_start");
            })
        .rule("[\\[({,:\\\\;/]", PUNCTUATION, "expr_start")
        .rule("[\\])}]", PUNCTUATION);
  }

  private static void heredoc(RegexLexing lx, String op, String constant, String name) {
    lx.token(OPERATOR, op);
    lx.token(NAME_CONSTANT, constant);
    queue(lx).add(new Heredoc(op.equals("<<-") || op.equals("<<~"), name));
    if (!lx.stateIs("heredoc_queue")) {
      lx.push("heredoc_queue");
    }
  }

  private static void testHeredoc(RegexLexing lx, java.util.regex.MatchResult m) {
    ArrayDeque<Heredoc> queue = queue(lx);
    Heredoc first = queue.peekFirst();
    String text = m.group();
    String check = first != null && first.tolerant() ? text.strip() : text.stripTrailing();
    if (first != null && check.equals(first.name())) {
      queue.pollFirst();
      if (queue.isEmpty()) {
        lx.pop();
      }
      lx.token(NAME_CONSTANT);
    } else {
      lx.token(STRING_HEREDOC);
    }
    lx.pop();
  }

  private static void sigil(RegexLexing lx, java.util.regex.MatchResult m) {
    String kind = m.group(1);
    String open = m.group(2);
    String close = CLOSERS.getOrDefault(open, open);
    boolean interp = kind != null && "rQWxI".contains(kind);
    Token tok = "r".equals(kind) ? STRING_REGEX : STRING_OTHER;
    if ("r".equals(kind)) {
      lx.push("regex_flags");
    }
    lx.token(tok);
    String o = "\\" + open;
    String c = "\\" + close;
    String uniq = open.equals(close) ? o : o + c;
    lx.push(
        "sigil:" + open + interp + tok,
        s -> {
          s.rule("\\\\[#" + uniq + "\\\\]", STRING_ESCAPE);
          if (!open.equals(close)) {
            s.rule(
                o,
                (l2, m2) -> {
                  l2.token(tok);
                  l2.push();
                });
          }
          s.rule(c, tok, POP);
          if (interp) {
            s.mixin("string_intp_escaped").rule("#", tok);
          } else {
            s.rule("[\\\\#]", tok);
          }
          s.rule("[^#" + uniq + "\\\\]+", tok);
        });
  }
}
