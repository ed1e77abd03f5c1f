package io.jekyll4j.highlight;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rouge 3.30's console lexer (shell sessions). Each line is an elision ({@code ...}, {@code
 * <...>}: a comment), a prompt line (up to the first prompt end character is the prompt, the rest
 * is lexed with the shell lexer, continuing across prompt lines), a {@code #} comment, an error
 * line, or output. Rouge's options are supported: {@code prompt}, {@code lang}, {@code output},
 * {@code comments} and {@code error} (as in {@code console?prompt=%3E&comments=true}).
 */
final class ConsoleLexer implements Lexer {
  private static final Pattern LINE =
      Pattern.compile("(.*?)(\\n|$)", Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Pattern ELISION = Pattern.compile("\\A\\s*(?:<[.]+>|[.]+)\\s*\\z");
  private static final Pattern LEADING_SPACE = Pattern.compile("\\A\\s*");
  private static final Pattern COMMENT = Pattern.compile("\\A\\s*?#");

  private final Lexer lang;
  private final Lexer output;
  private Pattern prompt;
  private final Optional<Pattern> error;

  private String tag = "console";
  private List<String> aliases = List.of("terminal", "shell_session", "shell-session");
  private boolean fixed;

  /**
   * A console lexer of a Rouge subclass with its own prompt regex and sub-lexers (IRB); CGI
   * options do not change it.
   */
  static ConsoleLexer custom(
      String tag, List<String> aliases, Lexer lang, Lexer output, Pattern prompt) {
    ConsoleLexer c =
        new ConsoleLexer(lang, output, List.of(), Optional.empty(), List.of());
    c.prompt = prompt;
    c.tag = tag;
    c.aliases = List.copyOf(aliases);
    c.fixed = true;
    return c;
  }

  ConsoleLexer(Lexer shell) {
    this(shell, new PlainTextLexer(Token.GENERIC_OUTPUT), List.of(), Optional.empty(), List.of());
  }

  private ConsoleLexer(
      Lexer lang, Lexer output, List<String> prompts, Optional<Boolean> comments, List<String> errors) {
    this.lang = lang;
    this.output = output;
    boolean allowComments =
        comments.orElseGet(() -> !prompts.isEmpty() && !nonEmpty(prompts).contains("#"));
    List<String> endChars =
        !prompts.isEmpty()
            ? nonEmpty(prompts)
            : allowComments ? List.of("$", ">", ";") : List.of("$", "#", ">", ";");
    String prefix = allowComments ? "(?s:[^<#]*?)" : "(?s:.*?)";
    this.prompt = Pattern.compile("^" + prefix + "(?:" + alternation(endChars) + ")", Pattern.MULTILINE | Pattern.UNIX_LINES);
    this.error =
        errors.isEmpty()
            ? Optional.empty()
            : Optional.of(Pattern.compile("^(?:" + alternation(errors) + ")", Pattern.MULTILINE | Pattern.UNIX_LINES));
  }

  /** This lexer with Rouge's options applied; unknown options are ignored, as Rouge does. */
  ConsoleLexer withOptions(Map<String, List<String>> options, Function<String, Optional<Lexer>> find) {
    if (fixed) {
      return this;
    }
    Lexer l = last(options, "lang").flatMap(find).orElse(lang);
    Lexer o = last(options, "output").flatMap(find).orElse(output);
    List<String> prompts = list(options.get("prompt"));
    Optional<Boolean> comments =
        options.containsKey("comments")
            ? Optional.of(rubyBool(options.get("comments")))
            : Optional.empty();
    return new ConsoleLexer(l, o, prompts, comments, list(options.get("error")));
  }

  private static Optional<String> last(Map<String, List<String>> options, String key) {
    List<String> v = options.get(key);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  private static List<String> list(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().flatMap(v -> List.of(v.split(",", -1)).stream()).toList();
  }

  private static boolean rubyBool(List<String> values) {
    if (values.isEmpty()) {
      return true;
    }
    String v = values.get(values.size() - 1);
    return !(v.equals("0") || v.equals("false") || v.equals("off"));
  }

  private static List<String> nonEmpty(List<String> values) {
    return values.stream().filter(s -> !s.isEmpty()).toList();
  }

  private static String alternation(List<String> literals) {
    return literals.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  @Override
  public String tag() {
    return tag;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  @Override
  public Lexing newLexing() {
    return new Lexing() {
      private final Lexing langLexing = lang.newLexing();
      private final Lexing outputLexing = output.newLexing();

      @Override
      public void reset() {
        langLexing.reset();
        outputLexing.reset();
      }

      @Override
      public void continueLex(String text, TokenSink sink) {
        reset();
        Matcher line = LINE.matcher(text);
        int pos = 0;
        while (pos < text.length()) {
          line.region(pos, text.length());
          line.lookingAt();
          pos = line.end();
          processLine(line.group(), sink);
        }
      }

      private void processLine(String l, TokenSink sink) {
        Matcher p = prompt.matcher(l);
        if (ELISION.matcher(l).find()) {
          reset();
          sink.token(Token.COMMENT, l);
        } else if (p.find()) {
          outputLexing.reset();
          sink.token(Token.GENERIC_PROMPT, p.group());
          String rest = l.substring(p.end());
          Matcher ws = LEADING_SPACE.matcher(rest);
          ws.lookingAt();
          if (ws.end() > 0) {
            sink.token(Token.WHITESPACE, ws.group());
          }
          langLexing.continueLex(rest.substring(ws.end()), sink);
        } else if (COMMENT.matcher(l.strip()).find()) {
          reset();
          sink.token(Token.COMMENT, l);
        } else if (error.isPresent() && error.get().matcher(l).find()) {
          reset();
          sink.token(Token.GENERIC_ERROR, l);
        } else {
          langLexing.reset();
          outputLexing.continueLex(l, sink);
        }
      }
    };
  }
}
