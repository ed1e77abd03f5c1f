/**
 * The Liquid front end: templates read as Liquid 4.0.4 (the version Jekyll 4.3 runs) reads
 * them, into liqp node trees that liqp's runtime renders.
 *
 * <h2>What is Liquid 4's</h2>
 * Ported rule for rule from Liquid 4.0.4's Ruby source:
 * <ul>
 *   <li>{@link io.jekyll4j.liquid.parse.Tokenizer}: {@code tokenizer.rb} with {@code
 *       TemplateParser} from {@code lib/liquid.rb}; tokens carry their line. An output ends at
 *       the first {@code }}} even inside a string, as in Liquid.</li>
 *   <li>{@link io.jekyll4j.liquid.parse.LiquidParser}: {@code document.rb}, {@code
 *       block_body.rb}, {@code block.rb}: {@code FullToken}, {@code ContentOfVariable},
 *       whitespace control (trimming is done at parse time, on the neighbouring text), unknown
 *       tags handed to the enclosing block ({@code else}, {@code elsif}, {@code when}, end tags),
 *       the syntax errors with Liquid's wording and line ({@code errors.rb}, {@code en.yml}),
 *       and {@code parser_switching.rb}: {@code error_mode} strict, lax, or warn (strict first,
 *       then a recorded warning and the lax parse).</li>
 *   <li>{@link io.jekyll4j.liquid.parse.StrictParser}: {@code lexer.rb} and {@code parser.rb}.
 *       {@link io.jekyll4j.liquid.parse.Expressions}: {@code Expression.parse}, {@code
 *       VariableLookup}, {@code RangeLookup}, and the shared regexes ({@code QuotedFragment},
 *       {@code TagAttributes}...). {@link io.jekyll4j.liquid.parse.Variables}: {@code
 *       variable.rb} strict and lax parsing of outputs and filters. {@link
 *       io.jekyll4j.liquid.parse.Conditions}: {@code if.rb} strict and lax conditions.</li>
 *   <li>{@link io.jekyll4j.liquid.parse.StandardTags}: each tag's markup as its class reads it
 *       (strict/lax for {@code if}, {@code unless}, {@code for} and {@code assign}'s value; the lax
 *       {@code Syntax} regex alone for {@code case}, {@code capture}, {@code cycle}, {@code
 *       tablerow}, as in Liquid 4), and its body ({@code raw} reads raw tokens, {@code comment}
 *       parses and ignores).</li>
 * </ul>
 *
 * <h2>What is liqp's</h2>
 * The result of parsing is a tree of liqp nodes ({@code liqp.nodes}: text and literal atoms,
 * {@code LookupNode}, {@code OutputNode} with {@code FilterNode}s, comparison and and/or
 * nodes, {@code InsertionNode}s for tags), rendered with liqp's {@code TemplateContext}, its
 * filters and drops, and the tag and block implementations registered with the liqp {@code
 * TemplateParser} (ours in {@code liquid.tag} for {@code if}, {@code for}, {@code case}, {@code
 * capture}, {@code tablerow} and Jekyll's tags; liqp's for {@code assign}, {@code cycle},
 * {@code increment}...). liqp's ANTLR grammar is not used: no template text is rewritten.
 *
 * <h2>Tags</h2>
 * A {@link io.jekyll4j.liquid.parse.TagRegistry} maps each tag name to the {@link
 * io.jekyll4j.liquid.parse.TagParser} of its markup; Jekyll's tags and plugin tags that read
 * their own markup at render time register {@link io.jekyll4j.liquid.parse.TagParser#markup}
 * or {@link io.jekyll4j.liquid.parse.TagParser#markupBlock}, which hand the tag its {@link
 * io.jekyll4j.liquid.parse.Origin} (template, line, markup).
 */
package io.jekyll4j.liquid.parse;
