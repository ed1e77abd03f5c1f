package io.jekyll4j.liquid.filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;
import liqp.TemplateParser;

/**
 * Liquid 4's number filters as Ruby computes them: floats through BigDecimal ({@code 0.1 | plus:
 * 0.2} is {@code 0.3}), integer division flooring, modulo taking the divisor's sign, rounding
 * halves away from zero, integers never overflowing.
 */
public final class MathFilters {
  private MathFilters() {}

  public static void register(TemplateParser.Builder b) {
    b.withFilter(op("plus", BigInteger::add, BigDecimal::add));
    b.withFilter(op("minus", BigInteger::subtract, BigDecimal::subtract));
    b.withFilter(op("times", BigInteger::multiply, BigDecimal::multiply));
    b.withFilter(op("divided_by", MathFilters::floorDiv, (x, y) -> x.divide(y, MathContext.DECIMAL128)));
    b.withFilter(op("modulo", MathFilters::floorMod, MathFilters::floorMod));
    b.withFilter(new NamedFilter("round", (v, c, p) -> round(v, NamedFilter.arg(p, 0))));
    b.withFilter(new NamedFilter("ceil", (v, c, p) -> Ruby.result(big(Ruby.toNumber(v)).setScale(0, RoundingMode.CEILING).toBigInteger())));
    b.withFilter(new NamedFilter("floor", (v, c, p) -> Ruby.result(big(Ruby.toNumber(v)).setScale(0, RoundingMode.FLOOR).toBigInteger())));
    b.withFilter(new NamedFilter("abs", (v, c, p) -> {
      Number n = Ruby.toNumber(v);
      return Ruby.result(n instanceof BigInteger i ? i.abs() : ((BigDecimal) n).abs());
    }));
    b.withFilter(new NamedFilter("at_least", (v, c, p) -> pick(v, NamedFilter.arg(p, 0), true)));
    b.withFilter(new NamedFilter("at_most", (v, c, p) -> pick(v, NamedFilter.arg(p, 0), false)));
  }

  private static NamedFilter op(String name, BinaryOperator<BigInteger> ints, BinaryOperator<BigDecimal> decs) {
    return new NamedFilter(name, (v, c, p) -> {
      Number a = Ruby.toNumber(v);
      Number b = Ruby.toNumber(NamedFilter.arg(p, 0));
      if (a instanceof BigInteger x && b instanceof BigInteger y) {
        if (y.signum() == 0 && (name.equals("divided_by") || name.equals("modulo"))) {
          throw new ArithmeticException("Liquid error: divided by 0");
        }
        return Ruby.result(ints.apply(x, y));
      }
      BigDecimal y = big(b);
      if (y.signum() == 0 && name.equals("modulo")) throw new ArithmeticException("Liquid error: divided by 0");
      if (y.signum() == 0 && name.equals("divided_by")) {
        double r = name.equals("modulo") ? Double.NaN : big(a).signum() == 0 ? Double.NaN : big(a).signum() * Double.POSITIVE_INFINITY;
        return r;
      }
      BigDecimal r = decs.apply(big(a), y);
      // BigDecimal has no negative zero; Ruby's has (0 * -1.0 is -0.0), as IEEE doubles do
      if (r.signum() == 0) return signedZero(name, big(a).doubleValue(), y.doubleValue());
      return Ruby.result(r);
    });
  }

  private static double signedZero(String op, double a, double b) {
    double r = switch (op) {
      case "plus" -> a + b;
      case "minus" -> a - b;
      case "times" -> a * b;
      case "divided_by" -> a / b;
      default -> a % b;
    };
    return r == 0 ? r : 0.0;
  }

  static BigDecimal big(Number n) {
    return n instanceof BigDecimal d ? d : new BigDecimal((BigInteger) n);
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  private static BigInteger floorMod(BigInteger a, BigInteger b) {
    BigInteger r = a.mod(b.abs());
    return b.signum() < 0 && r.signum() != 0 ? r.add(b) : r;
  }

  private static BigDecimal floorMod(BigDecimal a, BigDecimal b) {
    BigDecimal r = a.remainder(b);
    return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
  }

  private static Object round(Object v, Object digits) {
    Number n = Ruby.toNumber(v);
    int d = digits == null ? 0 : Ruby.toNumber(digits).intValue();
    if (n instanceof BigInteger i) {
      if (d >= 0) return Ruby.result(i);
      return Ruby.result(new BigDecimal(i).setScale(d, RoundingMode.HALF_UP).toBigInteger());
    }
    BigDecimal r = ((BigDecimal) n).setScale(d, RoundingMode.HALF_UP);
    if (d <= 0) return Ruby.result(r.toBigInteger());
    return r.doubleValue();
  }

  private static Object pick(Object v, Object other, boolean max) {
    Number a = Ruby.toNumber(v);
    Number b = Ruby.toNumber(other);
    int cmp = big(a).compareTo(big(b));
    Number r = (max ? cmp >= 0 : cmp <= 0) ? a : b;
    return Ruby.result(r);
  }
}
