package io.jekyll4j.liquid.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.jekyll4j.liquid.core.RubyLookup;
import io.jekyll4j.liquid.core.RubyRange;
import liqp.TemplateParser;

/**
 * Liquid 4's standard string and array filters where liqp differs from Ruby: {@code capitalize}
 * lowercases the rest, {@code escape} writes {@code &#39;}, {@code split: ' '} is awk-style,
 * {@code replace} reads {@code \0 \& \\} in the replacement, {@code first}/{@code last} of a
 * string are nil, {@code map} keeps nils, {@code compact} takes a property.
 */
public final class StandardFilters {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\n\\u000b\\f\\r]+");

  private StandardFilters() {}

  public static void register(TemplateParser.Builder b) {
    b.withFilter(new NamedFilter("capitalize", (v, c, p) -> {
      String s = Ruby.rubyToS(v);
      if (s.isEmpty()) return s;
      int n = Character.charCount(s.codePointAt(0));
      int cp = s.codePointAt(0);
      // a letter with a title case of its own (the digraph ǆ becomes ǅ, not Ǆ)
      if (Character.toTitleCase(cp) != Character.toUpperCase(cp)) {
        return new String(Character.toChars(Character.toTitleCase(cp))) + s.substring(n).toLowerCase(Locale.ROOT);
      }
      String up = s.substring(0, n).toUpperCase(Locale.ROOT);
      // titlecase: the first letter's full upper case mapping, lowered after its first char (ß -> Ss)
      String title = up.substring(0, Character.charCount(up.codePointAt(0)))
          + up.substring(Character.charCount(up.codePointAt(0))).toLowerCase(Locale.ROOT);
      return title + s.substring(n).toLowerCase(Locale.ROOT);
    }));
    b.withFilter(new NamedFilter("upcase", (v, c, p) -> {
      return Ruby.rubyToS(v).toUpperCase(Locale.ROOT);
    }));
    b.withFilter(new NamedFilter("downcase", (v, c, p) -> {
      return Ruby.rubyToS(v).toLowerCase(Locale.ROOT);
    }));
    b.withFilter(new NamedFilter("escape", (v, c, p) -> v == null ? null : escape(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("h", (v, c, p) -> v == null ? null : escape(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("url_encode", (v, c, p) -> v == null ? null : UrlFilters.cgiEscape(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("slice", (v, c, p) -> slice(v, NamedFilter.arg(p, 0), p.length > 1 ? p[1] : null)));
    b.withFilter(new NamedFilter("truncatewords", (v, c, p) -> {
      if (v == null) return null;
      List<Object> words = split(Ruby.rubyToS(v), " ");
      long n = p.length > 0 ? toInteger(p[0]) : 15;
      long l = Math.max(0, n - 1);
      if (words.size() <= l) return v;
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i <= l && i < words.size(); i++) sb.append(i > 0 ? " " : "").append(words.get(i));
      return sb + (p.length > 1 ? Ruby.toS(p[1]) : "...");
    }));
    b.withFilter(new NamedFilter("split", (v, c, p) -> split(Ruby.rubyToS(v), Ruby.rubyToS(NamedFilter.arg(p, 0)))));
    b.withFilter(new NamedFilter("replace", (v, c, p) ->
        replace(Ruby.rubyToS(v), Ruby.rubyToS(NamedFilter.arg(p, 0)), Ruby.rubyToS(NamedFilter.arg(p, 1)), true)));
    b.withFilter(new NamedFilter("replace_first", (v, c, p) ->
        replace(Ruby.rubyToS(v), Ruby.rubyToS(NamedFilter.arg(p, 0)), Ruby.rubyToS(NamedFilter.arg(p, 1)), false)));
    b.withFilter(new NamedFilter("remove", (v, c, p) ->
        replace(Ruby.rubyToS(v), Ruby.rubyToS(NamedFilter.arg(p, 0)), "", true)));
    b.withFilter(new NamedFilter("remove_first", (v, c, p) ->
        replace(Ruby.rubyToS(v), Ruby.rubyToS(NamedFilter.arg(p, 0)), "", false)));
    b.withFilter(new NamedFilter("append", (v, c, p) -> Ruby.rubyToS(v) + Ruby.rubyToS(NamedFilter.arg(p, 0))));
    b.withFilter(new NamedFilter("prepend", (v, c, p) -> Ruby.rubyToS(NamedFilter.arg(p, 0)) + Ruby.rubyToS(v)));
    RubyStrings.register(b);
    b.withFilter(new NamedFilter("join", (v, c, p) -> {
      Object glue = p.length > 0 ? p[0] : " ";
      StringBuilder sb = new StringBuilder();
      String g = Ruby.toS(glue);
      boolean first = true;
      for (Object o : iterate(v)) {
        if (!first) sb.append(g);
        first = false;
        sb.append(Ruby.toS(o));
      }
      return sb.toString();
    }));
    // Ruby's first/last where the value has them: an array's, a hash's first pair, a range's ends
    b.withFilter(new NamedFilter("first", (v, c, p) -> RubyLookup.first(v)));
    b.withFilter(new NamedFilter("last", (v, c, p) -> RubyLookup.last(v)));
    b.withFilter(new NamedFilter("size", (v, c, p) -> {
      Object size = RubyLookup.size(v);
      return size == null ? 0L : size;
    }));
    b.withFilter(new NamedFilter("concat", (v, c, p) -> {
      Object other = NamedFilter.arg(p, 0);
      if (!(other instanceof List<?> || other instanceof Object[]) || other instanceof RubyRange) {
        throw new IllegalArgumentException("Liquid error: concat filter requires an array argument");
      }
      List<Object> out = iterate(v);
      out.addAll(CollectionFilters.list(other));
      return out;
    }));
    b.withFilter(new NamedFilter("reverse", (v, c, p) -> {
      List<Object> out = iterate(v);
      java.util.Collections.reverse(out);
      return out;
    }));
    b.withFilter(new NamedFilter("uniq", (v, c, p) -> {
      Object prop = NamedFilter.arg(p, 0);
      List<Object> items = iterate(v);
      if (prop == null) return uniq(items, e -> e);
      if (items.isEmpty()) return items;
      if (!indexable(items.get(0))) return null;
      String name = Ruby.toS(prop);
      return uniq(items, e -> property(e, name));
    }));
    b.withFilter(new NamedFilter("map", (v, c, p) -> {
      Object arg = NamedFilter.arg(p, 0);
      String prop = Ruby.rubyToS(arg);
      List<Object> out = new ArrayList<>();
      for (Object e : iterate(v)) {
        if ("to_liquid".equals(arg)) out.add(e);
        else out.add(indexable(e) ? property(e, prop) : null);
      }
      return out;
    }));
    b.withFilter(new NamedFilter("compact", (v, c, p) -> {
      Object prop = NamedFilter.arg(p, 0);
      List<Object> items = iterate(v);
      if (prop != null && !items.isEmpty() && !indexable(items.get(0))) return null;
      List<Object> out = new ArrayList<>();
      for (Object e : items) {
        if (prop != null && e == null) throw new IllegalArgumentException("undefined method `[]' for nil:NilClass");
        Object key = prop == null ? e : property(e, Ruby.toS(prop));
        if (key != null) out.add(e);
      }
      return out;
    }));
    b.withFilter(new NamedFilter("default", (v, c, p) -> {
      Object d = p.length > 0 ? p[0] : "";
      if (v == null || Boolean.FALSE.equals(v)) return d;
      if (v instanceof RubyRange) return v; // a Range has no empty?
      if (v instanceof CharSequence s && s.length() == 0) return d;
      if (v instanceof Collection<?> col && col.isEmpty()) return d;
      if (v instanceof Map<?, ?> m && m.isEmpty()) return d;
      return v;
    }));
  }

  /** Liquid's {@code Utils.to_integer}: integers as they are, else {@code Integer(x.to_s)}. */
  static long toInteger(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof java.math.BigInteger) return ((Number) v).longValue();
    String s = Ruby.toS(v).strip().replace("_", "");
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Liquid error: invalid integer");
    }
  }

  /** Ruby's {@code slice(offset, length)} of a string or an array. */
  private static Object slice(Object v, Object offsetArg, Object lengthArg) {
    long offset = toInteger(offsetArg);
    long length = lengthArg == null ? 1 : toInteger(lengthArg);
    boolean array = v instanceof List<?> || v instanceof Object[];
    List<Object> items = array ? CollectionFilters.list(v) : null;
    String s = array ? null : Ruby.rubyToS(v);
    int size = array ? items.size() : s.codePointCount(0, s.length());
    if (offset < 0) offset += size;
    if (offset < 0 || offset > size || length < 0) return array ? new ArrayList<>() : "";
    int from = (int) offset;
    int to = (int) Math.min(size, offset + length);
    if (array) return new ArrayList<>(items.subList(from, to));
    return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
  }

  static String escape(String s) {
    // nothing to escape (most titles): five indexOf loops beat a call to charAt per character
    int first = firstOf(s, firstOf(s, firstOf(s, firstOf(s, firstOf(s, s.length(), '&'), '<'), '>'), '"'), '\'');
    if (first == s.length()) return s;
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** The first index of {@code c} in {@code s} before {@code limit}, else {@code limit}. */
  private static int firstOf(String s, int limit, char c) {
    int i = s.indexOf(c);
    return i >= 0 && i < limit ? i : limit;
  }

  /** Liquid's InputIterator: arrays flattened, a hash or scalar as a one-item list. */
  static List<Object> iterate(Object v) {
    List<Object> out = new ArrayList<>();
    if (v == null) return out;
    if (v instanceof Collection<?> || v instanceof Object[]) flatten(v, out);
    else out.add(v);
    return out;
  }

  private static void flatten(Object v, List<Object> out) {
    if (v instanceof Collection<?> c) for (Object o : c) flatten(o, out);
    else if (v instanceof Object[] a) for (Object o : a) flatten(o, out);
    else out.add(v);
  }

  /** Whether Ruby's value has {@code []}: hashes, arrays, strings and integers (not nil, floats, booleans). */
  static boolean indexable(Object e) {
    return e instanceof Map || e instanceof List || e instanceof Object[] || e instanceof CharSequence
        || e instanceof Long || e instanceof Integer || e instanceof java.math.BigInteger;
  }

  /** Liquid's {@code item[property]}: an array or an integer given a name fails as Liquid reports it. */
  private static Object property(Object e, String prop) {
    if (e instanceof Map<?, ?> m) return m.get(prop);
    if (e instanceof CharSequence s) return s.toString().contains(prop) ? prop : null;
    if (indexable(e)) throw new IllegalArgumentException("Liquid error: cannot select the property '" + prop + "'");
    return null;
  }

  /** Ruby's {@code uniq}: the first item of each key, keys equal by {@code eql?} (1 and 1.0 differ). */
  private static List<Object> uniq(List<Object> items, java.util.function.Function<Object, Object> key) {
    List<Object> out = new ArrayList<>();
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (Object e : items) {
      Object k = key.apply(e);
      Object id = k == null ? "\u0000nil" : k instanceof Number n ? "\u0000" + Ruby.number(n) : k;
      if (seen.add(id)) out.add(e);
    }
    return out;
  }

  /** Ruby's {@code String#split} with a string pattern. */
  static List<Object> split(String s, String pattern) {
    List<Object> out = new ArrayList<>();
    if (pattern.equals(" ")) {
      for (String part : SPACES.split(s.strip())) if (!part.isEmpty()) out.add(part);
      return out;
    }
    if (pattern.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
      return out;
    }
    int from = 0;
    int at;
    while ((at = s.indexOf(pattern, from)) >= 0) {
      out.add(s.substring(from, at));
      from = at + pattern.length();
    }
    out.add(s.substring(from));
    while (!out.isEmpty() && ((String) out.get(out.size() - 1)).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  /** Ruby's {@code gsub}/{@code sub} with a string pattern and a replacement with back-references. */
  static String replace(String s, String pattern, String replacement, boolean all) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at;
    if (pattern.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      int i = 0;
      do {
        appendReplacement(sb, replacement, s, i, i);
        if (i < s.length()) sb.appendCodePoint(s.codePointAt(i));
        i += i < s.length() ? Character.charCount(s.codePointAt(i)) : 1;
      } while (all && i <= s.length());
      if (!all) sb.append(s);
      return sb.toString();
    }
    while ((at = s.indexOf(pattern, from)) >= 0) {
      out.append(s, from, at);
      appendReplacement(out, replacement, s, at, at + pattern.length());
      from = at + pattern.length();
      if (!all) break;
    }
    out.append(s, from, s.length());
    return out.toString();
  }

  private static void appendReplacement(StringBuilder out, String r, String s, int start, int end) {
    for (int i = 0; i < r.length(); i++) {
      char ch = r.charAt(i);
      if (ch != '\\' || i + 1 >= r.length()) {
        out.append(ch);
        continue;
      }
      char n = r.charAt(++i);
      switch (n) {
        case '0', '&' -> out.append(s, start, end);
        case '`' -> out.append(s, 0, start);
        case '\'' -> out.append(s, end, s.length());
        case '\\' -> out.append('\\');
        default -> {
          if (!Character.isDigit(n)) out.append('\\').append(n);
        }
      }
    }
  }
}
