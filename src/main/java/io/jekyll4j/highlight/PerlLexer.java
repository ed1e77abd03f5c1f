package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Perl lexer ({@code perl}) as a rule table, state for state. */
final class PerlLexer {
  private PerlLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("perl", "pl");
    b.state(
        "balanced_regex",
        s ->
            s.rule("(?s)/(\\\\[\\\\/]|[^/])*/[egimosx]*", STRING_REGEX, POP)
                .rule("(?s)!(\\\\[\\\\!]|[^!])*![egimosx]*", STRING_REGEX, POP)
                .rule("(?s)\\\\(\\\\\\\\|[^\\\\])*\\\\[egimosx]*", STRING_REGEX, POP)
                .rule("{(\\\\[\\\\}]|[^}])*}[egimosx]*", STRING_REGEX, POP)
                .rule("<(\\\\[\\\\>]|[^>])*>[egimosx]*", STRING_REGEX, POP)
                .rule("\\[(\\\\[\\\\\\]]|[^\\]])*\\][egimosx]*", STRING_REGEX, POP)
                .rule("\\((\\\\[\\\\\\)]|[^\\)])*\\)[egimosx]*", STRING_REGEX, POP)
                .rule("@(\\\\[\\\\@]|[^@])*@[egimosx]*", STRING_REGEX, POP)
                .rule("%(\\\\[\\\\%]|[^%])*%[egimosx]*", STRING_REGEX, POP)
                .rule("\\$(\\\\[\\\\\\$]|[^\\$])*\\$[egimosx]*", STRING_REGEX, POP));
    b.state(
        "root",
        s ->
            s.rule("#.*", COMMENT_SINGLE)
                .rule("(?s)^=[a-zA-Z0-9]+\\s+.*?\\n=cut", COMMENT_MULTILINE)
                .rule("(?:case|continue|do|else|elsif|for|foreach|if|last|my|next|our|redo|reset|then|unless|until|while|use|print|new|BEGIN|CHECK|INIT|END|return)\\b", KEYWORD)
                .rule("(format)(\\s+)([a-zA-Z0-9_]+)(\\s*)(=)(\\s*\\n)", (lx, m) -> {
                  lx.groups(KEYWORD, TEXT, NAME, TEXT, PUNCTUATION, TEXT);
                  lx.push("format");
                })
                .rule("(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\\b", OPERATOR_WORD)
                .rule("(?:s|tr|y){(\\\\\\\\|\\\\}|[^}])*}\\s*", STRING_REGEX, "balanced_regex")
                .rule("(?:s|tr|y)<(\\\\\\\\|\\\\>|[^>])*>\\s*", STRING_REGEX, "balanced_regex")
                .rule("(?:s|tr|y)\\[(\\\\\\\\|\\\\\\]|[^\\]])*\\]\\s*", STRING_REGEX, "balanced_regex")
                .rule("(?:s|tr|y)\\((\\\\\\\\|\\\\\\)|[^\\)])*\\)\\s*", STRING_REGEX, "balanced_regex")
                .rule("(?s)(?:s|tr|y)\\s*([^\\w\\s])((\\\\\\\\|\\\\\\1)|[^\\x01])*?\\1((\\\\\\\\|\\\\\\1)|[^\\x01])*?\\1[msixpodualngcr]*", STRING_REGEX)
                .rule("(?s)(?:s|tr|y)\\s+(\\w)((\\\\\\\\|\\\\\\1)|[^\\x01])*?\\1((\\\\\\\\|\\\\\\1)|[^\\x01])*?\\1[msixpodualngcr]*", STRING_REGEX)
                .rule("m?/(\\\\\\\\|\\\\/|[^/\\n])*/[msixpodualngc]*", STRING_REGEX)
                .rule("m(?=[/!\\\\{<\\[\\(@%\\$])", STRING_REGEX, "balanced_regex")
                .rule("(?s)m\\s*([^\\w\\s])((\\\\\\\\|\\\\\\1)|[^\\x01])*?\\1[msixpodualngc]*", STRING_REGEX)
                .rule("(?s)m\\s+(\\w)((\\\\\\\\|\\\\\\1)|[^\\x01])*?\\1[msixpodualngc]*", STRING_REGEX)
                .rule("((?<==~)|(?<=\\())\\s*/(\\\\\\\\|\\\\/|[^/])*/[msixpodualngc]*", STRING_REGEX, "balanced_regex")
                .rule("\\s+", TEXT)
                .rule("(?i)(?=[a-z_]\\w*(\\s*#.*\\n)*\\s*=>)", (lx, m) -> {
                  lx.push("fat_comma");
                })
                .rule("(?:abs|accept|alarm|atan2|bind|binmode|bless|caller|chdir|chmod|chomp|chop|chown|chr|chroot|close|closedir|connect|continue|cos|crypt|dbmclose|dbmopen|defined|delete|die|dump|each|endgrent|endhostent|endnetent|endprotoent|endpwent|endservent|eof|eval|exec|exists|exit|exp|fcntl|fileno|flock|fork|format|formline|getc|getgrent|getgrgid|getgrnam|gethostbyaddr|gethostbyname|gethostent|getlogin|getnetbyaddr|getnetbyname|getnetent|getpeername|getpgrp|getppid|getpriority|getprotobyname|getprotobynumber|getprotoent|getpwent|getpwnam|getpwuid|getservbyname|getservbyport|getservent|getsockname|getsockopt|glob|gmtime|goto|grep|hex|import|index|int|ioctl|join|keys|kill|last|lc|lcfirst|length|link|listen|local|localtime|log|lstat|map|mkdir|msgctl|msgget|msgrcv|msgsnd|my|next|no|oct|open|opendir|ord|our|pack|package|pipe|pop|pos|printf|prototype|push|quotemeta|rand|read|readdir|readline|readlink|readpipe|recv|redo|ref|rename|require|reverse|rewinddir|rindex|rmdir|scalar|seek|seekdir|select|semctl|semget|semop|send|setgrent|sethostent|setnetent|setpgrp|setpriority|setprotoent|setpwent|setservent|setsockopt|shift|shmctl|shmget|shmread|shmwrite|shutdown|sin|sleep|socket|socketpair|sort|splice|split|sprintf|sqrt|srand|stat|study|substr|symlink|syscall|sysopen|sysread|sysseek|system|syswrite|tell|telldir|tie|tied|time|times|tr|truncate|uc|ucfirst|umask|undef|unlink|unpack|unshift|untie|utime|values|vec|wait|waitpid|wantarray|warn|write)\\b", NAME_BUILTIN)
                .rule("((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\\b", NAME_BUILTIN_PSEUDO)
                .rule("(?s)<<([\\'\"]?)([a-zA-Z_][a-zA-Z0-9_]*)\\1;?\\n.*?\\n\\2\\n", STRING)
                .rule("(__(END|DATA)__)\\b", COMMENT_PREPROC, "end_part")
                .rule("\\$\\^[ADEFHILMOPSTWX]", NAME_VARIABLE_GLOBAL)
                .rule("\\$[\\\\\"'\\[\\]&`+*.,;=%~?@$!<>(^\\|/_-](?!\\w)", NAME_VARIABLE_GLOBAL)
                .rule("(?i)[$@%&*][$@%&*#_]*(?=[a-z{\\[;])", NAME_VARIABLE, "varname")
                .rule("[-+/*%=<>&^\\|!\\\\~]=?", OPERATOR)
                .rule("0_?[0-7]+(_[0-7]+)*", NUMBER_OCT)
                .rule("0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*", NUMBER_HEX)
                .rule("0b[01]+(_[01]+)*", NUMBER_BIN)
                .rule("(?i)(\\d*(_\\d*)*\\.\\d+(_\\d*)*|\\d+(_\\d*)*\\.\\d+(_\\d*)*)(e[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)\\d+(_\\d*)*e[+-]?\\d+(_\\d*)*", NUMBER_FLOAT)
                .rule("\\d+(_\\d+)*", NUMBER_INTEGER)
                .rule("'", PUNCTUATION, "sq")
                .rule("\"", PUNCTUATION, "dq")
                .rule("`", PUNCTUATION, "bq")
                .rule("<([^\\s>]+)>", STRING_REGEX)
                .rule("(q|qq|qw|qr|qx)\\{", STRING_OTHER, "cb_string")
                .rule("(q|qq|qw|qr|qx)\\(", STRING_OTHER, "rb_string")
                .rule("(q|qq|qw|qr|qx)\\[", STRING_OTHER, "sb_string")
                .rule("(q|qq|qw|qr|qx)<", STRING_OTHER, "lt_string")
                .rule("(q|qq|qw|qr|qx)(\\W)(.|\\n)*?\\2", STRING_OTHER)
                .rule("package\\s+", KEYWORD, "modulename")
                .rule("sub\\s+", KEYWORD, "funcname")
                .rule("\\[\\]|\\*\\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\\|\\||\\.{1,3}", OPERATOR)
                .rule("[()\\[\\]:;,<>/?{}]", PUNCTUATION)
                .rule("(?=\\w)", (lx, m) -> {
                  lx.push("name");
                }));
    b.state(
        "format",
        s ->
            s.rule("\\.\\n", STRING_INTERPOL, POP)
                .rule(".*?\\n", STRING_INTERPOL));
    b.state(
        "fat_comma",
        s ->
            s.rule("#.*", COMMENT_SINGLE)
                .rule("\\w+", STRING)
                .rule("\\s+", TEXT)
                .rule("=>", OPERATOR, POP));
    b.state(
        "name_common",
        s ->
            s.rule("\\w+::", NAME_NAMESPACE)
                .rule("[\\w:]+", NAME_VARIABLE, POP));
    b.state(
        "varname",
        s ->
            s.rule("\\s+", TEXT)
                .rule("[{\\[]", PUNCTUATION, POP)
                .rule("[),]", PUNCTUATION, POP)
                .rule("[;]", PUNCTUATION, POP)
                .mixin("name_common"));
    b.state(
        "name",
        s ->
            s.mixin("name_common")
                .rule("[A-Z_]+(?=[^a-zA-Z0-9_])", NAME_CONSTANT, POP)
                .rule("(?=\\W)", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "modulename",
        s ->
            s.rule("(?i)[a-z_]\\w*", NAME_NAMESPACE, POP));
    b.state(
        "funcname",
        s ->
            s.rule("[a-zA-Z_]\\w*[!?]?", NAME_FUNCTION)
                .rule("\\s+", TEXT)
                .groups("(\\([$@%]*\\))(\\s*)", PUNCTUATION, TEXT)
                .rule(".*?{", PUNCTUATION, POP)
                .rule(";", PUNCTUATION, POP));
    b.state(
        "sq",
        s ->
            s.rule("\\\\[\\\\']", STRING_ESCAPE)
                .rule("[^\\\\']+", STRING_SINGLE)
                .rule("'", PUNCTUATION, POP)
                .rule("\\\\", STRING_SINGLE));
    b.state(
        "dq",
        s ->
            s.mixin("string_intp")
                .rule("\\\\[\\\\tnrabefluLUE\"$@]", STRING_ESCAPE)
                .rule("\\\\0\\d{2}", STRING_ESCAPE)
                .rule("\\\\o\\{\\d+\\}", STRING_ESCAPE)
                .rule("\\\\x\\h{2}", STRING_ESCAPE)
                .rule("\\\\x\\{\\h+\\}", STRING_ESCAPE)
                .rule("\\\\c.", STRING_ESCAPE)
                .rule("\\\\N\\{[^\\}]+\\}", STRING_ESCAPE)
                .rule("[^\\\\\"]+?", STRING_DOUBLE)
                .rule("\"", PUNCTUATION, POP)
                .rule("\\\\", STRING_ESCAPE));
    b.state(
        "bq",
        s ->
            s.mixin("string_intp")
                .rule("\\\\[\\\\tnr`]", STRING_ESCAPE)
                .rule("[^\\\\`]+?", STRING_BACKTICK)
                .rule("`", PUNCTUATION, POP));
    b.state(
        "cb_string",
        s ->
            s.rule("\\\\[\\{\\}\\\\]", STRING_OTHER)
                .rule("\\\\", STRING_OTHER)
                .rule("\\{", (lx, m) -> {
                  lx.token(STRING_OTHER);
                  lx.push();
                })
                .rule("\\}", STRING_OTHER, POP)
                .rule("[^\\{\\}\\\\]+", STRING_OTHER));
    b.state(
        "rb_string",
        s ->
            s.rule("\\\\[\\(\\)\\\\]", STRING_OTHER)
                .rule("\\\\", STRING_OTHER)
                .rule("\\(", (lx, m) -> {
                  lx.token(STRING_OTHER);
                  lx.push();
                })
                .rule("\\)", STRING_OTHER, POP)
                .rule("[^\\(\\)\\\\]+", STRING_OTHER));
    b.state(
        "sb_string",
        s ->
            s.rule("\\\\[\\[\\]\\\\]", STRING_OTHER)
                .rule("\\\\", STRING_OTHER)
                .rule("\\[", (lx, m) -> {
                  lx.token(STRING_OTHER);
                  lx.push();
                })
                .rule("\\]", STRING_OTHER, POP)
                .rule("[^\\[\\]\\\\]+", STRING_OTHER));
    b.state(
        "lt_string",
        s ->
            s.rule("\\\\[<>\\\\]", STRING_OTHER)
                .rule("\\\\", STRING_OTHER)
                .rule("<", (lx, m) -> {
                  lx.token(STRING_OTHER);
                  lx.push();
                })
                .rule(">", STRING_OTHER, POP)
                .rule("[^<>\\\\]+", STRING_OTHER));
    b.state(
        "in_interp",
        s ->
            s.rule("}", STRING_INTERPOL, POP)
                .rule("\\s+", TEXT)
                .rule("(?i)[a-z_]\\w*", STRING_INTERPOL));
    b.state(
        "string_intp",
        s ->
            s.rule("[$@][{]", STRING_INTERPOL, "in_interp")
                .rule("(?i)[$@][a-z_]\\w*", STRING_INTERPOL));
    b.state(
        "end_part",
        s ->
            s.rule("(?s).+", COMMENT_PREPROC, POP));
    return b.build();
  }
}
