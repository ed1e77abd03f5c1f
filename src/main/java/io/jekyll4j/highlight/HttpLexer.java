package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rouge 3.30's HTTP lexer: request or status line, headers, then the body lexed by the lexer
 * whose MIME type is the {@code Content-Type} (plain text when none matches).
 */
final class HttpLexer {
  private HttpLexer() {}

  /** MIME types of the languages we have, as Rouge 3.30 declares them. */
  private static final Map<String, String> MIME_TYPES =
      Map.ofEntries(
          Map.entry("application/atom+xml", "xml"),
          Map.entry("application/hal+json", "json"),
          Map.entry("application/javascript", "javascript"),
          Map.entry("application/json", "json"),
          Map.entry("application/problem+json", "json"),
          Map.entry("application/rss+xml", "xml"),
          Map.entry("application/schema+json", "json"),
          Map.entry("application/vnd.api+json", "json"),
          Map.entry("application/x-go", "go"),
          Map.entry("application/x-javascript", "javascript"),
          Map.entry("application/x-jsx", "jsx"),
          Map.entry("application/x-python", "python"),
          Map.entry("application/x-ruby", "ruby"),
          Map.entry("application/x-sh", "shell"),
          Map.entry("application/x-shellscript", "shell"),
          Map.entry("application/xhtml+xml", "html"),
          Map.entry("application/xml", "xml"),
          Map.entry("image/svg+xml", "xml"),
          Map.entry("text/css", "css"),
          Map.entry("text/html", "html"),
          Map.entry("text/javascript", "javascript"),
          Map.entry("text/plain", "plaintext"),
          Map.entry("text/typescript", "typescript"),
          Map.entry("text/x-c++hdr", "cpp"),
          Map.entry("text/x-c++src", "cpp"),
          Map.entry("text/x-chdr", "c"),
          Map.entry("text/x-csharp", "csharp"),
          Map.entry("text/x-csrc", "c"),
          Map.entry("text/x-diff", "diff"),
          Map.entry("text/x-dockerfile-config", "docker"),
          Map.entry("text/x-go", "go"),
          Map.entry("text/x-ini", "ini"),
          Map.entry("text/x-java", "java"),
          Map.entry("text/x-javascript", "javascript"),
          Map.entry("text/x-jsx", "jsx"),
          Map.entry("text/x-markdown", "markdown"),
          Map.entry("text/x-patch", "diff"),
          Map.entry("text/x-php", "php"),
          Map.entry("text/x-python", "python"),
          Map.entry("text/x-ruby", "ruby"),
          Map.entry("text/x-rust", "rust"),
          Map.entry("text/x-scss", "scss"),
          Map.entry("text/x-sh", "shell"),
          Map.entry("text/x-shellscript", "shell"),
          Map.entry("text/x-sql", "sql"),
          Map.entry("text/x-toml", "toml"),
          Map.entry("text/x-yaml", "yaml"),
          Map.entry("text/xml", "xml"));

  static RegexLexer create(Function<String, Optional<Lexer>> find) {
    Lexer plain = new PlainTextLexer(TEXT);
    RegexLexer.Builder b = RegexLexer.builder("http");
    b.start(lx -> lx.vars().put("contentType", "text/plain"));
    b.state(
        "root",
        s ->
            s.groupsThen(
                    "(GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH)([ ]+)([^ ]+)([ ]+)(HTTPS?)(/)"
                        + "(\\d(?:\\.\\d)?)(\\r?\\n|$)",
                    "headers",
                    NAME_FUNCTION,
                    TEXT,
                    NAME_NAMESPACE,
                    TEXT,
                    KEYWORD,
                    OPERATOR,
                    NUMBER,
                    TEXT)
                .groupsThen(
                    "(HTTPS?)(/)(\\d(?:\\.\\d))([ ]+)(\\d{3})([ ]+)?([^\\r\\n]*)?(\\r?\\n|$)",
                    "headers",
                    KEYWORD,
                    OPERATOR,
                    NUMBER,
                    TEXT,
                    NUMBER,
                    TEXT,
                    NAME_EXCEPTION,
                    TEXT));
    b.state(
        "headers",
        s ->
            s.rule(
                    "([^\\s:]+)( *)(:)( *)([^\\r\\n]+)(\\r?\\n|$)",
                    (lx, m) -> {
                      if (m.group(1).strip().equalsIgnoreCase("content-type")) {
                        String type = m.group(5).split(";", -1)[0];
                        lx.vars().put("contentType", type.toLowerCase(java.util.Locale.ROOT));
                      }
                      lx.groups(NAME_ATTRIBUTE, TEXT, PUNCTUATION, TEXT, STRING, TEXT);
                    })
                .groups("([^\\r\\n]+)(\\r?\\n|$)", STRING, TEXT)
                .rule("\\r?\\n", TEXT, "content"));
    b.state(
        "content",
        s ->
            s.rule(
                "(?s).+",
                (lx, m) -> {
                  Lexer content =
                      (Lexer)
                          lx.vars()
                              .computeIfAbsent(
                                  "contentLexer",
                                  k ->
                                      Optional.ofNullable(
                                              MIME_TYPES.get((String) lx.vars().get("contentType")))
                                          .flatMap(find)
                                          .orElse(plain));
                  lx.delegate(content, m.group());
                }));
    return b.build();
  }
}
