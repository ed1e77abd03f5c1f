package io.jekyll4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.api.SiteOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the goals' parameters become the API's options (the runs themselves: the integration tests). */
class SiteMojoOptionsTest {
  @TempDir Path base;

  private BuildMojo mojo() {
    BuildMojo m = new BuildMojo();
    m.basedir = base.toFile();
    m.destination = base.resolve("target/site").toFile();
    return m;
  }

  @Test
  void sourceIsSrcSiteJekyllWhenItExists() throws Exception {
    Files.createDirectories(base.resolve("src/site/jekyll"));
    Files.writeString(base.resolve("_config.yml"), "title: root\n");
    assertThat(mojo().sourceFolder()).isEqualTo(base.resolve("src/site/jekyll"));
  }

  @Test
  void sourceFallsBackToTheBaseFolderWhenItHoldsAConfig() throws Exception {
    Files.writeString(base.resolve("_config.yml"), "title: root\n");
    assertThat(mojo().sourceFolder()).isEqualTo(base);
  }

  @Test
  void withoutEitherTheSourceIsSrcSiteJekyll() {
    assertThat(mojo().sourceFolder()).isEqualTo(base.resolve("src/site/jekyll"));
  }

  @Test
  void anExplicitSourceWins() throws Exception {
    Files.writeString(base.resolve("_config.yml"), "title: root\n");
    BuildMojo m = mojo();
    m.source = base.resolve("docs").toFile();
    assertThat(m.sourceFolder()).isEqualTo(base.resolve("docs"));
  }

  @Test
  void theModelsValuesBecomeSiteProjectAndBlanksAreLeftOut() {
    BuildMojo m = mojo();
    m.projectVersion = "1.0";
    m.projectName = "Demo";
    m.projectDescription = "  ";
    m.projectUrl = null;
    m.projectArtifactId = "demo";
    assertThat(m.projectValues()).containsExactly(
        Map.entry("version", "1.0"), Map.entry("name", "Demo"), Map.entry("artifactId", "demo"));
  }

  @Test
  void parametersBecomeOptions() {
    BuildMojo m = mojo();
    m.config = "_config.yml, _config.dev.yml,";
    m.baseurl = "/docs";
    m.drafts = true;
    m.siteConfig = Map.of("title", "From the pom");
    m.projectVersion = "2.0";
    SiteOptions o = m.siteOptions();
    assertThat(o.configFiles()).containsExactly(base.resolve("_config.yml"), base.resolve("_config.dev.yml"));
    assertThat(o.destination()).isEqualTo(base.resolve("target/site"));
    assertThat(o.config()).containsEntry("baseurl", "/docs").containsEntry("title", "From the pom")
        .containsEntry("project", Map.of("version", "2.0"));
    assertThat(o.drafts()).isTrue();
    assertThat(o.future()).isFalse();
    assertThat(o.classLoader()).contains(BuildMojo.class.getClassLoader());
  }

  @Test
  void aModuleWithoutASiteBuildsNothingButAMissingExplicitSourceFails() throws Exception {
    BuildMojo m = mojo();
    m.execute(); // no src/site/jekyll, no _config.yml: nothing to do
    assertThat(base.resolve("target/site")).doesNotExist();
    m.source = base.resolve("docs").toFile();
    org.assertj.core.api.Assertions.assertThatThrownBy(m::execute)
        .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
        .hasMessageContaining("No Jekyll site at " + base.resolve("docs"));
  }
}
