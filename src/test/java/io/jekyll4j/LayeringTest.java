package io.jekyll4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins the package dependency table of ARCHITECTURE.md §3 (with {@code highlight}, a leaf used by
 * {@code convert} and {@code liquid}, {@code compose}, which writes new content files, {@code
 * api}, the embedding API over {@code build} and {@code serve} that {@code cli} calls, and {@code
 * plugins}, the built-in plugins, which nothing in the engine names and which use only the public
 * plugin API, artifact {@code jekyll4j-plugin-api}).
 */
class LayeringTest {
  private static final String ROOT = "io.jekyll4j.";
  private static final List<String> ALL =
      List.of("diag", "plugin", "config", "content", "source", "url", "highlight", "convert",
          "liquid", "render", "write", "build", "plugins", "serve", "compose", "theme", "api", "cli");
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("diag", Set.of()),
          Map.entry("plugin", Set.of()),
          Map.entry("highlight", Set.of()),
          Map.entry("config", Set.of("diag")),
          Map.entry("content", Set.of("plugin", "config", "diag")),
          Map.entry("source", Set.of("content", "config", "diag")),
          Map.entry("url", Set.of("content", "config", "diag")),
          Map.entry("convert", Set.of("plugin", "config", "diag", "highlight")),
          Map.entry("liquid", Set.of("plugin", "url", "content", "config", "diag", "highlight")),
          Map.entry("render", Set.of("liquid", "convert", "url", "content", "config", "diag")),
          Map.entry("write", Set.of("url", "content", "diag")),
          Map.entry("compose", Set.of("url", "config", "diag", "source", "content")),
          Map.entry("build", Set.of("diag", "plugin", "config", "content", "source", "url", "highlight",
              "convert", "liquid", "render", "write")),
          // the built-in plugins: the public API alone, as any site's plugin
          Map.entry("plugins", Set.of("plugin")),
          Map.entry("serve", Set.of("build", "write", "config", "diag")),
          Map.entry("theme", Set.of("source", "compose", "diag")),
          Map.entry("api", Set.of("serve", "build", "render", "config", "diag")),
          Map.entry("cli", Set.of("api", "serve", "build", "compose", "theme", "render", "write", "config", "diag")));

  @Test
  void builtInsUseOnlyThePublicApi() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jekyll4j");
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that().resideInAPackage(ROOT + "plugins..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + "plugin..", ROOT + "plugins..", "java..")
        .because("a built-in plugin is a user of the public API (io.jekyll4j.plugin), like any site's plugin:"
            + " what a built-in needs from the engine, the API offers to every plugin")
        .check(classes);
  }

  @Test
  void theApiDependsOnNothingButTheJdk() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jekyll4j");
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that().resideInAPackage(ROOT + "plugin..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + "plugin..", "java..")
        .check(classes);
  }

  @Test
  void packagesImportOnlyWhatTheTableAllows() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jekyll4j");
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      List<String> forbidden = new ArrayList<>();
      for (String p : ALL) {
        if (!p.equals(e.getKey()) && !e.getValue().contains(p)) forbidden.add(ROOT + p + "..");
      }
      noClasses()
          .that().resideInAPackage(ROOT + e.getKey() + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
          .allowEmptyShould(true)
          .check(classes);
    }
  }
}
