package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Groovy lexer as a rule table (Jenkins files), and Gradle with more words. */
final class GroovyLexer {
  private GroovyLexer() {}

  private static final Set<String> KEYWORDS =
      Words.set(
          "assert break case catch continue default do else finally for if goto instanceof new"
              + " return switch this throw try while in as");
  private static final Set<String> DECLARATIONS =
      Words.set(
          "abstract const enum extends final implements native private protected public static"
              + " strictfp super synchronized throws transient volatile");
  private static final Set<String> TYPES =
      Words.set("def boolean byte char double float int long short void");
  private static final Set<String> CONSTANTS = Words.set("true false null");

  static RegexLexer groovy() {
    return create("groovy", KEYWORDS, TYPES);
  }

  static RegexLexer gradle() {
    return create(
        "gradle",
        Words.union(
            KEYWORDS,
            "allprojects artifacts buildscript configuration dependencies repositories"
                + " sourceSets subprojects publishing"),
        Words.union(
            TYPES,
            "Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput"
                + " IncrementalTaskInputs Configuration ResolutionStrategy"
                + " ArtifactResolutionQuery ComponentSelection ComponentSelectionRules"
                + " ConventionProperty ExtensionAware ExtraPropertiesExtension"
                + " PublishingExtension IvyPublication IvyArtifact IvyArtifactSet"
                + " IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet"
                + " MavenPom PluginDependenciesSpec PluginDependencySpec ResourceHandler"
                + " TextResourceFactory"));
  }

  private static RegexLexer create(String tag, Set<String> keywords, Set<String> types) {
    RegexLexer.Builder b = RegexLexer.builder(tag);
    b.state(
        "root",
        s ->
            s.rule(
                    "^(\\s*(?:\\w[\\w.\\[\\]]*\\s+)+?)(\\w\\w*)(\\s*)(\\()",
                    (lx, m) -> {
                      // Rouge delegates to a clone of the lexer, which shares its state stack.
                      lx.delegate(lx.cloneSharingStack(), m.group(1));
                      lx.token(NAME_FUNCTION, m.group(2));
                      lx.token(TEXT, m.group(3));
                      lx.token(OPERATOR, m.group(4));
                    })
                .rule("[^\\S\\n]+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/[*].*?[*]/", COMMENT_MULTILINE)
                .rule("@\\w[\\w.]*", NAME_DECORATOR)
                .rule("(class|interface|trait)\\b", KEYWORD_DECLARATION, "class")
                .rule("package\\b", KEYWORD_NAMESPACE, "import")
                .rule("import\\b", KEYWORD_NAMESPACE, "import")
                .rule("(?s)\"\"\".*?\"\"\"", STRING_DOUBLE)
                .rule("(?s)'''.*?'''", STRING_SINGLE)
                .rule("\"(\\\\.|\\\\\\n|.)*?\"", STRING_DOUBLE)
                .rule("'(\\\\.|\\\\\\n|.)*?'", STRING_SINGLE)
                .rule("(?s)\\$/(\\$.|.)*?/\\$", STRING)
                .rule("/(\\\\.|\\\\\\n|.)*?/", STRING)
                .rule("'\\\\.'|'[^\\\\]'|'\\\\u[0-9a-f]{4}'", STRING_CHAR)
                .groups("(\\.)([a-zA-Z_][a-zA-Z0-9_]*)", OPERATOR, NAME_ATTRIBUTE)
                .rule("[a-zA-Z_][a-zA-Z0-9_]*:", NAME_LABEL)
                .rule(
                    "[a-zA-Z_\\$][a-zA-Z0-9_]*",
                    (lx, m) -> {
                      String w = m.group();
                      if (keywords.contains(w)) {
                        lx.token(KEYWORD);
                      } else if (DECLARATIONS.contains(w)) {
                        lx.token(KEYWORD_DECLARATION);
                      } else if (types.contains(w)) {
                        lx.token(KEYWORD_TYPE);
                      } else if (CONSTANTS.contains(w)) {
                        lx.token(KEYWORD_CONSTANT);
                      } else {
                        lx.token(NAME);
                      }
                    })
                .rule("[~^*!%&\\[\\](){}<>\\|+=:;,./?-]", OPERATOR)
                .rule("\\d+\\.\\d+([eE]\\d+)?[fd]?", NUMBER_FLOAT)
                .rule("0x[0-9a-f]+", NUMBER_HEX)
                .rule("[0-9]+L?", NUMBER_INTEGER)
                .rule("\\n", TEXT));
    b.state("class", s -> s.rule("\\s+", TEXT).rule("\\w\\w*", NAME_CLASS, POP));
    b.state("import", s -> s.rule("\\s+", TEXT).rule("[\\w.]+[*]?", NAME_NAMESPACE, POP));
    return b.build();
  }
}
