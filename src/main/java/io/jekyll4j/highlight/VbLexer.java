package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Visual Basic lexer ({@code vb}) as a rule table, state for state. */
final class VbLexer {
  private VbLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "Console ConsoleColor");
  private static final Set<String> KEYWORDS =
      Words.set(
          "AddHandler Alias ByRef ByVal CBool CByte CChar CDate CDbl CDec CInt CLng CObj"
              + " CSByte CShort CSng CStr CType CUInt CULng CUShort Call Case Catch Class Const"
              + " Continue Declare Default Delegate Dim DirectCast Do Each Else ElseIf End EndIf"
              + " Enum Erase Error Event Exit False Finally For Friend Function Get Global GoSub"
              + " GoTo Handles If Implements Imports Inherits Interface Let Lib Loop Me Module"
              + " MustInherit MustOverride MyBase MyClass Namespace Narrowing New Next Not"
              + " NotInheritable NotOverridable Nothing Of On Operator Option Optional Overloads"
              + " Overridable Overrides ParamArray Partial Private Property Protected Public"
              + " RaiseEvent ReDim ReadOnly RemoveHandler Resume Return Select Set Shadows Shared"
              + " Single Static Step Stop Structure Sub SyncLock Then Throw To True Try TryCast"
              + " Using Wend When While Widening With WithEvents WriteOnly");
  private static final Set<String> KEYWORDS_TYPE =
      Words.set(
          "Boolean Byte Char Date Decimal Double Integer Long Object SByte Short Single"
              + " String Variant UInteger ULong UShort");
  private static final Set<String> OPERATOR_WORDS =
      Words.set(
          "AddressOf And AndAlso As GetType In Is IsNot Like Mod Or OrElse TypeOf Xor");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("vb", "visualbasic");
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\\n", TEXT, "bol")
                .rule("(?i)rem\\b.*?$", COMMENT_SINGLE)
                .rule("(?s)%\\{.*?%\\}", COMMENT_MULTILINE)
                .rule("'.*$", COMMENT_SINGLE));
    b.state(
        "bol",
        s ->
            s.rule("\\s+", TEXT)
                .rule("<.*?>", NAME_ATTRIBUTE)
                .rule("", (lx, m) -> {
                  // Rouge's block only returns the symbol :pop!: nothing is yielded and the stack is kept.
                }));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("[#]If\\b.*?\\bThen|[#]ElseIf\\b.*?\\bThen|[#]End\\s+If|[#]Const|[#]ExternalSource.*?\\n|[#]End\\s+ExternalSource|[#]Region.*?\\n|[#]End\\s+Region|[#]ExternalChecksum", COMMENT_PREPROC)
                .rule("[.]", PUNCTUATION, "dotted")
                .rule("[(){}!#,:]", PUNCTUATION)
                .rule("Option\\s+(Strict|Explicit|Compare)\\s+(On|Off|Binary|Text)", KEYWORD_DECLARATION)
                .rule("End\\b", KEYWORD, "end")
                .rule("(Dim|Const)\\b", KEYWORD, "dim")
                .rule("(Function|Sub|Property)\\b", KEYWORD, "funcname")
                .rule("(Class|Structure|Enum)\\b", KEYWORD, "classname")
                .rule("(Module|Namespace|Imports)\\b", KEYWORD, "namespace")
                .rule("[A-Z]\\w*", (lx, m) -> {
                  String match = m.group(0);
                  if (KEYWORDS.contains(match)) {
                  lx.token(KEYWORD);
                  } else if (KEYWORDS_TYPE.contains(match)) {
                  lx.token(KEYWORD_TYPE);
                  } else if (OPERATOR_WORDS.contains(match)) {
                  lx.token(OPERATOR_WORD);
                  } else if (BUILTINS.contains(match)) {
                  lx.token(NAME_BUILTIN);
                  } else {
                  lx.token(NAME);
                  }
                })
                .rule("&=|[*]=|/=|\\\\=|\\^=|\\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*/\\\\^+=<>.]", OPERATOR)
                .rule("\"", STRING, "string")
                .rule("(?i-s:[a-z_]\\w*)[%&@!#\\$]?", NAME)
                .rule("#.*?#", LITERAL_DATE)
                .rule("(?i)(\\d+\\.\\d*|\\d*\\.\\d+)(f[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("\\d+([SILDFR]|US|UI|UL)?", NUMBER_INTEGER)
                .rule("&H[0-9a-f]+([SILDFR]|US|UI|UL)?", NUMBER_INTEGER)
                .rule("&O[0-7]+([SILDFR]|US|UI|UL)?", NUMBER_INTEGER)
                .rule("_\\n", KEYWORD));
    b.state(
        "dotted",
        s ->
            s.mixin("whitespace")
                .rule("(?i)[a-z_]\\w*", NAME, POP));
    b.state(
        "string",
        s ->
            s.rule("\"\"", STRING_ESCAPE)
                .rule("\"C?", STRING, POP)
                .rule("[^\"]+", STRING));
    b.state(
        "dim",
        s ->
            s.mixin("whitespace")
                .rule("(?i)[a-z_]\\w*", NAME_VARIABLE, POP)
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "funcname",
        s ->
            s.mixin("whitespace")
                .rule("(?i)[a-z_]\\w*", NAME_FUNCTION, POP));
    b.state(
        "classname",
        s ->
            s.mixin("whitespace")
                .rule("(?i)[a-z_]\\w*", NAME_CLASS, POP));
    b.state(
        "namespace",
        s ->
            s.mixin("whitespace")
                .rule("(?i-s:[a-z_]\\w*)([.](?i-s:[a-z_]\\w*))*", NAME_NAMESPACE, POP));
    b.state(
        "end",
        s ->
            s.mixin("whitespace")
                .rule("(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\\b", KEYWORD, POP)
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    return b.build();
  }
}
