package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReloadScriptInjectorTest {
  private static String inject(String html) {
    return new String(new ReloadScriptInjector().inject(html.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  @Test
  void scriptGoesBeforeTheLastBodyEndTag() {
    assertThat(inject("<body><pre></body></pre>caf\u00e9</BODY></html>"))
        .isEqualTo("<body><pre></body></pre>caf\u00e9<script src=\"/livereload.js\" "
            + "data-jekyll4j-livereload></script></BODY></html>");
  }

  @Test
  void pageWithoutBodyTagGetsTheScriptAtTheEnd() {
    assertThat(inject("<p>x</p>")).startsWith("<p>x</p><script").endsWith("</script>");
  }
}
