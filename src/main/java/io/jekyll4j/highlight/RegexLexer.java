package io.jekyll4j.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexer made of named states, each an ordered list of regex rules, as Rouge's {@code
 * RegexLexer}: at each position the first rule of the top state whose regex matches there wins;
 * its action yields tokens and may push, pop or replace states. A language is a table built
 * with {@link #builder}; the engine is {@link RegexLexing}. Regexes are compiled once, here.
 */
public final class RegexLexer implements Lexer {
  /** Next-state marker: pop the top state. */
  public static final String POP = "#pop";

  /** Next-state marker: push the current state again. */
  public static final String PUSH = "#push";

  /** What a rule does with its match. */
  @FunctionalInterface
  public interface Action {
    void apply(RegexLexing lexing, MatchResult match);
  }

  /** One rule: a regex tried at the current position, and its action. */
  static final class Rule {
    final Pattern pattern;
    final boolean lineStart;
    final Action action;
    final int id;

    /** ASCII characters a match may start with (bit c set), for skipping hopeless rules. */
    private final long asciiLow;
    private final long asciiHigh;

    Rule(String regex, Action action, int id) {
      this.pattern = RubyPattern.compile(regex);
      this.lineStart = RubyPattern.startsAtLineStart(regex);
      this.action = action;
      this.id = id;
      long low = 0;
      long high = 0;
      Matcher probe = pattern.matcher("");
      for (int c = 0; c < 128; c++) {
        probe.reset(String.valueOf((char) c));
        // A match, or a failure that needed more input, means this character may start a match.
        if (probe.lookingAt() || probe.hitEnd()) {
          if (c < 64) {
            low |= 1L << c;
          } else {
            high |= 1L << (c - 64);
          }
        }
      }
      this.asciiLow = low;
      this.asciiHigh = high;
    }

    /** False only if no match of this rule can start with {@code c}. */
    boolean mayStartWith(char c) {
      if (c >= 128) {
        return true;
      }
      return c < 64 ? (asciiLow & (1L << c)) != 0 : (asciiHigh & (1L << (c - 64))) != 0;
    }
  }

  /** A named list of rules; an entry is a {@link Rule} or a mixed-in {@link State}. */
  static final class State {
    final String name;
    Object[] entries = new Object[0];

    State(String name) {
      this.name = name;
    }
  }

  private final String tag;
  private final List<String> aliases;
  private final Map<String, State> states;
  private final List<Consumer<RegexLexing>> startActions;
  private final Map<Object, State> dynamicStates = new ConcurrentHashMap<>();
  private final AtomicInteger ruleIds;

  private RegexLexer(Builder b) {
    this.tag = b.tag;
    this.aliases = List.copyOf(b.aliases);
    this.states = new HashMap<>();
    this.startActions = List.copyOf(b.startActions);
    this.ruleIds = b.ruleIds;
    for (String name : b.stateRules.keySet()) {
      states.put(name, new State(name));
    }
    for (Map.Entry<String, List<Object>> e : b.stateRules.entrySet()) {
      states.get(e.getKey()).entries = resolve(e.getValue());
    }
    if (!states.containsKey("root")) {
      throw new IllegalStateException(tag + ": no root state");
    }
  }

  private Object[] resolve(List<Object> raw) {
    Object[] out = new Object[raw.size()];
    for (int i = 0; i < out.length; i++) {
      Object o = raw.get(i);
      out[i] = o instanceof String name ? state(name) : o;
    }
    return out;
  }

  /** Starts a lexer definition with Rouge's tag and aliases. */
  public static Builder builder(String tag, String... aliases) {
    return new Builder(tag, List.of(aliases));
  }

  @Override
  public String tag() {
    return tag;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  /** Per thread, a lexing kept for whole-text lexes: its matchers are reused, its state reset. */
  private final ThreadLocal<RegexLexing> spare = new ThreadLocal<>();

  /** Lexes a whole text from the start state, in a reset lexing this thread used before. */
  @Override
  public void lex(String text, TokenSink sink) {
    RegexLexing lexing = spare.get();
    if (lexing == null) {
      lexing = newLexing();
    } else {
      spare.set(null); // a lex nested in this one makes its own
      lexing.reset();
    }
    lexing.continueLex(text, sink);
    spare.set(lexing);
  }

  @Override
  public RegexLexing newLexing() {
    return new RegexLexing(this);
  }

  State state(String name) {
    State s = states.get(name);
    if (s == null) {
      throw new IllegalArgumentException(tag + ": unknown state " + name);
    }
    return s;
  }

  int ruleCount() {
    return ruleIds.get();
  }

  List<Consumer<RegexLexing>> startActions() {
    return startActions;
  }

  /**
   * A state made at lex time (Rouge's {@code push do ... end}), built once per key and cached,
   * so its regexes are compiled only once.
   */
  State dynamicState(Object key, Consumer<StateBuilder> definition) {
    return dynamicStates.computeIfAbsent(
        key,
        k -> {
          StateBuilder sb = new StateBuilder(ruleIds);
          definition.accept(sb);
          State s = new State("dynamic:" + k);
          s.entries = resolve(sb.entries);
          return s;
        });
  }

  /** Builds a {@link RegexLexer}; states may be declared in any order. */
  public static final class Builder {
    private final String tag;
    private final List<String> aliases;
    private final Map<String, List<Object>> stateRules = new HashMap<>();
    private final List<Consumer<RegexLexing>> startActions = new ArrayList<>();
    private final AtomicInteger ruleIds = new AtomicInteger();

    private Builder(String tag, List<String> aliases) {
      this.tag = tag;
      this.aliases = aliases;
    }

    /** Defines (or extends) a state with the rules the definition adds. */
    public Builder state(String name, Consumer<StateBuilder> definition) {
      StateBuilder sb = new StateBuilder(ruleIds);
      definition.accept(sb);
      stateRules.computeIfAbsent(name, k -> new ArrayList<>()).addAll(sb.entries);
      return this;
    }

    /** Puts the rules the definition adds before a state's rules (Rouge's {@code prepend}). */
    public Builder prepend(String name, Consumer<StateBuilder> definition) {
      StateBuilder sb = new StateBuilder(ruleIds);
      definition.accept(sb);
      stateRules.computeIfAbsent(name, k -> new ArrayList<>()).addAll(0, sb.entries);
      return this;
    }

    /** Code run at the start of every lex, after the stack is reset to root. */
    public Builder start(Consumer<RegexLexing> action) {
      startActions.add(action);
      return this;
    }

    public RegexLexer build() {
      return new RegexLexer(this);
    }
  }

  /** Adds rules to one state. */
  public static final class StateBuilder {
    private final AtomicInteger ruleIds;
    private final List<Object> entries = new ArrayList<>();

    StateBuilder(AtomicInteger ruleIds) {
      this.ruleIds = ruleIds;
    }

    /** A rule that yields the whole match as {@code token}. */
    public StateBuilder rule(String regex, Token token) {
      return rule(regex, token, null);
    }

    /** A rule that yields the match, then pops ({@link #POP}), pushes a state or itself. */
    public StateBuilder rule(String regex, Token token, String next) {
      Action action;
      if (next == null) {
        action = (lx, m) -> lx.token(token);
      } else if (next.equals(POP)) {
        action = (lx, m) -> {
          lx.token(token);
          lx.pop();
        };
      } else if (next.equals(PUSH)) {
        action = (lx, m) -> {
          lx.token(token);
          lx.push();
        };
      } else {
        action = (lx, m) -> {
          lx.token(token);
          lx.push(next);
        };
      }
      return rule(regex, action);
    }

    /** A rule with its own action. */
    public StateBuilder rule(String regex, Action action) {
      entries.add(new Rule(regex, action, ruleIds.getAndIncrement()));
      return this;
    }

    /** A rule yielding each group as the given token (null groups and empty text skipped). */
    public StateBuilder groups(String regex, Token... tokens) {
      return rule(regex, (lx, m) -> lx.groups(tokens));
    }

    /** Like {@link #groups(String, Token...)}, then goes to {@code next} like a token rule. */
    public StateBuilder groupsThen(String regex, String next, Token... tokens) {
      return rule(
          regex,
          (lx, m) -> {
            lx.groups(tokens);
            if (next.equals(POP)) {
              lx.pop();
            } else if (next.equals(PUSH)) {
              lx.push();
            } else {
              lx.push(next);
            }
          });
    }

    /** Tries another state's rules here, in order. */
    public StateBuilder mixin(String state) {
      entries.add(state);
      return this;
    }

    /** A rule per word list: {@code \b(?:a|b)\b}, yielding {@code token}. */
    public StateBuilder words(String words, Token token) {
      return rule(Words.regex(words), token);
    }

  }
}
