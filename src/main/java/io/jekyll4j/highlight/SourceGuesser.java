package io.jekyll4j.highlight;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rouge's guess by source ({@code Lexer.guess(source:)}), reduced to the {@code detect?} hints
 * of the languages we have: shebang lines, doctypes, {@code <?xml}, {@code %YAML} and diff
 * headers. When nothing is detected the guess is plain text.
 */
final class SourceGuesser {
  private static final Pattern SHEBANG = Pattern.compile("\\A\\s*#!(.*)$", Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Pattern DOCTYPE =
      Pattern.compile("\\A\\s*(?:<\\?.*?\\?>\\s*)?<!DOCTYPE\\s+(.+?)>", Pattern.DOTALL);
  private static final Pattern HTML_DOCTYPE = Pattern.compile("(?i)\\bhtml\\b");
  private static final Pattern XML_DECL = Pattern.compile("\\A<\\?xml\\b");
  private static final Pattern HTML_TAG = Pattern.compile("<\\s*html\\b");
  private static final Pattern YAML = Pattern.compile("\\A\\s*%YAML");
  private static final Pattern DIFF = Pattern.compile("\\Adiff[^\\n]*?\\ba/[^\\n]*\\bb/");
  private static final Pattern DIFF2 = Pattern.compile("(?s)---.*?\\n[+][+][+]");
  private static final Pattern DIFF3 = Pattern.compile("(?s)[+][+][+].*?\\n---");

  /** A shebang's interpreter (a regex fragment) and the language it names. */
  private record Interpreter(Pattern command, String language) {
    Interpreter(String command, String language) {
      this(Pattern.compile("\\b" + command + "(\\s|$)"), language);
    }
  }

  private static final List<Interpreter> INTERPRETERS =
      List.of(
          new Interpreter("ruby", "ruby"),
          new Interpreter("pythonw?(?:[23](?:\\.\\d+)?)?", "python"),
          new Interpreter("node", "javascript"),
          new Interpreter("jsc", "javascript"),
          new Interpreter("rustc", "rust"),
          new Interpreter("(ba|z|k)?sh", "shell"));

  private final Function<String, Optional<Lexer>> lookup;

  SourceGuesser(Function<String, Optional<Lexer>> lookup) {
    this.lookup = lookup;
  }

  Optional<Lexer> guess(String source) {
    return detect(source).flatMap(lookup);
  }

  private static Optional<String> detect(String text) {
    Matcher sb = SHEBANG.matcher(text);
    if (sb.find()) {
      String shebang = sb.group(1);
      for (Interpreter row : INTERPRETERS) {
        if (row.command().matcher(shebang).find()) {
          return Optional.of(row.language());
        }
      }
    }
    Matcher dt = DOCTYPE.matcher(text);
    String doctype = dt.find() ? dt.group(1) : null;
    if (doctype != null && HTML_DOCTYPE.matcher(doctype).find()) {
      return Optional.of("html");
    }
    boolean xmlDecl = XML_DECL.matcher(text).find();
    if (!xmlDecl && HTML_TAG.matcher(text).find()) {
      return Optional.of("html");
    }
    if ((doctype == null || !doctype.contains("html")) && (xmlDecl || doctype != null)) {
      return Optional.of("xml");
    }
    if (YAML.matcher(text).find()) {
      return Optional.of("yaml");
    }
    if (text.startsWith("Index: ")
        || DIFF.matcher(text).find()
        || DIFF2.matcher(text).find()
        || DIFF3.matcher(text).find()) {
      return Optional.of("diff");
    }
    return Optional.empty();
  }
}
