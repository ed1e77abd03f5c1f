package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors inside includes and the parse-time checks of Jekyll's tags, with the wording real
 * Jekyll 4.3.1 (Liquid 4.0.4) printed for the same sites (its absolute paths made relative to the
 * source, and page lines counted in the file, front matter included). The location stays the
 * innermost file and line, with the include chain.
 */
class LiquidTagErrorsTest {
  @TempDir Path tmp;

  private Path site(String... files) throws IOException {
    Path src = tmp.resolve("src");
    Files.createDirectories(src.resolve("_includes"));
    Files.createDirectories(src.resolve("_posts"));
    Files.writeString(src.resolve("_config.yml"), "title: t\n");
    Files.writeString(src.resolve("_posts/2020-01-02-hello.md"), "---\n---\nthe post\n");
    for (int i = 0; i < files.length; i += 2) {
      Path p = src.resolve(files[i]);
      Files.createDirectories(p.getParent());
      Files.writeString(p, files[i + 1]);
    }
    return src;
  }

  private BuildException failure(Path src) {
    return catchThrowableOfType(
        () -> new Pipeline(BuildOptions.of(src, tmp.resolve("out"))).build(), BuildException.class);
  }

  private BuildResult build(Path src) {
    return new Pipeline(BuildOptions.of(src, tmp.resolve("out"))).build();
  }

  @Test
  void aRenderErrorInANestedIncludeNamesTheOutermostIncludeAsJekyllDoes() throws IOException {
    // Jekyll: Liquid error (<src>/_includes/a.html line 3): divided by 0 included in index.md
    BuildException e = failure(site(
        "index.md", "---\n---\nline2\n{% include a.html %}\n",
        "_includes/a.html", "a1\n{% include b.html %}\n",
        "_includes/b.html", "b1\nb2\n{{ 1 | divided_by: 0 }}\n"));
    assertThat(e.getMessage())
        .isEqualTo("Liquid Exception: Liquid error (_includes/a.html line 3): divided by 0 included");
    assertThat(e.location()).contains(new SourceLocation("_includes/b.html", 3));
    assertThat(e.chain()).containsExactly("included from _includes/a.html:2", "included from index.md:4");
  }

  @Test
  void aSyntaxErrorInANestedIncludeIsWordedAsJekyllWordsIt() throws IOException {
    // Jekyll: Liquid syntax error (<src>/_includes/a.html line 5): 'if' tag was never closed included
    BuildException e = failure(site(
        "index.md", "---\n---\nline2\n{% include a.html %}\n",
        "_includes/a.html", "a1\n{% include b.html %}\n",
        "_includes/b.html", "b1\nb2\n{% if x %}\nb4\n"));
    assertThat(e.getMessage())
        .isEqualTo("Liquid syntax error (_includes/a.html line 5): 'if' tag was never closed included");
    assertThat(e.location()).contains(new SourceLocation("_includes/b.html", 5));
  }

  @Test
  void aStrictModeErrorKeepsItsMarkupContextInsteadOfIncluded() throws IOException {
    // Jekyll: Liquid syntax error (<src>/_includes/a.html line 2): Expected id but found pipe in "{{ x | | y }}"
    Path src = site("index.html", "---\n---\nl1\n{% include a.html %}\n", "_includes/a.html", "a\n{{ x | | y }}\n");
    Files.writeString(src.resolve("_config.yml"), "title: t\nliquid:\n  error_mode: strict\n");
    assertThat(failure(src).getMessage()).isEqualTo(
        "Liquid syntax error (_includes/a.html line 2): Expected id but found pipe in \"{{ x | | y }}\"");
  }

  @Test
  void anErrorThatIsNotLiquidsPassesAnIncludeUnchanged() throws IOException {
    BuildException e = failure(site(
        "index.md", "---\n---\nline2\n{% include a.html %}\n",
        "_includes/a.html", "a1\n{% include nope.html %}\n"));
    assertThat(e.getMessage()).startsWith("Liquid Exception: Could not locate the included file 'nope.html'")
        .doesNotContain("included in").endsWith("does not point outside your site source.");
  }

  @Test
  void includeParametersAreCheckedWhenParsedEvenIfNeverRendered() throws IOException {
    BuildException e = failure(site("index.html", "---\n---\nl1\n{% if false %}{% include a.html foo %}{% endif %}\n",
        "_includes/a.html", "x\n"));
    assertThat(e.getMessage()).isEqualTo("Liquid Exception: Invalid syntax for include tag:\n\nfoo\n\n"
        + "Valid syntax:\n\n{% include file.ext param='value' param2='value' %}\n\n");
    assertThat(e.location()).contains(new SourceLocation("index.html", 4));
  }

  @Test
  void includeRelativeNamesItselfInTheSyntaxExample() throws IOException {
    BuildException e = failure(site(
        "index.html", "---\n---\n{% if false %}{% include_relative a.html foo=ba\"r %}{% endif %}\n"));
    assertThat(e.getMessage()).contains("foo=ba\"r")
        .contains("{% include_relative file.ext param='value' param2='value' %}");
  }

  @Test
  void anIncludeInsideAnIncludeIsCheckedWhenThatFileIsParsed() throws IOException {
    BuildException e = failure(site("index.html", "---\n---\n{% include b.html %}\n",
        "_includes/b.html", "a\n{% if false %}{% include a.html x %}{% endif %}\n", "_includes/a.html", "x"));
    assertThat(e.getMessage()).startsWith("Liquid Exception: Invalid syntax for include tag:\n\nx\n");
    assertThat(e.location()).contains(new SourceLocation("_includes/b.html", 2));
    assertThat(e.chain()).containsExactly("included from index.html:3");
  }

  @Test
  void highlightMarkupIsCheckedWhenParsed() throws IOException {
    BuildException e = failure(site(
        "index.html", "---\n---\n{% if false %}{% highlight ruby bad=\"x\" %}x{% endhighlight %}{% endif %}\n"));
    assertThat(e.getMessage()).isEqualTo("Liquid Exception: Syntax Error in tag 'highlight' while parsing the"
        + " following markup:\n\nruby bad=\"x\" \n\nValid syntax: highlight <lang> [linenos]\n");
  }

  @Test
  void aPostNameWithoutDateIsAnErrorWhenParsedAMissingPostOnlyWhenRendered() throws IOException {
    BuildException e = failure(site("index.html", "---\n---\n{% if false %}{% post_url bad name %}{% endif %}\n"));
    assertThat(e.getMessage()).isEqualTo("Liquid Exception: Could not parse name of post \"bad name\" in tag"
        + " 'post_url'.\n Make sure the post exists and the name is correct.\n"
        + " Jekyll::Errors::InvalidPostNameError: 'bad name' does not contain valid date and/or title.\n");
    build(site("index.html", "---\n---\n{% if false %}{% post_url 2020-01-01-nope %}{% link nope.md %}{% endif %}\n"));
    assertThat(failure(site("index.html", "---\n---\n{% post_url 2020-01-01-nope %}\n")).getMessage())
        .startsWith("Liquid Exception: Could not find post \"2020-01-01-nope\" in tag 'post_url'.");
  }

  @Test
  void aPostNameMayStartWithASlash() throws IOException {
    Path src = site("index.html", "---\n---\n{% post_url /2020-01-02-hello %}\n");
    build(src);
    assertThat(tmp.resolve("out/index.html")).hasContent("/2020/01/02/hello.html");
  }

  @Test
  void aLayoutsParseWarningsArePrintedAtEveryPageItLaysOutAnIncludesNever() throws IOException {
    // Jekyll's Renderer#render_liquid logs the cached template's warnings at each render;
    // IncludeTag parses partials without logging theirs
    BuildResult r = build(site(
        "_layouts/d.html", "{{ content | | strip }}\n",
        "a.md", "---\nlayout: d\n---\nx\n", "b.md", "---\nlayout: d\n---\ny\n",
        "c.html", "---\n---\n{% include w.html %}{% include w.html %}\n",
        "_includes/w.html", "{{ y | | z }}\n"));
    List<String> liquid = r.warnings().stream().filter(w -> w.startsWith("Liquid Warning:")).toList();
    assertThat(liquid).containsExactly(
        "Liquid Warning: Liquid syntax error (line 1): Expected id but found pipe in \"{{ content | | strip }}\""
            + " in _layouts/d.html",
        "Liquid Warning: Liquid syntax error (line 1): Expected id but found pipe in \"{{ content | | strip }}\""
            + " in _layouts/d.html");
  }
}
