package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's PostScript lexer ({@code lexers/postscript.rb}) as a rule table. */
final class PostscriptLexer {
  private PostscriptLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("postscript", "postscr", "postscript", "ps", "eps");
    b.state(
        "root",
        s ->
            s.rule("^%!.+?$", COMMENT_PREPROC)
                .rule("%%.*?$", COMMENT_SPECIAL)
                .rule("(^%.*?$){2,}", COMMENT_MULTILINE)
                .rule("%.*?$", COMMENT_SINGLE)
                .rule("\\(", STRING, "stringliteral")
                .rule("/(?-si:(?-si:[^()<>\\[\\]{}\\/%\\s])+(?-si:(?=[()<>\\[\\]{}\\/%\\s])))", NAME_VARIABLE)
                .rule("[{}<>\\[\\]]", PUNCTUATION)
                .rule("(?:abs|add|aload|arc|arcn|array|atan|begin|bind|ceiling|charpath|clip|closepath|concat|concatmatrix|copy|cos|currentlinewidth|currentmatrix|currentpoint|curveto|cvi|cvs|def|defaultmatrix|dict|dictstackoverflow|div|dtransform|dup|end|exch|exec|exit|exp|fill|findfont|floor|get|getinterval|grestore|gsave|identmatrix|idiv|idtransform|index|invertmatrix|itransform|length|lineto|ln|load|log|loop|matrix|mod|moveto|mul|neg|newpath|pathforall|pathbbox|pop|print|pstack|put|quit|rand|rangecheck|rcurveto|repeat|restore|rlineto|rmoveto|roll|rotate|round|run|save|scale|scalefont|setdash|setfont|setgray|setlinecap|setlinejoin|setlinewidth|setmatrix|setrgbcolor|shfill|show|showpage|sin|sqrt|stack|stringwidth|stroke|strokepath|sub|syntaxerror|transform|translate|truncate|typecheck|undefined|undefinedfilename|undefinedresult)(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", NAME_BUILTIN)
                .rule("(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", KEYWORD_RESERVED)
                .rule("(false|true)(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", KEYWORD_CONSTANT)
                .rule("<[0-9A-Fa-f]+>(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", NUMBER_HEX)
                .rule("[0-9]+\\#(\\-|\\+)?([0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)((e|E)[0-9]+)?(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", NUMBER_OCT)
                .rule("(\\-|\\+)?([0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)((e|E)[0-9]+)?(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", NUMBER_FLOAT)
                .rule("(\\-|\\+)?[0-9]+(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", NUMBER_INTEGER)
                .rule("(?-si:[^()<>\\[\\]{}\\/%\\s])+(?-si:(?=[()<>\\[\\]{}\\/%\\s]))", NAME_FUNCTION)
                .rule("\\s+", TEXT));
    b.state(
        "stringliteral",
        s ->
            s.rule("[^()\\\\]+", STRING)
                .rule("\\\\", STRING_ESCAPE, "escape")
                .rule("\\(", STRING, "stringliteral")
                .rule("\\)", STRING, POP));
    b.state(
        "escape",
        s ->
            s.rule("[0-8]{3}|n|r|t|b|f|\\\\|\\(|\\)", STRING_ESCAPE, POP));
    return b.build();
  }
}
