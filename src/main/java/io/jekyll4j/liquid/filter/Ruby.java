package io.jekyll4j.liquid.filter;

import io.jekyll4j.liquid.core.RubyRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * How Ruby writes values, which is what a Jekyll page shows: {@code to_s} for output ({@code 2.0},
 * {@code 1.0e+22}, arrays flattened, hashes as {@code {"a"=>1}}, times as {@code 2024-06-01
 * 12:00:00 +0000}) and {@code inspect} for the {@code inspect} filter.
 */
public final class Ruby {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

  private static final java.util.regex.Pattern FLOAT = java.util.regex.Pattern.compile("-?\\d+\\.\\d+");
  private Ruby() {}

  /** Ruby's {@code to_s} of a Liquid value. */
  public static String toS(Object v) {
    if (v instanceof String s) return s;
    StringBuilder sb = new StringBuilder();
    appendToS(v, sb);
    return sb.toString();
  }

  private static void appendToS(Object v, StringBuilder sb) {
    if (v == null) return;
    if (v instanceof CharSequence s) {
      sb.append(s);
    } else if (v instanceof RubyRange r) {
      sb.append(r);
    } else if (v instanceof io.jekyll4j.liquid.drop.DropLike d && d.rubyToS() != null) {
      sb.append(d.rubyToS());
    } else if (v instanceof Map<?, ?> m) {
      inspect(m, sb);
    } else if (v instanceof Collection<?> c) {
      for (Object o : c) appendToS(o, sb);
    } else if (v instanceof Object[] a) {
      for (Object o : a) appendToS(o, sb);
    } else if (v instanceof Number n) {
      sb.append(number(n));
    } else if (v instanceof TemporalAccessor t) {
      sb.append(time(t));
    } else {
      sb.append(v);
    }
  }

  /** Ruby's own {@code to_s}: like {@link #toS}, but arrays and hashes as their inspect form. */
  public static String rubyToS(Object v) {
    if (v instanceof String s) return s;
    if (v instanceof io.jekyll4j.liquid.drop.DropLike d && d.rubyToS() != null) return d.rubyToS();
    if (v instanceof Collection<?> || v instanceof Map<?, ?> || v instanceof Object[]) return inspect(v);
    return toS(v);
  }

  /** A time as Ruby's {@code Time#to_s}; a date as {@code Date#to_s}. */
  public static String time(TemporalAccessor t) {
    if (t instanceof LocalDate d) return d.toString();
    if (t instanceof ZonedDateTime z) return TIME.format(z);
    if (t instanceof java.time.OffsetDateTime o) return TIME.format(o);
    if (t instanceof java.time.LocalDateTime l) return TIME.format(l.atOffset(java.time.ZoneOffset.UTC));
    if (t instanceof java.time.Instant i) return TIME.format(i.atOffset(java.time.ZoneOffset.UTC));
    return t.toString();
  }

  /** A number as Ruby prints it: integers exactly, floats shortest with {@code .0} or {@code e+NN}. */
  public static String number(Number n) {
    if (n instanceof Double || n instanceof Float) return rubyFloat(n.doubleValue());
    if (n instanceof BigDecimal bd) return rubyFloat(bd.doubleValue());
    return n.toString();
  }

  /** Ruby's {@code Float#to_s}. */
  public static String rubyFloat(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exponent = bd.precision() - bd.scale() - 1;
    if (exponent < -4 || exponent >= 16) {
      String digits = bd.unscaledValue().abs().toString();
      String mant = digits.substring(0, 1) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
      String sign = d < 0 ? "-" : "";
      String exp = String.format("%02d", Math.abs(exponent));
      return sign + mant + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
    String plain = bd.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  /** Ruby's {@code inspect}. */
  public static String inspect(Object v) {
    StringBuilder sb = new StringBuilder();
    inspect(v, sb);
    return sb.toString();
  }

  private static void inspect(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("nil");
    } else if (v instanceof io.jekyll4j.liquid.drop.LoopDrop l) {
      sb.append(l.rubyToS());
    } else if (v instanceof CharSequence s) {
      inspectString(s.toString(), sb);
    } else if (v instanceof RubyRange r) {
      sb.append(r);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        inspect(e.getKey(), sb);
        sb.append("=>");
        inspect(e.getValue(), sb);
        if (it.hasNext()) sb.append(", ");
      }
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      Iterator<?> it = c.iterator();
      while (it.hasNext()) {
        inspect(it.next(), sb);
        if (it.hasNext()) sb.append(", ");
      }
      sb.append(']');
    } else if (v instanceof Object[] a) {
      inspect(java.util.Arrays.asList(a), sb);
    } else {
      appendToS(v, sb);
    }
  }

  private static void inspectString(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        case '\f' -> sb.append("\\f");
        case 0x0b -> sb.append("\\v");
        case 0x1b -> sb.append("\\e");
        case '#' -> {
          char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
          sb.append(n == '{' || n == '$' || n == '@' ? "\\#" : "#");
        }
        default -> {
          if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02X", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }

  /** Liquid's {@code Utils.to_number}: floats and float strings as BigDecimal, else an integer. */
  public static Number toNumber(Object v) {
    if (v instanceof Double || v instanceof Float) return new BigDecimal(Double.toString(((Number) v).doubleValue()));
    if (v instanceof BigDecimal bd) return bd;
    if (v instanceof BigInteger || v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
    }
    if (v instanceof Number n) return new BigDecimal(n.toString());
    if (v instanceof CharSequence cs) {
      String s = cs.toString().strip();
      if (FLOAT.matcher(s).matches()) return new BigDecimal(s);
      return toI(cs.toString());
    }
    return BigInteger.ZERO;
  }

  /** Ruby's {@code String#to_i}: leading white space, sign and digits; else 0. */
  public static BigInteger toI(String s) {
    int i = 0;
    while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) i++;
    int start = i;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
    int digits = i;
    StringBuilder sb = new StringBuilder(s.substring(start, i));
    while (i < s.length() && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128 || (s.charAt(i) == '_' && i > digits))) {
      if (s.charAt(i) != '_') sb.append(s.charAt(i));
      i++;
    }
    if (sb.length() == 0 || sb.toString().equals("-") || sb.toString().equals("+")) return BigInteger.ZERO;
    return new BigInteger(sb.toString());
  }

  /** An arithmetic result as Liquid hands it on: BigDecimal becomes a float, integers stay exact. */
  public static Object result(Number n) {
    if (n instanceof BigDecimal bd) return bd.doubleValue();
    if (n instanceof BigInteger bi) return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
    return n;
  }
}
