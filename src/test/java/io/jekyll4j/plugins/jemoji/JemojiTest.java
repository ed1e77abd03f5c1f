package io.jekyll4j.plugins.jemoji;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Views;
import io.jekyll4j.plugin.ConfigView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jemoji's rules (gem source, by hand; real Jekyll here has no jemoji). See jemoji-basic too. */
class JemojiTest {
  private static ConfigView config(Map<String, Object> raw) {
    return Views.config(new SiteConfig(raw, List.of()));
  }

  @Test
  void namesAndFilesAreGemojis() {
    Map<String, String> files = EmojiNames.files();
    assertThat(files).containsEntry("smile", "unicode/1f604.png")
        .containsEntry("+1", "unicode/1f44d.png")
        .containsEntry("copyright", "unicode/00a9.png") // FE0F dropped, 4 hex digits at least
        .containsEntry("hash", "unicode/0023-20e3.png")
        .containsEntry("family_man_woman_girl", "unicode/1f468-1f469-1f467.png") // no 200D
        .doesNotContainKey("octocat"); // GitHub's own images are no emoji in gemoji 4
    assertThat(files.size()).isGreaterThan(1800);
  }

  @Test
  void srcComesFromTheConfigThenTheAssetHost() {
    assertThat(Jemoji.src(config(Map.of()), Map.of())).isEqualTo("https://github.githubassets.com/images/icons/");
    assertThat(Jemoji.src(config(Map.of()), Map.of("ASSET_HOST_URL", "https://cdn.example/")))
        .isEqualTo("https://cdn.example/images/icons/");
    assertThat(Jemoji.src(config(Map.of("emoji", Map.of("src", "/assets"))), Map.of("ASSET_HOST_URL", "x")))
        .isEqualTo("/assets");
    Jemoji j = new Jemoji("/assets", EmojiNames.files());
    assertThat(j.emojify("a :tada: b")).isEqualTo("a <img class=\"emoji\" title=\":tada:\" alt=\":tada:\""
        + " src=\"/assets/emoji/unicode/1f389.png\" height=\"20\" width=\"20\"> b");
  }

  @Test
  void aMissedNameLetsItsClosingColonOpenTheNext() {
    Jemoji j = new Jemoji("s/", Map.of("a", "unicode/61.png", "b", "unicode/62.png"));
    assertThat(j.emojify(":zz:a: :b")).isEqualTo(":zz<img class=\"emoji\" title=\":a:\" alt=\":a:\""
        + " src=\"s/emoji/unicode/61.png\" height=\"20\" width=\"20\"> :b");
    assertThat(j.hasEmoji("x :c: :a")).isFalse();
    assertThat(j.hasEmoji("x :c:a:")).isTrue();
    assertThat(Jemoji.fileJoin("https://h/icons/", "/emoji")).isEqualTo("https://h/icons/emoji");
  }
}
