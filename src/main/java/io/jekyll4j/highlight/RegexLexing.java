package io.jekyll4j.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * One run of a {@link RegexLexer}, with the API rule actions use (Rouge's lexer instance
 * methods: {@code token}, {@code groups}, {@code push}, {@code pop!}, {@code goto},
 * {@code delegate}...). Matchers are created once per rule and reused.
 */
public final class RegexLexing implements Lexing {
  private static final int MAX_NULL_SCANS = 5;

  private final RegexLexer lexer;
  private final List<RegexLexer.State> stack;
  private final Map<String, Object> vars = new HashMap<>();
  private Matcher[] matchers;
  private int[] matcherTexts;
  private int textGeneration;
  private String text = "";
  private int pos;
  private int nullSteps;
  private Matcher current;
  private TokenSink sink;

  RegexLexing(RegexLexer lexer) {
    this(lexer, new ArrayList<>());
    reset();
  }

  private RegexLexing(RegexLexer lexer, List<RegexLexer.State> stack) {
    this.lexer = lexer;
    this.stack = stack;
    this.matchers = new Matcher[Math.max(16, lexer.ruleCount())];
    this.matcherTexts = new int[matchers.length];
  }

  /**
   * Rouge's {@code self.clone}: a lexing with a copy of this one's variables that shares its
   * state stack (Ruby's shallow copy), so states it pushes stay pushed here.
   */
  public RegexLexing cloneSharingStack() {
    RegexLexing copy = new RegexLexing(lexer, stack);
    copy.vars.putAll(vars);
    return copy;
  }

  @Override
  public void reset() {
    stack.clear();
    stack.add(lexer.state("root"));
    vars.clear();
    for (Consumer<RegexLexing> start : lexer.startActions()) {
      start.accept(this);
    }
  }

  @Override
  public void continueLex(String input, TokenSink out) {
    String savedText = text;
    int savedPos = pos;
    TokenSink savedSink = sink;
    text = input;
    pos = 0;
    nullSteps = 0;
    sink = out;
    textGeneration++;
    try {
      while (pos < text.length()) {
        if (!step(top())) {
          int end = text.offsetByCodePoints(pos, 1);
          out.token(Token.ERROR, text.substring(pos, end));
          pos = end;
        }
      }
    } finally {
      text = savedText;
      pos = savedPos;
      sink = savedSink;
      textGeneration++;
    }
  }

  private boolean step(RegexLexer.State state) {
    // the character at the scan position and whether a line starts there, read once per step
    return step(state, text.charAt(pos), pos == 0 || text.charAt(pos - 1) == '\n');
  }

  private boolean step(RegexLexer.State state, char first, boolean atLineStart) {
    for (Object entry : state.entries) {
      if (entry instanceof RegexLexer.State mixin) {
        if (step(mixin, first, atLineStart)) {
          return true;
        }
        continue;
      }
      RegexLexer.Rule rule = (RegexLexer.Rule) entry;
      if (rule.lineStart && !atLineStart) {
        continue;
      }
      if (!rule.mayStartWith(first)) {
        continue;
      }
      Matcher m = matcher(rule);
      m.region(pos, text.length());
      if (m.lookingAt()) {
        int size = m.end() - pos;
        Matcher saved = current;
        current = m;
        pos = m.end();
        rule.action.apply(this, m);
        current = saved;
        if (size == 0) {
          if (++nullSteps > MAX_NULL_SCANS) {
            return false;
          }
        } else {
          nullSteps = 0;
        }
        return true;
      }
    }
    return false;
  }

  private Matcher matcher(RegexLexer.Rule rule) {
    int id = rule.id;
    if (id >= matchers.length) {
      int n = Math.max(id + 1, matchers.length * 2);
      matchers = java.util.Arrays.copyOf(matchers, n);
      matcherTexts = java.util.Arrays.copyOf(matcherTexts, n);
    }
    Matcher m = matchers[id];
    if (m == null) {
      m = rule.pattern.matcher(text);
      // Ruby's StringScanner matches as if the text started at the scan position: look-behind
      // sees nothing before it, and \A, ^ and \b treat it as the start. Java's default opaque,
      // anchoring region bounds behave the same.
      matchers[id] = m;
      matcherTexts[id] = textGeneration;
    } else if (matcherTexts[id] != textGeneration) {
      m.reset(text);
      matcherTexts[id] = textGeneration;
    }
    return m;
  }

  // ---- API for rule actions ----

  /** The lexer this run belongs to. */
  public RegexLexer lexer() {
    return lexer;
  }

  /** Per-run variables (Rouge lexers' instance variables); cleared on reset. */
  public Map<String, Object> vars() {
    return vars;
  }

  /** The text of group {@code i} of the current match, or null. */
  public String group(int i) {
    return current.group(i);
  }

  /** The current match. */
  public MatchResult match() {
    return current;
  }

  /** Yields the whole current match as {@code type}. */
  public void token(Token type) {
    token(type, current.group());
  }

  /** Yields {@code value} as {@code type}; null or empty values are dropped. */
  public void token(Token type, String value) {
    if (value != null && !value.isEmpty()) {
      sink.token(type, value);
    }
  }

  /** Yields group i+1 as tokens[i]. */
  public void groups(Token... tokens) {
    for (int i = 0; i < tokens.length; i++) {
      token(tokens[i], current.group(i + 1));
    }
  }

  public void push(String state) {
    stack.add(lexer.state(state));
  }

  /** Pushes the current top state again. */
  public void push() {
    stack.add(top());
  }

  /** Pushes a state made at lex time, cached by key (see {@link RegexLexer#dynamicState}). */
  public void push(Object key, Consumer<RegexLexer.StateBuilder> definition) {
    stack.add(lexer.dynamicState(key, definition));
  }

  public void pop() {
    pop(1);
  }

  public void pop(int times) {
    for (int i = 0; i < times && !stack.isEmpty(); i++) {
      stack.remove(stack.size() - 1);
    }
  }

  /** Replaces the top state. */
  public void gotoState(String state) {
    stack.set(stack.size() - 1, lexer.state(state));
  }

  public void resetStack() {
    stack.clear();
    stack.add(lexer.state("root"));
  }

  /** How many states are on the stack (Rouge's {@code stack.size}). */
  public int stackSize() {
    return stack.size();
  }

  /** The name of the top state (Rouge's {@code state.name}). */
  public String stateName() {
    return top().name;
  }

  /** Whether the top state is named {@code state}. */
  public boolean stateIs(String state) {
    return top().name.equals(state);
  }

  /** Whether a state named {@code state} is anywhere on the stack (Rouge's {@code in_state?}). */
  public boolean inState(String state) {
    for (RegexLexer.State s : stack) {
      if (s.name.equals(state)) {
        return true;
      }
    }
    return false;
  }

  /** Lexes {@code value} with another lexing, continuing its state. */
  public void delegate(Lexing other, String value) {
    if (value != null) {
      other.continueLex(value, sink);
    }
  }

  /** Lexes {@code value} with a fresh run of another lexer. */
  public void delegate(Lexer other, String value) {
    if (value != null) {
      other.newLexing().continueLex(value, sink);
    }
  }

  /** Lexes {@code value} with a fresh run of this same lexer (Rouge's {@code recurse}). */
  public void recurse(String value) {
    delegate(lexer, value);
  }

  /** A sub-lexing stored under {@code key} for this run, made on first use. */
  public Lexing sub(String key, Lexer other) {
    return (Lexing) vars.computeIfAbsent(key, k -> other.newLexing());
  }

  private RegexLexer.State top() {
    if (stack.isEmpty()) {
      // Rouge raises 'empty stack!'; carry on from root instead of failing a build.
      stack.add(lexer.state("root"));
    }
    return stack.get(stack.size() - 1);
  }
}
