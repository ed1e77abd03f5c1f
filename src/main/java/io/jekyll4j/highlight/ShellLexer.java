package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's shell (bash/sh/zsh) lexer as a rule table (heredocs, expansions, quoting). */
final class ShellLexer {
  private ShellLexer() {}

  private static final String KEYWORDS =
      "if fi else while do done for then return function select continue until esac elif in";
  private static final String BUILTINS =
      "alias bg bind break builtin caller cd command compgen complete declare dirs disown enable"
          + " eval exec exit export false fc fg getopts hash help history jobs let local logout"
          + " mapfile popd pushd pwd read readonly set shift shopt source suspend test time"
          + " times trap true type typeset ulimit umask unalias unset wait cat tac nl od base32"
          + " base64 fmt pr fold head tail split csplit wc sum cksum b2sum md5sum sha1sum"
          + " sha224sum sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort cut paste"
          + " join tr expand unexpand ls dir vdir dircolors cp dd install mv rm shred link ln"
          + " mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch df du stat sync"
          + " truncate echo printf yes expr tee basename dirname pathchk mktemp realpath pwd stty"
          + " printenv tty id logname whoami groups users who date arch nproc uname hostname"
          + " hostid uptime chcon runcon chroot env nice nohup stdbuf timeout kill sleep factor"
          + " numfmt seq tar grep sudo awk sed gzip gunzip";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("shell", "bash", "zsh", "ksh", "sh");
    b.state(
        "basic",
        s ->
            s.rule("#.*$", COMMENT)
                .rule("\\b(" + Words.alternation(KEYWORDS) + ")\\s*\\b", KEYWORD)
                .rule("\\bcase\\b", KEYWORD, "case")
                .rule("\\b(" + Words.alternation(BUILTINS) + ")\\s*\\b(?!(\\.|-))", NAME_BUILTIN)
                .rule("[.](?=\\s)", NAME_BUILTIN)
                .groups("(\\b\\w+)(=)", NAME_VARIABLE, OPERATOR)
                .rule("[\\[\\]{}()!=>]", OPERATOR)
                .rule("&&|\\|\\|", OPERATOR)
                .rule("<<<", OPERATOR)
                .rule(
                    "(<<-?)(\\s*)(['\"]?)(\\\\?)(\\w+)(\\3)",
                    (lx, m) -> {
                      lx.groups(
                          OPERATOR,
                          TEXT,
                          STRING_HEREDOC,
                          STRING_HEREDOC,
                          NAME_CONSTANT,
                          STRING_HEREDOC);
                      lx.vars().put("heredoc", m.group(5));
                      lx.push("heredoc");
                    }));
    b.state(
        "heredoc",
        s ->
            s.rule("\\n", STRING_HEREDOC, "heredoc_nl")
                .rule("[^$\\n\\\\]+", STRING_HEREDOC)
                .mixin("interp")
                .rule("[$]", STRING_HEREDOC));
    b.state(
        "heredoc_nl",
        s ->
            s.rule(
                    "\\s*(\\w+)\\s*\\n",
                    (lx, m) -> {
                      if (m.group(1).equals(lx.vars().get("heredoc"))) {
                        lx.token(NAME_CONSTANT);
                        lx.pop(2);
                      } else {
                        lx.token(STRING_HEREDOC);
                      }
                    })
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "double_quotes",
        s ->
            s.rule("(?:\\$#?)?\"", STRING_DOUBLE, POP)
                .mixin("interp")
                .rule("[^\"`\\\\$]+", STRING_DOUBLE));
    b.state(
        "ansi_string",
        s ->
            s.rule("\\\\.", STRING_ESCAPE)
                .rule("[^\\\\']+", STRING_SINGLE)
                .mixin("single_quotes"));
    b.state("single_quotes", s -> s.rule("'", STRING_SINGLE, POP).rule("[^']+", STRING_SINGLE));
    b.state(
        "data",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\\\\.", STRING_ESCAPE)
                .rule("\\$?\"", STRING_DOUBLE, "double_quotes")
                .rule("\\$'", STRING_SINGLE, "ansi_string")
                .rule("'", STRING_SINGLE, "single_quotes")
                .rule("\\*", KEYWORD)
                .rule(";", PUNCTUATION)
                .rule("--?[\\w-]+", NAME_TAG)
                .rule("[^=\\*\\s{}()$\"'`;\\\\<]+", TEXT)
                .rule("\\d+(?= |\\Z)", NUMBER)
                .rule("<", TEXT)
                .mixin("interp"));
    b.state(
        "curly",
        s ->
            s.rule("\\}", KEYWORD, POP)
                .rule(":-", KEYWORD)
                .rule("[a-zA-Z0-9_]+", NAME_VARIABLE)
                .rule("[^}:\"`'$]+", PUNCTUATION)
                .mixin("root"));
    b.state(
        "paren_interp",
        s ->
            s.rule("\\)", STRING_INTERPOL, POP)
                .rule("\\(", OPERATOR, "paren_inner")
                .mixin("root"));
    b.state(
        "paren_inner",
        s -> s.rule("\\(", OPERATOR, PUSH).rule("\\)", OPERATOR, POP).mixin("root"));
    b.state(
        "math",
        s ->
            s.rule("\\)\\)", KEYWORD, POP)
                .rule("[-+*/%^|&!]|\\*\\*|\\|\\|", OPERATOR)
                .rule("\\d+(#\\w+)?", NUMBER)
                .mixin("root"));
    b.state(
        "case",
        s ->
            s.rule("\\besac\\b", KEYWORD, POP)
                .rule("\\|", PUNCTUATION)
                .rule("\\)", PUNCTUATION, "case_stanza")
                .mixin("root"));
    b.state("case_stanza", s -> s.rule(";;", PUNCTUATION, POP).mixin("root"));
    b.state("backticks", s -> s.rule("`", STRING_BACKTICK, POP).mixin("root"));
    b.state(
        "interp",
        s ->
            s.rule("\\\\$", STRING_ESCAPE)
                .rule("\\\\.", STRING_ESCAPE)
                .rule("\\$\\(\\(", KEYWORD, "math")
                .rule("\\$\\(", STRING_INTERPOL, "paren_interp")
                .rule("\\$\\{#?", KEYWORD, "curly")
                .rule("`", STRING_BACKTICK, "backticks")
                .rule("\\$#?(\\w+|.)", NAME_VARIABLE)
                .rule("\\$[*@]", NAME_VARIABLE));
    b.state("root", s -> s.mixin("basic").mixin("data"));
    return b.build();
  }
}
