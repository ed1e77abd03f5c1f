/**
 * Syntax highlighting that writes exactly what Jekyll 4.3 writes with Rouge 3.30.
 *
 * <p>{@link io.jekyll4j.highlight.Highlighter} is the entry point: {@code highlight} (Rouge's HTML
 * formatter), {@code highlightTag} (Jekyll's {@code {% highlight %}} block) and {@code
 * fencedBlock} (kramdown's wrapper for code blocks).
 *
 * <p>The engine is {@link io.jekyll4j.highlight.RegexLexer} / {@link
 * io.jekyll4j.highlight.RegexLexing}, a re-implementation of Rouge's {@code RegexLexer}: named
 * states of ordered rules, the first rule whose regex matches at the scan position wins, its
 * action yields tokens and pushes, pops or replaces states; regexes use Ruby's syntax and
 * StringScanner's semantics (see {@code RubyPattern}); consecutive tokens of one type are merged
 * ({@code TokenMerger}) before the HTML formatter writes them.
 *
 * <p>Each language is one rule table ({@code RubyLexer}, {@code PythonLexer}, ...) mirroring the
 * states and rules of Rouge 3.30's lexer of the same name, registered with its Rouge tag and
 * aliases in {@code Languages}. To add a language: write its table with {@link
 * io.jekyll4j.highlight.RegexLexer#builder}, add it to {@code Languages}, add snippets under
 * {@code src/test/resources/highlight/snippets/<name>/} and run {@code
 * src/test/scripts/make-highlight-expected}.
 */
package io.jekyll4j.highlight;
