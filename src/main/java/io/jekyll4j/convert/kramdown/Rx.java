package io.jekyll4j.convert.kramdown;

import static io.jekyll4j.convert.kramdown.Scanner.re;
import static io.jekyll4j.convert.kramdown.Scanner.reDotAll;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regular expressions of kramdown's block and span rules (kramdown 2.4 with the GFM parser),
 * written for {@link Scanner}. Kept in one place because the rules refer to each other: a
 * paragraph ends where a list, a header or an HTML tag could start.
 */
final class Rx {
  private Rx() {}

  static final String ALPHA = "\\p{IsAlphabetic}";
  static final String ALNUM = "\\p{IsAlphabetic}\\p{Nd}";
  static final String OPT_SPACE = " {0,3}";
  static final String UNAME =
      "(?:[" + ALPHA + "_][-" + ALNUM + "._]*:)?[" + ALPHA + "_][-" + ALNUM + "._]*";

  static final List<String> HTML_SPAN_ELEMENTS =
      List.of(
          "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn",
          "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc",
          "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup",
          "tt", "u", "var");
  static final Set<String> HTML_BLOCK_ELEMENTS =
      Set.of(
          "address", "article", "aside", "applet", "body", "blockquote", "caption", "col",
          "colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe",
          "legend", "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section",
          "summary", "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul");
  static final Set<String> HTML_ELEMENTS_WITHOUT_BODY =
      Set.of(
          "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link",
          "meta", "param", "source", "track", "wbr");
  static final Set<String> CONTENT_MODEL_BLOCK =
      Set.of(
          "address", "applet", "article", "aside", "blockquote", "body", "dd", "details", "div",
          "dl", "fieldset", "figure", "figcaption", "footer", "form", "header", "hgroup", "iframe",
          "li", "main", "map", "menu", "nav", "noscript", "object", "section", "summary", "td");
  static final Set<String> CONTENT_MODEL_SPAN =
      Set.of(
          "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn",
          "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins", "label", "legend", "optgroup",
          "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "select", "small", "span", "strong",
          "sub", "sup", "th", "tt");
  static final Set<String> CONTENT_MODEL_RAW =
      Set.of(
          "script", "style", "math", "option", "textarea", "pre", "code", "kbd", "samp", "var");

  /** kramdown's HTML_CONTENT_MODEL: block, span or raw (the default). */
  static String contentModel(String tag) {
    if (CONTENT_MODEL_BLOCK.contains(tag)) return "block";
    if (CONTENT_MODEL_SPAN.contains(tag)) return "span";
    return "raw";
  }

  /** kramdown's HTML_ELEMENT: a tag name kramdown knows (and so lower-cases). */
  static boolean knownElement(String tag) {
    return HTML_SPAN_ELEMENTS.contains(tag) || HTML_BLOCK_ELEMENTS.contains(tag)
        || HTML_ELEMENTS_WITHOUT_BODY.contains(tag) || CONTENT_MODEL_BLOCK.contains(tag)
        || CONTENT_MODEL_SPAN.contains(tag) || CONTENT_MODEL_RAW.contains(tag);
  }

  static final String BLANK_LINE_S = "(?>^\\s*\\n)+";
  static final String EOB_MARKER_S = "^\\^\\s*?\\n";
  static final String ALD_ANY_CHARS = "(?:\\\\\\}|[^\\}])";
  static final String ALD_ID_NAME = "\\w[\\w-]*";
  static final String IAL_BLOCK_S = "\\{:(?!:|/)(" + ALD_ANY_CHARS + "+)\\}\\s*?\\n";
  static final String IAL_BLOCK_START_S = "^" + OPT_SPACE + IAL_BLOCK_S;
  static final String LAZY_SPAN = String.join("|", HTML_SPAN_ELEMENTS) + "|script";
  static final String LAZY_END_HTML_START_S = "<(?>(?!(?:" + LAZY_SPAN + ")\\b)" + UNAME + ")";
  static final String LAZY_END_HTML_STOP_S = "</(?!(?:" + LAZY_SPAN + ")\\b)" + UNAME + "\\s*>";
  static final String LAZY_END_S =
      BLANK_LINE_S + "|" + IAL_BLOCK_START_S + "|" + EOB_MARKER_S + "|^" + OPT_SPACE
          + LAZY_END_HTML_STOP_S + "|^" + OPT_SPACE + LAZY_END_HTML_START_S + "|\\Z";
  // kramdown's "[\t| ].*?\n" written "[\t| ][^\n]*\n": the same match (no DOTALL), without a lazy loop
  static final String PATTERN_TAIL = "[\\t| ][^\\n]*\\n";
  static final String LIST_START_UL_S = "^(" + OPT_SPACE + "[+*-])(" + PATTERN_TAIL + ")";
  static final String LIST_START_OL_S = "^(" + OPT_SPACE + "\\d+\\.)(" + PATTERN_TAIL + ")";
  static final String DEFINITION_LIST_START_S = "^(" + OPT_SPACE + ":)(" + PATTERN_TAIL + ")";
  static final String ATX_GFM_S = "^(#{1,6})[\\t ]+(.*)\\n";
  static final String ATX_KRAMDOWN_S = "^(#{1,6})[\\t ]*([^ \\t].*)\\n";
  static final String BLOCKQUOTE_START_S = "^" + OPT_SPACE + "> ?";
  static final String FENCED_GFM_START_S = "^" + OPT_SPACE + "[~`]{3,}";
  static final String INDENT_S = "^(?:\\t| {4})";

  static final Pattern BLANK_LINE = re(BLANK_LINE_S);
  static final Pattern EOB_MARKER = re(EOB_MARKER_S);
  static final Pattern IAL_BLOCK_START = re(IAL_BLOCK_START_S);
  static final Pattern LAZY_END = re(LAZY_END_S);
  // ".*?\n" written "[^\n]*\n": the same match (no DOTALL), found without a lazy loop
  static final Pattern PARAGRAPH_START = re("^" + OPT_SPACE + "[^ \\t][^\\n]*\\n");
  static final Pattern LIST_START_UL = re(LIST_START_UL_S);
  static final Pattern LIST_START_OL = re(LIST_START_OL_S);
  static final Pattern LIST_START = re(LIST_START_UL_S + "|" + LIST_START_OL_S);
  static final Pattern DEFINITION_LIST_START = re(DEFINITION_LIST_START_S);
  static final Pattern PARAGRAPH_END = re(LAZY_END_S + "|" + DEFINITION_LIST_START_S);
  static final Pattern PARAGRAPH_END_GFM =
      re(LAZY_END_S + "|" + LIST_START_UL_S + "|" + LIST_START_OL_S + "|" + ATX_GFM_S + "|"
          + DEFINITION_LIST_START_S + "|" + BLOCKQUOTE_START_S + "|" + FENCED_GFM_START_S);
  static final Pattern ATX_GFM = re(ATX_GFM_S);
  static final Pattern ATX_KRAMDOWN = re(ATX_KRAMDOWN_S);
  static final Pattern SETEXT =
      re("^" + OPT_SPACE + "([^ \\t].*)\\n([-=])[-=]*[ \\t\\r\\f\\u000B]*\\n");
  static final Pattern HEADER_ID =
      re("[\\t ]\\{#([A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D"
          + "\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF"
          + "\\uF900-\\uFDCF\\uFDF0-\\uFFFD][-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040"
          + "A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D"
          + "\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF"
          + "\\uF900-\\uFDCF\\uFDF0-\\uFFFD]*)\\}\\z");
  static final Pattern BLOCKQUOTE_START = re(BLOCKQUOTE_START_S);
  // kramdown's /^ {0,3}(\*|-|_)[ \t]*\1[ \t]*\1(\1|[ \t])*\n/ with the repeated group written as
  // a character class per marker: the same lines, without a stack frame per repetition
  static final Pattern HR_START = re("^" + OPT_SPACE + "(?:\\*[ \\t]*\\*[ \\t]*\\*[* \\t]*"
      + "|-[ \\t]*-[ \\t]*-[- \\t]*|_[ \\t]*_[ \\t]*_[_ \\t]*)\\n");
  static final Pattern INDENT = re(INDENT_S);
  static final Pattern CODEBLOCK_MATCH =
      re("(?:(?:" + BLANK_LINE_S + ")?(?:" + INDENT_S + "[ \\t]*\\S.*\\n)+(?:(?!"
          + IAL_BLOCK_START_S + "|" + EOB_MARKER_S + "|^" + OPT_SPACE + LAZY_END_HTML_STOP_S
          + "|^" + OPT_SPACE + LAZY_END_HTML_START_S + ")^[ \\t]*\\S.*\\n)*)*");
  static final Pattern FENCED_GFM_START = re(FENCED_GFM_START_S);
  static final Pattern FENCED_GFM_MATCH =
      reDotAll("^" + OPT_SPACE + "(([~`]){3,})\\s*?((\\S+?)(?:\\?\\S*)?)?\\s*?\\n(.*?)^"
          + OPT_SPACE + "\\1\\2*\\s*?\\n");
  static final Pattern FENCED_KRAMDOWN_START = re("^~{3,}");
  static final Pattern FENCED_KRAMDOWN_MATCH =
      reDotAll("^((~){3,})\\s*?((\\S+?)(?:\\?\\S*)?)?\\s*?\\n(.*?)^\\1\\2*\\s*?\\n");
  static final Pattern BLOCK_MATH_START =
      reDotAll("^" + OPT_SPACE + "(\\\\)?\\$\\$(.*?)\\$\\$(\\s*?\\n)?");
  static final Pattern BLOCK_BOUNDARY =
      re(BLANK_LINE_S + "|" + EOB_MARKER_S + "|" + "^" + OPT_SPACE + "\\{:(?!:|/)(?:"
          + ALD_ANY_CHARS + "+)\\}\\s*?\\n" + "|\\Z");
  static final Pattern LINK_DEFINITION_START =
      re("^" + OPT_SPACE + "\\[([^\\n\\]]+)\\]:[ \\t]*(?:<(.*?)>|([^\\n]*?\\S[^\\n]*?))"
          + "(?:(?:[ \\t]*?\\n|[ \\t]+?)[ \\t]*?([\"'])(.+?)\\4)?[ \\t]*?\\n");
  static final Pattern ABBREV_DEFINITION_START = re("^" + OPT_SPACE + "\\*\\[(.+?)\\]:(.*?)\\n");
  static final Pattern FOOTNOTE_DEFINITION_START =
      re("^" + OPT_SPACE + "\\[\\^(" + ALD_ID_NAME + ")\\]:\\s*?(.*?\\n" + CODEBLOCK_MATCH.pattern()
          + ")");
  static final Pattern ALD_START =
      re("^" + OPT_SPACE + "\\{:(" + ALD_ID_NAME + "):(" + ALD_ANY_CHARS + "+)\\}\\s*?\\n");
  static final String EXT_START_S =
      "\\{::(\\w+)(?:\\s(" + ALD_ANY_CHARS + "*?)|)(\\/)?\\}";
  static final String EXT_STOP_ANY_S = "\\{:/(" + ALD_ID_NAME + ")?\\}";
  static final Pattern EXT_BLOCK_START =
      re("^" + OPT_SPACE + "(?:" + EXT_START_S + "|" + EXT_STOP_ANY_S + ")\\s*?\\n");
  static final Pattern EXT_SPAN_START = re(EXT_START_S + "|" + EXT_STOP_ANY_S);
  static final Pattern IAL_SPAN_START = re("\\{:(" + ALD_ANY_CHARS + "+)\\}");
  static final Pattern BLOCK_EXTENSIONS_START = re("^" + OPT_SPACE + "\\{:");
  static final Pattern TRAILING_WHITESPACE = re("[ \\t]*\\n");
}
