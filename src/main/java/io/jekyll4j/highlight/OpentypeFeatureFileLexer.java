package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's OpenType Feature File lexer ({@code lexers/opentype_feature_file.rb}) as a rule table. */
final class OpentypeFeatureFileLexer {
  private OpentypeFeatureFileLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "Ascender Attach AxisValue CapHeight CaretOffset CodePageRange Descender DesignAxis"
              + " " + "ElidableAxisValueName ElidedFallbackName ElidedFallbackNameID FSType FeatUILabelNameID FeatUITooltipTextNameID FontRevision GlyphClassDef"
              + " " + "HorizAxis.BaseScriptList HorizAxis.BaseTagList HorizAxis.MinMax IgnoreBaseGlyphs IgnoreLigatures IgnoreMarks LigatureCaretByDev LigatureCaretByIndex"
              + " " + "LigatureCaretByPos LineGap MarkAttachClass MarkAttachmentType NULL OlderSiblingFontAttribute Panose ParamUILabelNameID"
              + " " + "RightToLeft SampleTextNameID TypoAscender TypoDescender TypoLineGap UnicodeRange UseMarkFilteringSet Vendor"
              + " " + "VertAdvanceY VertAxis.BaseScriptList VertAxis.BaseTagList VertAxis.MinMax VertOriginY VertTypoAscender VertTypoDescender VertTypoLineGap"
              + " " + "WeightClass WidthClass XHeight anchor anchorDef anon anonymous by"
              + " " + "contour cursive device enum enumerate exclude_dflt feature featureNames"
              + " " + "flag from ignore include include_dflt language languagesystem location"
              + " " + "lookup lookupflag mark markClass name nameid parameters pos"
              + " " + "position required reversesub rsub script sizemenuname sub substitute"
              + " " + "subtable table useExtension valueRecordDef winAscent winDescent");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("opentype_feature_file", "fea", "opentype", "opentypefeature");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("#.*$", COMMENT)
                .rule(
              "(anonymous|anon|feature|lookup|table)((?:\\s)+)",
              (lx, m) -> {
                lx.groups(KEYWORD, TEXT);
                lx.push("featurename");
              })
                .rule(
              "(\\})((?:\\s))",
              (lx, m) -> {
                lx.groups(PUNCTUATION, TEXT);
                lx.push("featurename");
              })
                .rule("(?i)include\\b", KEYWORD, "includepath")
                .rule("[\\-\\[\\]/(){},.:;=%*<>']", PUNCTUATION)
                .rule("`.*?", STRING_BACKTICK)
                .rule("\\\"", STRING, "strings")
                .rule("(?i)\\\\[^.*\\s]+", STRING_ESCAPE)
                .rule("@(?i-s:[a-z_][a-z0-9\\/_.-]*)", NAME_CLASS)
                .rule(
              "(?<!\\.)(?i-s:[a-z_][a-z0-9\\/_.-]*)",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  lx.token(NAME);
                }
              })
                .rule("(?i)[a-z_][a-z0-9/_.-]*", NAME)
                .rule("(?:0x|\\\\)[0-9A-Fa-f]+", NUMBER_HEX)
                .rule("-?\\d+", NUMBER_INTEGER));
    b.state(
        "featurename",
        s ->
            s.rule("(?i)[a-z_][a-z0-9/_.-]*", NAME_FUNCTION, POP));
    b.state(
        "includepath",
        s ->
            s.rule("\\s+", WHITESPACE)
                .rule("\\)", PUNCTUATION, POP)
                .rule("\\(", PUNCTUATION)
                .rule("[^\\s()]+", STRING));
    b.state(
        "strings",
        s ->
            s.rule("\"", STRING, POP)
                .rule("[^\"%\\n]+", STRING));
    return b.build();
  }
}
