package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Dockerfile lexer: instructions, with {@code RUN} lines lexed as shell. */
final class DockerLexer {
  private DockerLexer() {}

  private static final String KEYWORDS =
      "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG"
          + "|STOPSIGNAL|HEALTHCHECK|SHELL";

  static RegexLexer create(Lexer shell) {
    RegexLexer.Builder b = RegexLexer.builder("docker", "dockerfile", "Dockerfile");
    b.start(lx -> lx.sub("shell", shell));
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .groups(
                    "(?i)^(FROM)(\\s+)(.*)(\\s+)(AS)(\\s+)(.*)",
                    KEYWORD,
                    WHITESPACE,
                    STRING,
                    WHITESPACE,
                    KEYWORD,
                    WHITESPACE,
                    STRING)
                .groups(
                    "(?i)^(ONBUILD)(\\s+)(" + KEYWORDS + ")(.*)",
                    KEYWORD,
                    WHITESPACE,
                    KEYWORD,
                    STRING)
                .groups("(?i)^(" + KEYWORDS + ")\\b(.*)", KEYWORD, STRING)
                .rule("#.*?$", COMMENT)
                .rule(
                    "(?i)^(ONBUILD\\s+)?RUN(\\s+)",
                    (lx, m) -> {
                      lx.token(KEYWORD);
                      lx.push("run");
                      lx.sub("shell", shell).reset();
                    })
                .rule("\\w+", TEXT)
                .rule("[^\\w]+", TEXT)
                .rule(".", TEXT));
    b.state(
        "run",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("(?s)\\\\.", STRING_ESCAPE)
                .rule("(\\\\.|[^\\n\\\\])+", (lx, m) -> lx.delegate(lx.sub("shell", shell), m.group())));
    return b.build();
  }
}
