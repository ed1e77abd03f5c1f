package io.jekyll4j.highlight;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rouge 3.30's console lexer (shell sessions) with its default options: each line is an
 * elision ({@code ...}, {@code <...>}: a comment), a prompt line (everything up to the first
 * {@code $ # > ;} is the prompt, the rest is lexed as shell, continuing across prompt lines),
 * or output.
 */
final class ConsoleLexer implements Lexer {
  private static final Pattern LINE = Pattern.compile("(.*?)(\\n|$)", Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Pattern ELISION = Pattern.compile("\\A\\s*(?:<[.]+>|[.]+)\\s*\\z");
  private static final Pattern PROMPT = Pattern.compile("(?s)^.*?(?:\\$|#|>|;)");
  private static final Pattern LEADING_SPACE = Pattern.compile("\\A\\s*");

  private final Lexer shell;

  ConsoleLexer(Lexer shell) {
    this.shell = shell;
  }

  @Override
  public String tag() {
    return "console";
  }

  @Override
  public List<String> aliases() {
    return List.of("terminal", "shell_session", "shell-session");
  }

  @Override
  public Lexing newLexing() {
    return new Lexing() {
      private final Lexing lang = shell.newLexing();

      @Override
      public void reset() {
        lang.reset();
      }

      @Override
      public void continueLex(String text, TokenSink sink) {
        reset();
        Matcher line = LINE.matcher(text);
        int pos = 0;
        while (pos < text.length()) {
          line.region(pos, text.length());
          line.lookingAt();
          String l = line.group();
          pos = line.end();
          processLine(l, sink);
        }
      }

      private void processLine(String l, TokenSink sink) {
        Matcher prompt = PROMPT.matcher(l);
        if (ELISION.matcher(l).find()) {
          reset();
          sink.token(Token.COMMENT, l);
        } else if (prompt.find()) {
          sink.token(Token.GENERIC_PROMPT, prompt.group());
          String rest = l.substring(prompt.end());
          Matcher ws = LEADING_SPACE.matcher(rest);
          ws.lookingAt();
          if (ws.end() > 0) {
            sink.token(Token.WHITESPACE, ws.group());
          }
          lang.continueLex(rest.substring(ws.end()), sink);
        } else if (l.strip().startsWith("#")) {
          reset();
          sink.token(Token.COMMENT, l);
        } else {
          reset();
          if (!l.isEmpty()) {
            sink.token(Token.GENERIC_OUTPUT, l);
          }
        }
      }
    };
  }
}
