package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's PowerShell lexer as a rule table (cmdlets, parameters, here-strings). */
final class PowershellLexer {
  private PowershellLexer() {}

  private static final Set<String> ATTRIBUTES =
      Words.set(
          "ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging"
              + " SupportsShouldProcess");
  private static final String AUTO_VARS =
      Words.alternation(
      "\\$\\$ \\$\\? \\$\\^ \\$_ \\$args \\$ConsoleFileName \\$Error \\$Event \\$EventArgs"
              + " \\$EventSubscriber \\$ExecutionContext \\$false \\$foreach \\$HOME \\$Host \\$input \\$IsCoreCLR"
              + " \\$IsLinux \\$IsMacOS \\$IsWindows \\$LastExitCode \\$Matches \\$MyInvocation"
              + " \\$NestedPromptLevel \\$null \\$PID \\$PROFILE \\$PSBoundParameters \\$PSCmdlet"
              + " \\$PSCommandPath \\$PSCulture \\$PSDebugContext \\$PSHOME \\$PSItem \\$PSScriptRoot"
              + " \\$PSSenderInfo \\$PSUICulture \\$PSVersionTable \\$PWD \\$REPORTERRORSHOWEXCEPTIONCLASS"
              + " \\$REPORTERRORSHOWINNEREXCEPTION \\$REPORTERRORSHOWSOURCE \\$REPORTERRORSHOWSTACKTRACE"
              + " \\$SENDER \\$ShellId \\$StackTrace \\$switch \\$this \\$true"
      );
  private static final String KEYWORDS =
      Words.alternation(
      "assembly exit process base filter public begin finally return break for sequence catch"
              + " foreach static class from switch command function throw configuration hidden trap"
              + " continue if try data in type define inlinescript until do interface using dynamicparam"
              + " module var else namespace while elseif parallel workflow end param enum private"
      );
  private static final String OPERATORS =
      Words.alternation(
      "-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt"
              + " -ge -ige -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike"
              + " -cnotlike -match -imatch -cmatch -notmatch -inotmatch -cnotmatch -contains -icontains"
              + " -ccontains -notcontains -inotcontains -cnotcontains -replace -ireplace -creplace -shl"
              + " -shr -band -bor -bxor -and -or -xor -not \\+= -= \\*= \\/= %="
      );
  private static final String MULTILINE_KEYWORDS =
      Words.alternation(
      "synopsis description parameter example inputs outputs notes link component role"
              + " functionality forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp"
      );

  static RegexLexer create() {
    RegexLexer.Builder b =
        RegexLexer.builder("powershell", "posh", "microsoftshell", "msshell");
    b.state(
        "variable",
        s ->
            s.rule(AUTO_VARS, NAME_BUILTIN_PSEUDO)
                .groups(
                    "(\\$)(?:(\\w+)(:))?(\\w+|\\{(?:[^`]|`.)+?\\})",
                    NAME_VARIABLE,
                    NAME_NAMESPACE,
                    PUNCTUATION,
                    NAME_VARIABLE)
                .rule("\\$\\w+", NAME_VARIABLE)
                .rule("\\$\\{(?:[^`]|`.)+?\\}", NAME_VARIABLE));
    b.state(
        "multiline",
        s ->
            s.rule("(?i)\\.(?:" + MULTILINE_KEYWORDS + ")", COMMENT_SPECIAL)
                .rule("#>", COMMENT_MULTILINE, POP)
                .rule("(?s)[^#.]+?", COMMENT_MULTILINE)
                .rule("[#.]+", COMMENT_MULTILINE));
    b.state("interpol", s -> s.rule("\\)", STRING_INTERPOL, POP).mixin("root"));
    b.state(
        "dq",
        s ->
            s.rule("(?:\\$#?)?\"", STRING_DOUBLE, POP)
                .rule("\\$\\(", STRING_INTERPOL, "interpol")
                .rule("`$", STRING_ESCAPE)
                .rule("`.", STRING_ESCAPE)
                .rule("[^\"`$]+", STRING_DOUBLE)
                .mixin("variable"));
    b.state("sq", s -> s.rule("'", STRING_SINGLE, POP).rule("[^']+", STRING_SINGLE));
    b.state(
        "heredoc",
        s ->
            s.rule("(?:\\$#?)?\"@", STRING_HEREDOC, POP)
                .rule("\\$\\(", STRING_INTERPOL, "interpol")
                .rule("`$", STRING_ESCAPE)
                .rule("`.", STRING_ESCAPE)
                .rule("(?s)[^\"`$]+?", STRING_HEREDOC)
                .rule("\"+", STRING_HEREDOC)
                .mixin("variable"));
    b.state(
        "class",
        s ->
            s.rule("\\{", PUNCTUATION, POP)
                .rule("\\s+", WHITESPACE)
                .rule("\\w+", NAME_CLASS)
                .rule("[:,]", PUNCTUATION));
    b.state(
        "expr",
        s ->
            s.mixin("comments")
                .rule("\"", STRING_DOUBLE, "dq")
                .rule("'", STRING_SINGLE, "sq")
                .rule("@\"", STRING_HEREDOC, "heredoc")
                .rule("(?s)@'.*?'@", STRING_HEREDOC)
                .rule("\\d*\\.\\d+", NUMBER_FLOAT)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("@\\{", PUNCTUATION, "hasht")
                .rule("@\\(", PUNCTUATION, "array")
                .rule("\\{", PUNCTUATION, "brace")
                .rule("\\[", PUNCTUATION, "bracket"));
    b.state(
        "hasht",
        s ->
            s.rule("\\}", PUNCTUATION, POP)
                .rule("=", OPERATOR)
                .rule("[,;]", PUNCTUATION)
                .mixin("expr")
                .rule("\\w+", NAME_OTHER)
                .mixin("variable"));
    b.state(
        "array",
        s ->
            s.rule("\\s+", WHITESPACE)
                .rule("\\)", PUNCTUATION, POP)
                .rule("[,;]", PUNCTUATION)
                .mixin("expr")
                .mixin("variable"));
    b.state("brace", s -> s.rule("[}]", PUNCTUATION, POP).mixin("root"));
    b.state(
        "bracket",
        s ->
            s.rule("\\]", PUNCTUATION, POP)
                .rule("[A-Za-z]\\w+\\.", NAME)
                .rule(
                    "([A-Za-z]\\w+)",
                    (lx, m) ->
                        lx.token(ATTRIBUTES.contains(m.group()) ? NAME_BUILTIN_PSEUDO : NAME))
                .mixin("root"));
    b.state(
        "parameters",
        s ->
            s.rule("(?s)`.", STRING_ESCAPE)
                .rule("\\s*?\\n", WHITESPACE, POP)
                .rule("[;(){}\\]]", PUNCTUATION, POP)
                .rule("[|=]", OPERATOR, POP)
                .rule("[/\\\\~\\w][-.:/\\\\~\\w]*", NAME_OTHER)
                .rule("\\w[-\\w]+", NAME_OTHER)
                .mixin("root"));
    b.state(
        "comments",
        s ->
            s.rule("\\s+", WHITESPACE)
                .rule("#.*", COMMENT)
                .rule("<#", COMMENT_MULTILINE, "multiline"));
    b.state("root", PowershellLexer::root);
    return b.build();
  }

  private static RegexLexer.StateBuilder root(RegexLexer.StateBuilder s) {
    return s.mixin("comments")
        .rule("#requires\\s-version \\d(?:\\.\\d+)?", COMMENT_PREPROC)
        .rule("\\.\\.(?=\\.?\\d)", OPERATOR)
        .rule("(?i)(?:" + OPERATORS + ")\\b", OPERATOR)
        .groupsThen("(?i)(class)(\\s+)(\\w+)", "class", KEYWORD_RESERVED, WHITESPACE, NAME_CLASS)
        .groups(
            "(?i)(function)(\\s+)(?:(\\w+)(:))?(\\w[-\\w]+)",
            KEYWORD_RESERVED,
            WHITESPACE,
            NAME_NAMESPACE,
            PUNCTUATION,
            NAME_FUNCTION)
        .rule("(?i)(?:" + KEYWORDS + ")\\b(?![-.])", KEYWORD_RESERVED)
        .rule("-{1,2}\\w+", NAME_TAG)
        .groupsThen("(\\.)?([-\\w]+)(\\[)", "bracket", OPERATOR, NAME, PUNCTUATION)
        .groupsThen("(?i)([/\\\\~[a-z]][-.:/\\\\~\\w]*)(\\n)?", "parameters", NAME, WHITESPACE)
        .rule(
            "(\\.)([-\\w]+)(?:(\\()|(\\n))?",
            (lx, m) -> {
              lx.groups(OPERATOR, NAME_FUNCTION, PUNCTUATION, WHITESPACE);
              if (m.group(3) != null) {
                lx.push("parameters");
              }
            })
        .rule("\\?", NAME_FUNCTION, "parameters")
        .mixin("expr")
        .mixin("variable")
        .rule("[-+*/%=!.&|]", OPERATOR)
        .rule("[{}(),:;]", PUNCTUATION);
  }
}
