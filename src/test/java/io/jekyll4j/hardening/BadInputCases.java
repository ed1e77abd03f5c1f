package io.jekyll4j.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of bad inputs: each a small site (files, optional set-up such as links) and the
 * outcome expected of a build. Outcomes follow Jekyll 4.3.1 where it has one (checked with the
 * oracle: {@code oracle} true), else what jekyll4j promises: a clean error naming file and line,
 * or a build with a warning.
 */
final class BadInputCases {
  private BadInputCases() {}

  enum Kind { OK, WARN, ERROR, ANY }

  /** What a case expects: the kind, and text the warning or error holds (with its file:line). */
  record Expect(Kind kind, String text) {
    static Expect ok() {
      return new Expect(Kind.OK, "");
    }

    static Expect warn(String text) {
      return new Expect(Kind.WARN, text);
    }

    static Expect error(String text) {
      return new Expect(Kind.ERROR, text);
    }

    /** Either a build or an error (with file and line): Jekyll's outcome differs by version or is a crash. */
    static Expect any() {
      return new Expect(Kind.ANY, "");
    }
  }

  /** Extra set-up on the site root (src/, outside/ beside it). */
  interface Setup {
    void apply(Path root) throws IOException;
  }

  record Case(String category, String name, Map<String, byte[]> files, Setup setup, Expect expect,
      boolean oracle, String output, String outputHas) {
    @Override
    public String toString() {
      return category + ": " + name;
    }
  }

  private static final List<Case> ALL = new ArrayList<>();
  private static String category = "";

  static final String CANARY = "OUTSIDE-CANARY-7f3a";

  static String fm(String body) {
    return "---\n---\n" + body;
  }

  private static Map<String, byte[]> files(Object... pairs) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      m.put((String) pairs[i], v instanceof byte[] b ? b : String.valueOf(v).getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }

  private static void add(String name, Expect e, Object... pairs) {
    ALL.add(new Case(category, name, files(pairs), null, e, false, null, null));
  }

  /** A case Jekyll 4.3.1 was run on (the outcome kind is Jekyll's). */
  private static void jekyll(String name, Expect e, Object... pairs) {
    ALL.add(new Case(category, name, files(pairs), null, e, true, null, null));
  }

  private static void withOutput(String name, String output, String has, Object... pairs) {
    ALL.add(new Case(category, name, files(pairs), null, Expect.ok(), false, output, has));
  }

  private static void setup(String name, Expect e, Setup s, Object... pairs) {
    ALL.add(new Case(category, name, files(pairs), s, e, false, null, null));
  }

  /**
   * Lays a case out under {@code root}: {@code src/} (the site), {@code outside/} (files a build
   * must never read, holding {@link #CANARY}) and {@code out/} (a previous build's destination).
   */
  static Path materialize(Case c, Path root) throws IOException {
    Path src = Files.createDirectories(root.resolve("src"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), CANARY + "\n");
    Files.writeString(outside.resolve("x.scss"), "a { b: c; } /* " + CANARY + " */\n");
    Path out = Files.createDirectories(root.resolve("out"));
    Files.writeString(out.resolve("previous.txt"), "the previous build\n");
    for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
      Path p = src.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    if (c.setup() != null) {
      for (String d : List.of("_includes", "_layouts", "_data", "_posts", "_sass", "sub")) {
        Files.createDirectories(src.resolve(d));
      }
      c.setup().apply(root);
    }
    return src;
  }

  /** A folder name for a case (for the oracle script's dump). */
  static String slug(Case c) {
    return (c.category() + "--" + c.name()).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase();
  }

  static List<Case> all() {
    if (!ALL.isEmpty()) return ALL;
    config();
    frontMatter();
    liquid();
    markdown();
    sass();
    fileNames();
    encodings();
    links();
    permissions();
    paths();
    huge();
    return ALL;
  }

  private static void config() {
    category = "config";
    String idx = "index.html";
    String page = fm("{{ site.title }}\n");
    jekyll("invalid YAML", Expect.error("_config.yml"), "_config.yml", "title: [unclosed\n", idx, page);
    add("tab indentation", Expect.error("_config.yml"), "_config.yml", "a:\n\tb: 1\n", idx, page);
    // Jekyll warns "Error reading configuration. Using defaults" and builds without the file; jekyll4j stops, naming it
    jekyll("a list", Expect.warn("Error reading configuration"), "_config.yml", "- a\n- b\n", idx, page);
    jekyll("a string", Expect.warn("Error reading configuration"), "_config.yml", "just words\n", idx, page);
    add("empty", Expect.ok(), "_config.yml", "", idx, page);
    add("only a comment", Expect.ok(), "_config.yml", "# nothing\n", idx, page);
    add("only a document marker", Expect.ok(), "_config.yml", "---\n", idx, page);
    add("two YAML documents", Expect.any(), "_config.yml", "title: a\n---\ntitle: b\n", idx, page);
    add("duplicate keys", Expect.any(), "_config.yml", "title: a\ntitle: b\n", idx, page);
    add("exclude is a string", Expect.any(), "_config.yml", "exclude: foo\n", idx, page);
    add("include is a number", Expect.any(), "_config.yml", "include: 3\n", idx, page);
    add("collections is a list", Expect.any(), "_config.yml", "collections: [a, b]\n", idx, page, "_a/x.md", fm("x"));
    add("collections is a string", Expect.any(), "_config.yml", "collections: recipes\n", idx, page);
    add("collection with a bad permalink", Expect.any(), "_config.yml",
        "collections:\n  r:\n    output: true\n    permalink: /:nope/:title\n", idx, page, "_r/a.md", fm("a"));
    add("defaults is a map", Expect.any(), "_config.yml", "defaults: {a: 1}\n", idx, page);
    add("defaults without scope", Expect.any(), "_config.yml", "defaults:\n  - values: {layout: x}\n", idx, page);
    add("defaults scope is a string", Expect.any(), "_config.yml", "defaults:\n  - scope: x\n    values: {a: 1}\n", idx, page);
    add("unknown markdown engine", Expect.error(""), "_config.yml", "markdown: nosuch\n", "index.md", fm("# hi\n"));
    add("kramdown options of the wrong type", Expect.any(), "_config.yml",
        "kramdown:\n  toc_levels: yes\n  auto_ids: maybe\n", "index.md", fm("# hi\n"));
    add("timezone unknown", Expect.any(), "_config.yml", "timezone: Mars/Olympus\n", idx, page);
    add("permalink nonsense", Expect.any(), "_config.yml", "permalink: \"::::\"\n", idx, page);
    add("baseurl with spaces and quotes", Expect.ok(), "_config.yml", "baseurl: \"/a b'\\\"\"\n", idx, page);
    add("url not a URL", Expect.ok(), "_config.yml", "url: \"::\"\n", idx, fm("{{ '/x' | absolute_url }}\n"));
    add("theme that does not exist", Expect.any(), "_config.yml", "theme: no-such-theme\n", idx, page);
    add("plugins of the wrong type", Expect.any(), "_config.yml", "plugins: 42\n", idx, page);
    add("sass section is a string", Expect.any(), "_config.yml", "sass: compressed\n", idx, page);
    add("destination inside itself", Expect.any(), "_config.yml", "destination: _site/_site\n", idx, page);
    add("encoding unknown", Expect.any(), "_config.yml", "encoding: klingon\n", idx, page);
    add("data_dir outside", Expect.any(), "_config.yml", "data_dir: ../outside\n", idx, fm("{{ site.data | jsonify }}\n"));
    add("layouts_dir outside", Expect.any(), "_config.yml", "layouts_dir: ../outside\n", idx, fm("x\n"));
    add("includes_dir outside", Expect.any(), "_config.yml", "includes_dir: ../outside\n", idx, fm("{% include secret.txt %}\n"));
    add("exclude everything", Expect.ok(), "_config.yml", "exclude: ['*']\n", idx, page);
    add("paginate not a number", Expect.any(), "_config.yml", "paginate: many\nplugins: [jekyll-paginate]\n", idx, page);
  }

  private static void frontMatter() {
    category = "front matter";
    jekyll("a list on a page", Expect.error("list.md:2"), "list.md", "---\n- a\n- b\n---\nbody\n");
    add("a string on a page", Expect.error("s.md:2"), "s.md", "---\njust a string\n---\nbody\n");
    add("a number on a page", Expect.error("n.md:2"), "n.md", "---\n42\n---\nbody\n");
    jekyll("a string on a post", Expect.warn("_posts/2020-01-01-s.md:2"), "_posts/2020-01-01-s.md", "---\njust a string\n---\nbody\n");
    add("a list on a layout", Expect.error("_layouts/l.html:2"), "_layouts/l.html", "---\n- a\n---\n{{ content }}\n",
        "index.md", "---\nlayout: l\n---\nx\n");
    add("invalid YAML on a page", Expect.warn("YAML Exception"), "index.md", "---\ntitle: [x\n---\nbody\n");
    add("invalid YAML on a post", Expect.warn("YAML Exception"), "_posts/2020-01-01-a.md", "---\ntitle: [x\n---\nbody\n");
    add("tab indentation", Expect.warn("YAML Exception"), "index.md", "---\na:\n\tb: 1\n---\nbody\n");
    add("never closed", Expect.ok(), "index.md", "---\ntitle: x\nbody without an end\n");
    add("only the opening line", Expect.ok(), "index.md", "---\n");
    add("opening line with trailing spaces", Expect.ok(), "index.md", "---   \n---\nbody\n");
    add("closing with dots", Expect.ok(), "index.md", "---\ntitle: x\n...\nbody\n");
    add("duplicate keys", Expect.any(), "index.md", "---\ntitle: a\ntitle: b\n---\nbody\n");
    add("layout that does not exist", Expect.ok(), "index.md", "---\nlayout: nosuch\n---\nbody\n");
    add("layout that includes itself", Expect.any(), "_layouts/a.html", "---\nlayout: a\n---\n{{ content }}\n",
        "index.md", "---\nlayout: a\n---\nx\n");
    add("two layouts in a loop", Expect.any(), "_layouts/a.html", "---\nlayout: b\n---\n{{ content }}\n",
        "_layouts/b.html", "---\nlayout: a\n---\n{{ content }}\n", "index.md", "---\nlayout: a\n---\nx\n");
    add("layout is a list", Expect.any(), "index.md", "---\nlayout: [a, b]\n---\nx\n");
    add("permalink empty", Expect.any(), "index.md", "---\npermalink: \"\"\n---\nx\n");
    add("permalink a number", Expect.any(), "index.md", "---\npermalink: 42\n---\nx\n");
    add("date invalid on a post", Expect.any(), "_posts/2020-01-01-a.md", "---\ndate: not a date\n---\nx\n");
    add("date in year 99999", Expect.any(), "_posts/2020-01-01-a.md", "---\ndate: 99999-01-01\n---\nx\n");
    add("published as a string", Expect.ok(), "index.md", "---\npublished: \"false\"\n---\nx\n");
    add("categories a number", Expect.ok(), "_posts/2020-01-01-a.md", "---\ncategories: 42\n---\nx\n");
    add("tags a map", Expect.any(), "_posts/2020-01-01-a.md", "---\ntags: {a: 1}\n---\nx\n");
    add("title a map", Expect.ok(), "index.md", "---\ntitle: {a: 1}\n---\n{{ page.title }}\n");
    add("byte order mark", Expect.ok(), "index.md", "\uFEFF---\ntitle: x\n---\n{{ page.title }}\n");
    add("CRLF lines", Expect.ok(), "index.md", "---\r\ntitle: x\r\n---\r\n{{ page.title }}\r\n");
    add("lone CR lines", Expect.ok(), "index.md", "---\rtitle: x\r---\rbody\r");
    add("deeply nested YAML", Expect.any(), "index.md", "---\na: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\nx\n");
    add("YAML tags of Ruby objects", Expect.any(), "index.md", "---\na: !ruby/object:Foo {x: 1}\n---\nx\n");
    add("YAML java type tag", Expect.any(), "index.md", "---\na: !!java.io.File [\"/etc/passwd\"]\n---\nx\n");
    add("ten thousand keys", Expect.ok(), "index.md", "---\n" + keys(10_000) + "---\n{{ page.k9999 }}\n");
  }

  private static String keys(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append("k").append(i).append(": ").append(i).append('\n');
    return sb.toString();
  }

  private static void liquid() {
    category = "liquid";
    String p = "index.html";
    add("unclosed if", Expect.error("index.html:"), p, fm("a\n{% if true %}\nb\n"));
    add("unclosed for", Expect.error("index.html:"), p, fm("{% for i in (1..3) %}\n"));
    // the line named (the tag's, 3, as Jekyll) is fixed on the Liquid front end; any line of the file is accepted here
    add("unclosed raw", Expect.error("index.html:"), p, fm("a\n{% raw %}\nb\nc\n"));
    add("unclosed comment", Expect.error("index.html:"), p, fm("{% comment %}\nb\n"));
    add("unclosed capture", Expect.error("index.html:"), p, fm("{% capture x %}\nb\n"));
    add("unclosed output", Expect.any(), p, fm("a {{ b\n"));
    add("unclosed tag", Expect.any(), p, fm("a {% if\n"));
    add("stray endif", Expect.error("index.html:"), p, fm("a\n{% endif %}\n"));
    add("stray endfor", Expect.error("index.html:"), p, fm("{% endfor %}\n"));
    add("unknown tag", Expect.error("index.html:"), p, fm("\n{% frobnicate %}\n"));
    add("unknown filter", Expect.any(), p, fm("{{ 1 | frobnicate }}\n"));
    add("filter with too many arguments", Expect.any(), p, fm("{{ 'a' | upcase: 1, 2, 3 }}\n"));
    add("divided by zero", Expect.any(), p, fm("\n{{ 1 | divided_by: 0 }}\n"));
    add("modulo zero", Expect.any(), p, fm("{{ 1 | modulo: 0 }}\n"));
    add("date of garbage", Expect.ok(), p, fm("{{ 'garbage' | date: '%Y' }}\n"));
    add("date format garbage", Expect.error("index.html:3"), p, fm("{{ 'now' | date: '%Q%%%' }}\n"));
    add("include missing", Expect.error("index.html:"), p, fm("\n{% include nosuch.html %}\n"));
    add("include traversal", Expect.error("index.html:"), p, fm("{% include ../../outside/secret.txt %}\n"), "_includes/a.html", "a");
    add("include_relative traversal", Expect.error("index.html:"), p, fm("{% include_relative ../outside/secret.txt %}\n"));
    add("include itself forever", Expect.any(), p, fm("{% include a.html %}\n"), "_includes/a.html", "{% include a.html %}");
    add("include with a variable name missing", Expect.any(), p, fm("{% include {{ nope }} %}\n"));
    add("for over a huge range", Expect.error("index.html"), p, fm("{% for i in (1..3000000000) %}x{% endfor %}\n"));
    add("for over a negative range", Expect.ok(), p, fm("{% for i in (5..1) %}x{% endfor %}\n"));
    add("range of floats", Expect.any(), p, fm("{% for i in (1.5..3) %}x{% endfor %}\n"));
    add("range of strings", Expect.ok(), p, fm("{% for i in ('a'..'c') %}x{% endfor %}\n"));
    add("two thousand nested ifs", Expect.any(), p, fm("{% if true %}".repeat(2000) + "x" + "{% endif %}".repeat(2000) + "\n"));
    add("two thousand nested fors", Expect.any(), p, fm("{% for i in (1..1) %}".repeat(2000) + "x" + "{% endfor %}".repeat(2000) + "\n"));
    add("many nested captures", Expect.any(), p, fm("{% capture a %}".repeat(1000) + "x" + "{% endcapture %}".repeat(1000) + "\n"));
    add("quadratic append loop", Expect.ok(), p, fm("{% assign s = '' %}{% for i in (1..20000) %}{% assign s = s | append: 'x' %}{% endfor %}{{ s | size }}\n"));
    add("capture in a long loop", Expect.ok(), p, fm("{% for i in (1..20000) %}{% capture c %}{{ c }}x{% endcapture %}{% endfor %}{{ c | size }}\n"));
    add("replace with regex metacharacters", Expect.ok(), p, fm("{{ 'a.b*c' | replace: '.*', '$1\\\\' }}\n"));
    add("split on empty", Expect.ok(), p, fm("{{ 'abc' | split: '' | join: '-' }}\n"));
    add("slice out of range", Expect.ok(), p, fm("{{ 'abc' | slice: 99999999999, -5 }}\n"));
    add("truncate negative", Expect.any(), p, fm("{{ 'abc' | truncate: -5 }}\n"));
    add("huge integer", Expect.ok(), p, fm("{{ 99999999999999999999999999999 | plus: 1 }}\n"));
    add("where_exp malformed", Expect.any(), p, fm("{{ site.pages | where_exp: 'p', 'p.title ==' }}\n"));
    add("sort of mixed types", Expect.any(), p, fm("{% assign a = '1,b' | split: ',' %}{{ a | push: 3 | sort }}\n"));
    add("cycle without values", Expect.any(), p, fm("{% cycle %}\n"));
    add("tablerow of a string", Expect.any(), p, fm("{% tablerow x in 'abc' %}{{ x }}{% endtablerow %}\n"));
    add("assign without a value", Expect.any(), p, fm("{% assign x = %}\n"));
    add("deeply nested output braces", Expect.any(), p, fm("{{ " + "{{".repeat(2000) + " }}\n"));
    add("ten thousand tags", Expect.ok(), p, fm("{% assign x = 1 %}".repeat(10_000) + "\n"));
    add("liquid in a layout error", Expect.error("_layouts/l.html:"), "_layouts/l.html", "---\n---\n\n{% if %}\n{{ content }}\n",
        p, "---\nlayout: l\n---\nx\n");
    add("liquid in an include error", Expect.error("_includes/a.html"), "_includes/a.html", "\n{% if %}\n", p, fm("{% include a.html %}\n"));
    add("jsonify of a recursive drop", Expect.any(), p, fm("{{ site | jsonify | size }}\n"));
    add("inspect of site", Expect.any(), p, fm("{{ site | inspect | size }}\n"));
    add("post_url missing", Expect.error("index.html"), p, fm("{% post_url nope %}\n"));
    add("link missing", Expect.error("index.html"), p, fm("{% link nope.md %}\n"));
    add("highlight unclosed", Expect.error("index.html"), p, fm("{% highlight ruby %}\nx\n"));
    add("highlight unknown language", Expect.ok(), p, fm("{% highlight klingon %}\nx\n{% endhighlight %}\n"));
  }

  private static void markdown() {
    category = "markdown";
    String p = "index.md";
    add("4,000-deep block quote", Expect.error("index.md:4"), p, fm("\n" + "> ".repeat(4000) + "x\n"));
    add("900-deep block quote", Expect.ok(), p, fm("> ".repeat(900) + "x\n"));
    add("4,000-deep list", Expect.error("index.md:"), p, fm("- ".repeat(4000) + "x\n"));
    add("deep indented lists", Expect.ok(), p, fm(indentedList(150)));
    add("sixteen thousand backticks", Expect.ok(), p, fm("`".repeat(16_000) + "x\n"));
    add("twenty thousand brackets", Expect.ok(), p, fm("[".repeat(20_000) + "\n"));
    add("nested links", Expect.ok(), p, fm("[".repeat(3000) + "x" + "](u)".repeat(3000) + "\n"));
    // kramdown itself backtracks exponentially here (over 120 s at 250 repetitions): bounded here, kept small
    add("unclosed emphasis everywhere", Expect.ok(), p, fm("*a _b **c __d ".repeat(300) + "\n"));
    add("three thousand nested divs", Expect.any(), p, fm("<div>".repeat(3000) + "x" + "</div>".repeat(3000) + "\n"));
    add("ten thousand nested spans", Expect.any(), p, fm("<span>".repeat(10_000) + "x\n"));
    add("unclosed HTML block", Expect.ok(), p, fm("<div markdown=\"1\">\n*x*\n"));
    add("unclosed HTML comment", Expect.ok(), p, fm("<!-- never closed\n\nx\n"));
    add("huge table", Expect.ok(), p, fm("|a|b|\n|-|-|\n" + "|x|y|\n".repeat(20_000)));
    add("wide table", Expect.ok(), p, fm("|a".repeat(5000) + "|\n" + "|-".repeat(5000) + "|\n"));
    add("footnote undefined", Expect.ok(), p, fm("x[^nope]\n"));
    add("footnote recursive", Expect.any(), p, fm("x[^a]\n\n[^a]: see[^a]\n"));
    add("IAL garbage", Expect.ok(), p, fm("x\n{: .a #b c=\"d\" ::: }\n"));
    add("toc without headers", Expect.ok(), p, fm("* toc\n{:toc}\n"));
    add("math unclosed", Expect.ok(), p, fm("$$ x\n"));
    add("abbreviation loops", Expect.ok(), p, fm("*[HTML]: Hyper *[HTML]\n\nHTML\n"));
    add("NUL and control characters", Expect.any(), p, fm("a\u0000b\u0001c\u001b[31m\n"));
    add("one megabyte line", Expect.ok(), p, fm("word ".repeat(200_000) + "\n"));
    add("fence never closed", Expect.ok(), p, fm("```ruby\nx\n"));
    add("link definition loops", Expect.ok(), p, fm("[a][b]\n\n[b]: [a]\n[a]: [b]\n"));
    add("setext after a huge paragraph", Expect.ok(), p, fm("x\n".repeat(20_000) + "===\n"));
    add("many reference links", Expect.ok(), p, fm("[x][r]\n".repeat(10_000) + "\n[r]: /u\n"));
    add("nested block quote and list mix", Expect.ok(), p, fm("> - > - > - > - x\n".repeat(500)));
    add("commonmark engine deep quote", Expect.any(), "_config.yml", "markdown: CommonMark\n", p, fm("> ".repeat(4000) + "x\n"));
  }

  private static String indentedList(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append("  ".repeat(i)).append("- x\n");
    return sb.toString();
  }

  private static void sass() {
    category = "sass";
    String main = "css/main.scss";
    add("syntax error in the entry file", Expect.error("css/main.scss:4"), main, "---\n---\n\nx { color: $bad; }\n");
    jekyll("error in a partial", Expect.error("_sass/_part.scss:4"), "_sass/_part.scss", "a {\n  color: red;\n}\nb { color: $nope; }\n",
        main, "---\n---\n\n@import \"part\";\n");
    add("missing import", Expect.error("css/main.scss"), main, "---\n---\n@import \"nosuch\";\n");
    add("import loop", Expect.error("_sass/_b.scss:1"), "_sass/_a.scss", "@import \"b\";\n", "_sass/_b.scss", "@import \"a\";\n",
        main, "---\n---\n@import \"a\";\n");
    add("unclosed brace", Expect.error("css/main.scss:"), main, "---\n---\na {\n");
    add("indented syntax error", Expect.error("css/main.sass:"), "css/main.sass", "---\n---\na\n  color: red\n    b\n");
    add("empty stylesheet", Expect.ok(), main, "---\n---\n");
    add("unicode content", Expect.ok(), main, "---\n---\na::after { content: \"é✓\"; }\n");
    add("import outside through ..", Expect.any(), main, "---\n---\n@import \"../../outside/x\";\n");
    add("ten thousand rules", Expect.ok(), main, "---\n---\n" + ".a{color:red}\n".repeat(10_000));
    add("deep nesting", Expect.any(), main, "---\n---\n" + "a{".repeat(500) + "color:red;" + "}".repeat(500) + "\n");
    add("error with bad front matter line count", Expect.error("css/main.scss:6"), main, "---\ntitle: x\nother: y\n---\n\nx { y: $z; }\n");
  }

  private static void fileNames() {
    category = "file names";
    String page = fm("{{ page.url }}\n");
    add("spaces", Expect.ok(), "a b.md", page);
    withOutput("percent", "a%20b.html", "/a%2520b.html", "a%20b.md", page);
    add("hash and question mark", Expect.ok(), "a#b?c.md", page);
    add("unicode", Expect.ok(), "héllo-✓.md", page);
    add("emoji", Expect.ok(), "🙂.md", page);
    add("leading dash", Expect.ok(), "-x.md", page);
    add("two hundred fifty characters", Expect.ok(), "a".repeat(245) + ".md", page);
    add("dots inside", Expect.ok(), "a..b.md", page);
    add("no extension", Expect.ok(), "README", "plain\n");
    add("upper-case extension", Expect.ok(), "A.MD", page);
    add("only an extension", Expect.ok(), ".md", page);
    add("tilde backup", Expect.ok(), "x.md~", page);
    add("post with a bad date name", Expect.error("_posts/2020-13-45-x.md:1"), "_posts/2020-13-45-x.md", page);
    add("post without a title", Expect.ok(), "_posts/2020-01-01-.md", page);
    add("post named only a date", Expect.ok(), "_posts/2020-01-01.md", page);
    add("two files to one URL", Expect.warn("Conflict"), "a.md", fm("1"), "a.html", fm("2"));
    add("data file with a bad name", Expect.ok(), "_data/a b.c.yml", "x: 1\n", "index.html", fm("{{ site.data | jsonify }}\n"));
    add("data file invalid", Expect.any(), "_data/x.yml", "a: [\n", "index.html", fm("x\n"));
    add("data CSV malformed", Expect.any(), "_data/x.csv", "a,b\n\"unclosed,1\n", "index.html", fm("{{ site.data.x | size }}\n"));
    add("data JSON malformed", Expect.any(), "_data/x.json", "{\"a\": ", "index.html", fm("x\n"));
  }

  private static void encodings() {
    category = "encodings";
    byte[] bad = {'-', '-', '-', '\n', '-', '-', '-', '\n', 'a', (byte) 0xff, (byte) 0xfe, 'b', '\n'};
    add("invalid UTF-8 in a page", Expect.warn("Error reading file"), "index.md", bad);
    add("invalid UTF-8 in a layout", Expect.error("_layouts/l.html"), "_layouts/l.html", bad, "index.md", "---\nlayout: l\n---\nx\n");
    add("invalid UTF-8 in the config", Expect.error("_config.yml"), "_config.yml", new byte[] {'a', ':', ' ', (byte) 0xc3, '\n'}, "index.md", fm("x"));
    add("invalid UTF-8 in data", Expect.any(), "_data/x.yml", new byte[] {'a', ':', ' ', (byte) 0xc3, '\n'}, "index.md", fm("x"));
    add("invalid UTF-8 in an include", Expect.any(), "_includes/a.html", new byte[] {'a', (byte) 0xff}, "index.md", fm("{% include a.html %}"));
    add("invalid UTF-8 in a static file", Expect.ok(), "x.bin", new byte[] {(byte) 0xff, 0, 1, 2});
    add("UTF-16 with BOM", Expect.any(), "index.md", utf16(fm("x\n")));
    add("Latin-1 page", Expect.any(), "index.md", "---\n---\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    add("NUL bytes in Liquid", Expect.any(), "index.html", fm("{{ 'a\u0000b' }}\u0000{% if \u0000 %}x{% endif %}\n"));
    add("overlong UTF-8", Expect.any(), "index.md", new byte[] {'-', '-', '-', '\n', '-', '-', '-', '\n', (byte) 0xc0, (byte) 0xaf, '\n'});
    add("surrogate code points", Expect.any(), "index.md", new byte[] {'-', '-', '-', '\n', '-', '-', '-', '\n', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'});
  }

  private static byte[] utf16(String s) {
    byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xff;
    out[1] = (byte) 0xfe;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  private static void links() {
    category = "symlinks";
    setup("link to a file outside", Expect.warn("Symlinks: skipped 1"),
        root -> Files.createSymbolicLink(root.resolve("src/leak.txt"), root.resolve("outside/secret.txt")),
        "index.md", fm("x"));
    setup("link to a folder outside", Expect.warn("Symlinks: skipped 1"),
        root -> Files.createSymbolicLink(root.resolve("src/leakdir"), root.resolve("outside")), "index.md", fm("x"));
    setup("dangling link", Expect.warn("Symlinks"),
        root -> Files.createSymbolicLink(root.resolve("src/gone.md"), root.resolve("src/nowhere.md")), "index.md", fm("x"));
    setup("link loop", Expect.any(), root -> {
      Files.createSymbolicLink(root.resolve("src/l1"), root.resolve("src/l2"));
      Files.createSymbolicLink(root.resolve("src/l2"), root.resolve("src/l1"));
    }, "index.md", fm("x"));
    setup("folder linking to its parent", Expect.any(),
        root -> Files.createSymbolicLink(root.resolve("src/sub/up"), root.resolve("src")), "sub/a.md", fm("x"));
    setup("link to a file inside", Expect.ok(),
        root -> Files.createSymbolicLink(root.resolve("src/b.md"), root.resolve("src/a.md")), "a.md", fm("x"));
    setup("include linked outside", Expect.error("index.md"),
        root -> Files.createSymbolicLink(root.resolve("src/_includes/s.html"), root.resolve("outside/secret.txt")),
        "index.md", fm("{% include s.html %}"), "_includes/ok.html", "ok");
    setup("layout linked outside", Expect.any(),
        root -> Files.createSymbolicLink(root.resolve("src/_layouts/s.html"), root.resolve("outside/secret.txt")),
        "index.md", "---\nlayout: s\n---\nx\n", "_layouts/ok.html", "{{ content }}");
    setup("data file linked outside", Expect.any(),
        root -> Files.createSymbolicLink(root.resolve("src/_data/s.yml"), root.resolve("outside/secret.txt")),
        "index.md", fm("{{ site.data | jsonify }}"), "_data/ok.yml", "a: 1\n");
    setup("post linked outside", Expect.warn("Symlinks"),
        root -> Files.createSymbolicLink(root.resolve("src/_posts/2020-01-01-s.md"), root.resolve("outside/secret.txt")),
        "index.md", fm("x"), "_posts/2020-01-02-ok.md", fm("ok"));
    setup("sass partial linked outside", Expect.any(),
        root -> Files.createSymbolicLink(root.resolve("src/_sass/_s.scss"), root.resolve("outside/secret.txt")),
        "css/main.scss", "---\n---\n@import \"s\";\n", "_sass/_ok.scss", "a{b:c}\n");
    setup("destination is a link", Expect.any(),
        root -> Files.createSymbolicLink(root.resolve("src/_site"), root.resolve("outside")), "index.md", fm("x"));
  }

  private static void permissions() {
    category = "permissions";
    // as root these read anyway; either way the build must end cleanly
    setup("unreadable page", Expect.any(), root -> unreadable(root.resolve("src/a.md")), "a.md", fm("x"), "index.md", fm("y"));
    setup("unreadable folder", Expect.any(), root -> unreadable(root.resolve("src/sub")), "sub/a.md", fm("x"), "index.md", fm("y"));
    setup("unreadable layout", Expect.any(), root -> unreadable(root.resolve("src/_layouts/l.html")),
        "_layouts/l.html", "{{ content }}", "index.md", "---\nlayout: l\n---\nx\n");
    setup("unreadable config", Expect.any(), root -> unreadable(root.resolve("src/_config.yml")), "_config.yml", "title: x\n", "index.md", fm("y"));
    setup("read-only static file", Expect.ok(), root -> root.resolve("src/x.txt").toFile().setWritable(false), "x.txt", "x");
    setup("unreadable include", Expect.any(), root -> unreadable(root.resolve("src/_includes/a.html")),
        "_includes/a.html", "a", "index.md", fm("{% include a.html %}"));
  }

  static void unreadable(Path p) {
    p.toFile().setReadable(false, false);
    p.toFile().setExecutable(false, false);
  }

  private static void paths() {
    category = "paths";
    add("permalink climbing out", Expect.any(), "index.md", "---\npermalink: /../../outside/pwned.html\n---\nx\n");
    add("permalink climbing out encoded", Expect.any(), "index.md", "---\npermalink: /%2e%2e/%2e%2e/pwned.html\n---\nx\n");
    add("permalink absolute path", Expect.any(), "index.md", "---\npermalink: //etc/pwned\n---\nx\n");
    add("permalink with a NUL", Expect.any(), "index.md", "---\npermalink: \"/a\\0b.html\"\n---\nx\n");
    add("permalink a folder then a file", Expect.any(), "a.md", "---\npermalink: /x/\n---\nx\n", "b.md", "---\npermalink: /x\n---\ny\n");
    add("permalink with backslashes", Expect.any(), "index.md", "---\npermalink: \"/..\\\\..\\\\pwned.html\"\n---\nx\n");
    add("collection path climbing out", Expect.any(), "_config.yml", "collections:\n  r:\n    output: true\n    permalink: /../../:name\n",
        "_r/pwned.md", fm("x"), "index.md", fm("y"));
    add("collections_dir outside", Expect.any(), "_config.yml", "collections_dir: ../outside\n", "index.md", fm("x"));
    add("very long permalink", Expect.any(), "index.md", "---\npermalink: /" + "a/".repeat(300) + "x.html\n---\nx\n");
    add("permalink of 300 characters in one segment", Expect.any(), "index.md", "---\npermalink: /" + "a".repeat(300) + ".html\n---\nx\n");
    add("category climbing out", Expect.any(), "_posts/2020-01-01-a.md", "---\ncategories: ['../../outside']\n---\nx\n");
    add("slug climbing out", Expect.any(), "_posts/2020-01-01-a.md", "---\nslug: ../../../pwned\n---\nx\n");
  }

  private static void huge() {
    category = "huge";
    add("two megabyte page", Expect.ok(), "index.md", fm("lorem ipsum *dolor* sit\n\n".repeat(80_000)));
    add("hundred-level folders", Expect.ok(), "d/".repeat(100) + "a.md", fm("x"));
    add("thousand pages", Expect.ok(), bulk(1000));
    add("ten megabyte static file", Expect.ok(), "big.bin", new byte[10_000_000]);
    add("output of forty megabytes", Expect.ok(), "index.html", fm("{% for i in (1..400000) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}\n"));
    add("many nested includes", Expect.any(), "index.md", fm("{% include a.html n=0 %}"), "_includes/a.html",
        "{% assign n = include.n | plus: 1 %}{% if n < 200 %}{% include a.html n=n %}{% endif %}");
    add("front matter of one megabyte", Expect.ok(), "index.md", "---\nx: \"" + "a".repeat(1_000_000) + "\"\n---\n{{ page.x | size }}\n");
  }

  private static Object[] bulk(int n) {
    Object[] out = new Object[n * 2];
    for (int i = 0; i < n; i++) {
      out[2 * i] = "p/p" + i + ".md";
      out[2 * i + 1] = fm("page " + i + " {{ page.url }}\n");
    }
    return out;
  }
}
