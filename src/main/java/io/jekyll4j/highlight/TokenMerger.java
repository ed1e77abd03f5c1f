package io.jekyll4j.highlight;

/**
 * Rouge's {@code continue_lex} consolidation: consecutive tokens of the same type are joined
 * and empty ones dropped before they reach the wrapped sink. Call {@link #finish} at the end.
 */
final class TokenMerger implements TokenSink {
  private final TokenSink out;
  private final StringBuilder pending = new StringBuilder();
  /** The pending text while it is one token (most are): joined in {@link #pending} only when needed. */
  private String single;
  private Token pendingType;

  TokenMerger(TokenSink out) {
    this.out = out;
  }

  @Override
  public void token(Token type, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (type != pendingType) {
      finish();
      pendingType = type;
      single = text;
      return;
    }
    if (single != null) {
      pending.append(single);
      single = null;
    }
    pending.append(text);
  }

  /** Passes on the last merged token. */
  void finish() {
    if (pendingType != null) {
      if (single != null) {
        out.token(pendingType, single);
        single = null;
      } else {
        out.token(pendingType, pending.toString());
        pending.setLength(0);
      }
      pendingType = null;
    }
  }
}
