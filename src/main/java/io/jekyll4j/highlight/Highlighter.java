package io.jekyll4j.highlight;

import java.util.Locale;
import java.util.Optional;

/**
 * Syntax highlighting with Rouge's markup (token classes such as {@code k}, {@code s2}, {@code
 * c1}), which every Jekyll theme styles. Thread-safe; create once per build.
 *
 * <p>This package is a leaf: it depends on nothing else in jekyll4j, so both {@code convert}
 * (fenced code in Markdown) and {@code liquid} (the {@code highlight} tag) may use it.
 */
public final class Highlighter {
  private static final Lexer PLAIN = new PlainTextLexer(Token.TEXT);

  /**
   * Rouge's lexers, set up when a block is first highlighted (a build whose Markdown all comes
   * from the conversion cache highlights nothing: its 200 lexers' set-up, 7-9 ms, is not paid).
   */
  private volatile SourceGuesser guesser;

  /** Sets Rouge's lexers up now (the warm-up does, for a build that will convert Markdown). */
  public static void prepare() {
    LexerRegistry.builtIn();
  }

  /**
   * Whether a Rouge lexer exists for this language name or alias (e.g. "js", "rb"). Like
   * Rouge, names are case-sensitive ("Ruby" is unknown), CGI-style options may follow a
   * {@code ?} ({@code console?lang=sh}) and {@code guess} is known. Every name Rouge 3.30 has is
   * known; the few languages without a rule table here are lexed as plain text.
   */
  public boolean knows(String lang) {
    return lexer(lang, "").isPresent();
  }

  /**
   * The HTML that Rouge's HTML formatter gives for {@code code} (what goes inside {@code
   * <code>}): token spans, HTML-escaped text. An unknown or null language is lexed as plain text.
   */
  public String highlight(String code, String lang) {
    return HtmlFormatter.format(lexer(lang, code).orElse(PLAIN), code);
  }

  /**
   * {@link #highlight} inside Rouge's line-number table, as kramdown writes code when {@code
   * syntax_highlighter_opts} sets {@code line_numbers} (numbers from {@code startLine}).
   */
  public String highlightWithLineNumbers(String code, String lang, long startLine) {
    return LineNumberTable.kramdown(lexer(lang, code).orElse(PLAIN), code, startLine);
  }

  /**
   * The whole output of Jekyll 4.3's {@code {% highlight lang [linenos] %}} block for its
   * rendered body {@code code}: leading and trailing {@code \n}/{@code \r} are stripped, the rest
   * is highlighted (unknown language: plain text) and wrapped as {@code <figure
   * class="highlight"><pre><code class="language-LANG" data-lang="LANG">...</code></pre></figure>}
   * where {@code LANG} is lower-cased and the class has {@code +} replaced by {@code -}. With
   * {@code linenos}, the code is Rouge's {@code rouge-table} (gutter and code cells); without,
   * one trailing newline of the highlighted code is chomped.
   */
  public String highlightTag(String code, String lang, boolean linenos) {
    String name = lang.toLowerCase(Locale.ROOT);
    String body = stripLineTerminators(code);
    Lexer lexer = lexer(name, body).orElse(PLAIN);
    String html = linenos ? LineNumberTable.format(lexer, body) : HtmlFormatter.format(lexer, body);
    if (html.endsWith("\r\n")) {
      html = html.substring(0, html.length() - 2);
    } else if (html.endsWith("\n") || html.endsWith("\r")) {
      html = html.substring(0, html.length() - 1);
    }
    return "<figure class=\"highlight\"><pre><code class=\"language-"
        + name.replace('+', '-')
        + "\" data-lang=\""
        + name
        + "\">"
        + html
        + "</code></pre></figure>";
  }

  /**
   * The highlight tag when the site's {@code highlighter} is neither {@code rouge} nor
   * {@code pygments} (Jekyll's {@code render_codehighlighter}): the code HTML-escaped as
   * {@code CGI.escapeHTML} does and stripped, no highlighting and no line numbers, in the same
   * {@code <figure>}.
   */
  public String plainTag(String code, String lang) {
    String name = lang.toLowerCase(Locale.ROOT);
    String escaped = stripLineTerminators(code).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
    int start = 0;
    int end = escaped.length();
    while (start < end && isRubySpace(escaped.charAt(start))) start++;
    while (end > start && isRubySpace(escaped.charAt(end - 1))) end--;
    return "<figure class=\"highlight\"><pre><code class=\"language-" + name.replace('+', '-')
        + "\" data-lang=\"" + name + "\">" + escaped.substring(start, end) + "</code></pre></figure>";
  }

  private static boolean isRubySpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0;
  }

  /**
   * kramdown's HTML (as Jekyll 4.3 configures it: Rouge, {@code default_lang: plaintext},
   * {@code guess_lang: true}) for a code block whose text is {@code code} (the block's lines,
   * each ending with {@code \n} as kramdown keeps them) and whose language is {@code lang}:
   *
   * <ul>
   *   <li>no language (null or empty): highlighted as plain text, {@code <div
   *       class="language-plaintext highlighter-rouge"><div class="highlight"><pre
   *       class="highlight"><code>...</code></pre></div></div>};
   *   <li>a language Rouge knows (case-sensitive): the same wrapper with {@code
   *       language-LANG} as written, code highlighted;
   *   <li>an unknown language: no highlighting, {@code <pre><code
   *       class="language-LANG">ESCAPED</code></pre>} where the code's trailing newline is
   *       chomped and one {@code \n} put back before {@code </code>}.
   * </ul>
   *
   * CGI-style options after {@code ?} ({@code console?lang=sh}) are left out of the class, as
   * kramdown does, and passed to the lexer as Rouge does.
   *
   * The result ends with {@code \n} and has no indentation (kramdown indents it inside lists).
   */
  public String fencedBlock(String code, String lang) {
    boolean none = lang == null || lang.isEmpty();
    String name = none ? "plaintext" : lang;
    Optional<Lexer> lexer = lexer(name, code);
    int options = name.indexOf('?');
    if (options >= 0) {
      name = name.substring(0, options);
    }
    if (lexer.isEmpty()) {
      String chomped = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
      return "<pre><code class=\"language-"
          + attribute(name)
          + "\">"
          + escape(chomped)
          + "\n</code></pre>\n";
    }
    return "<div class=\"language-"
        + attribute(name)
        + " highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>"
        + HtmlFormatter.format(lexer.get(), code)
        + "</code></pre></div></div>\n";
  }

  /** HTML-escapes text as Rouge does ({@code & < >}; quotes are kept). */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    HtmlFormatter.escapeInto(out, text);
    return out.toString();
  }

  private static String attribute(String text) {
    return escape(text).replace("\"", "&quot;");
  }

  /**
   * Rouge's {@code Lexer.find_fancy}: a name or alias with optional CGI-style options after
   * {@code ?} (used by the console lexer, ignored by others), and {@code guess} guessed from the
   * code (plain text when nothing is detected).
   */
  private Optional<Lexer> lexer(String lang, String code) {
    if (lang == null) {
      return Optional.empty();
    }
    int q = lang.indexOf('?');
    String name = q >= 0 ? lang.substring(0, q) : lang;
    if (name.equals("guess")) {
      SourceGuesser g = guesser;
      if (g == null) guesser = g = new SourceGuesser(LexerRegistry.builtIn()::find);
      return Optional.of(g.guess(code).orElse(PLAIN));
    }
    return LexerRegistry.builtIn().find(lang);
  }


  private static String stripLineTerminators(String code) {
    int start = 0;
    int end = code.length();
    while (start < end && (code.charAt(start) == '\n' || code.charAt(start) == '\r')) {
      start++;
    }
    while (end > start && (code.charAt(end - 1) == '\n' || code.charAt(end - 1) == '\r')) {
      end--;
    }
    return code.substring(start, end);
  }
}
