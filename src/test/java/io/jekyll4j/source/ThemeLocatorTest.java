package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLocatorTest {
  @TempDir Path tmp;

  private static final String STUB_SPEC = """
      Gem::Specification.new do |s|
        s.name = "zzlocatortheme".freeze
        if s.respond_to? :add_runtime_dependency then
          s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
          s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
          s.add_development_dependency(%q<bundler>.freeze, [">= 1.15"])
        else
          s.add_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
          s.add_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
          s.add_dependency(%q<bundler>.freeze, [">= 1.15"])
        end
      end
      """;

  private Path gem(Path gemDir, String folder, Optional<String> spec) throws IOException {
    Path dir = Files.createDirectories(gemDir.resolve("gems").resolve(folder).resolve("_layouts"));
    if (spec.isPresent()) {
      Files.createDirectories(gemDir.resolve("specifications"));
      Files.writeString(gemDir.resolve("specifications").resolve(folder + ".gemspec"), spec.get());
    }
    return dir.getParent();
  }

  private ThemeLocator locator(List<Path> themePath, Map<String, String> env) {
    return new ThemeLocator(tmp.resolve("site"), themePath, env);
  }

  @Test
  void theHighestInstalledVersionOnTheGemPathIsTheThemeWithItsSpecsRuntimeDependencies() throws IOException {
    Path gems = tmp.resolve("gems");
    gem(gems, "zzlocatortheme-1.9.2", Optional.empty());
    Path newest = gem(gems, "zzlocatortheme-1.10.0", Optional.of(STUB_SPEC));
    gem(gems, "zzlocatortheme-extra-9.0.0", Optional.empty());

    Theme theme = locator(List.of(), Map.of("GEM_PATH", gems.toString()))
        .locate(" ZZLocatorTheme ", new Diagnostics()).orElseThrow();

    assertThat(theme.name()).isEqualTo("zzlocatortheme");
    assertThat(theme.root()).isEqualTo(newest.toRealPath());
    assertThat(theme.runtimeDependencies()).containsExactly("jekyll", "jekyll-feed");
    assertThat(theme.layoutsPath()).contains(newest.resolve("_layouts").toRealPath());
    assertThat(theme.includesPath()).isEmpty();
  }

  @Test
  void aNewerVersionInALaterGemDirectoryWins() throws IOException {
    gem(tmp.resolve("home"), "zzlocatortheme-1.0.0", Optional.empty());
    Path newer = gem(tmp.resolve("path"), "zzlocatortheme-2.0.0", Optional.empty());

    Theme theme = locator(List.of(), Map.of("GEM_HOME", tmp.resolve("home").toString(),
        "GEM_PATH", tmp.resolve("path").toString())).locate("zzlocatortheme", new Diagnostics()).orElseThrow();

    assertThat(theme.root()).isEqualTo(newer.toRealPath());
  }

  @Test
  void aThemeFolderOnTheThemePathComesFirstAndItsOwnGemspecGivesTheDependencies() throws IOException {
    gem(tmp.resolve("gems"), "zzlocatortheme-9.0.0", Optional.empty());
    Path direct = Files.createDirectories(tmp.resolve("themes/zzlocatortheme"));
    Files.writeString(direct.resolve("zzlocatortheme.gemspec"), """
        Gem::Specification.new do |spec|
          spec.name = "zzlocatortheme"
          spec.add_dependency "jekyll-seo-tag", "~> 2.1"
          spec.add_dependency 'jekyll-sitemap'
        end
        """);

    Theme theme = locator(List.of(tmp.resolve("themes")), Map.of("GEM_PATH", tmp.resolve("gems").toString()))
        .locate("zzlocatortheme", new Diagnostics()).orElseThrow();

    assertThat(theme.root()).isEqualTo(direct.toRealPath());
    assertThat(theme.runtimeDependencies()).containsExactly("jekyll-seo-tag", "jekyll-sitemap");
  }

  @Test
  void bundlersVendorFolderOfTheSiteIsSearched() throws IOException {
    Path vendored = gem(tmp.resolve("site/vendor/bundle/ruby/3.1.0"), "zzlocatortheme-0.1.0", Optional.empty());

    Theme theme = locator(List.of(), Map.of()).locate("zzlocatortheme", new Diagnostics()).orElseThrow();

    assertThat(theme.root()).isEqualTo(vendored.toRealPath());
  }

  @Test
  void aThemeFoundNowhereIsAnErrorNamingItAndThePlacesSearched() {
    Path themes = tmp.resolve("themes");
    assertThatThrownBy(() -> locator(List.of(themes), Map.of()).locate("zznosuchtheme", new Diagnostics()))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("The zznosuchtheme theme could not be found")
        .hasMessageContaining(themes.toString());
  }

  @Test
  void aThemeThatIsNotAStringIsIgnoredWithJekyllsWarning() {
    Diagnostics diagnostics = new Diagnostics();

    assertThat(locator(List.of(), Map.of()).locate(List.of("minima"), diagnostics)).isEmpty();
    assertThat(locator(List.of(), Map.of()).locate(null, diagnostics)).isEmpty();
    assertThat(diagnostics.warnings()).containsExactly(
        "Theme: value of 'theme' in config should be String to use gem-based themes, but got Array");
  }

  @Test
  void aThemeFolderLinkedOutOfTheThemeDoesNotCount() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("themes/zzlocatortheme"));
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(root.resolve("_includes"), outside);

    Theme theme = locator(List.of(tmp.resolve("themes")), Map.of()).locate("zzlocatortheme", new Diagnostics())
        .orElseThrow();

    assertThat(theme.includesPath()).isEmpty();
  }

  @Test
  void gemVersionsCompareNumericallyWithPreReleasesFirst() {
    assertThat(GemVersion.compare("1.10.0", "1.9.2")).isPositive();
    assertThat(GemVersion.compare("2.0.0.pre", "2.0.0")).isNegative();
    assertThat(GemVersion.compare("2.0", "2.0.0")).isZero();
  }
}
