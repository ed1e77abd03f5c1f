package io.jekyll4j.liquid.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TagMarkupTest {
  private static final Pattern TOKEN = Pattern.compile("\"([A-Za-z0-9_-]+)\"");

  @Test
  void keepsTheMarkupWholeAndTheLineOfTheTag() {
    String out = TagMarkup.rewrite("a\nb {% include item-{{ x }}.html  n=1 %}", "_layouts/x.html", 5);
    Matcher m = TOKEN.matcher(out);
    assertThat(m.find()).isTrue();
    TagMarkup.Origin origin = TagMarkup.decode("\"" + m.group(1) + "\"");
    assertThat(origin.template()).isEqualTo("_layouts/x.html");
    assertThat(origin.line()).isEqualTo(6);
    assertThat(origin.markup()).isEqualTo(" item-{{ x }}.html  n=1 ");
  }

  @Test
  void keepsLineBreaksSoLaterLinesKeepTheirNumbers() {
    String text = "{% include a.html\n  x=1\n%}\n{{ y }}";
    String out = TagMarkup.rewrite(text, "p.html", 1);
    assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(3);
    assertThat(out).endsWith("\n{{ y }}");
  }

  @Test
  void leavesRawTextAloneAndRejectsAnUnclosedRaw() {
    String raw = "{% raw %}{% include x.html %}{% endraw %}";
    assertThat(TagMarkup.rewrite(raw, "p.html", 1)).isEqualTo(raw);
    assertThatThrownBy(() -> TagMarkup.rewrite("{% raw %}x{%- endraw %}", "p.html", 1))
        .hasMessageContaining("'raw' tag was never closed");
  }

  @Test
  void rejectsHashCommentsAsLiquid4Does() {
    assertThatThrownBy(() -> TagMarkup.rewrite("a{% # note %}b", "p.html", 1))
        .hasMessageContaining("was not properly terminated");
  }

  @Test
  void aHashCommentInsideRawIsJustText() {
    String text = "{%- raw -%}\n{% # for i in (1..3) -%}\n{% endraw %}";
    assertThat(TagMarkup.rewrite(text, "p.html", 1)).contains("{% # for i in (1..3) -%}");
    assertThatThrownBy(() -> TagMarkup.rewrite("{% raw %}x{% endraw %}{% # y %}", "p.html", 1))
        .hasMessageContaining("was not properly terminated");
  }
}
