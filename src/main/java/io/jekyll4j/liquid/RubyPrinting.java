package io.jekyll4j.liquid;

import io.jekyll4j.liquid.filter.Ruby;
import io.jekyll4j.liquid.core.Interrupt;
import liqp.LValue;
import liqp.RenderTransformer;
import liqp.TemplateContext;

/**
 * Prints values into the output as Ruby's {@code to_s} does (floats as {@code 2.0}, hashes as
 * {@code {"a"=>1}}, nested arrays flattened, nil as nothing) instead of Java's {@code toString}.
 * Stateless, so one instance serves every render.
 */
final class RubyPrinting implements RenderTransformer {
  @Override
  public ObjectAppender.Controller newObjectAppender(TemplateContext context, int estimated) {
    int max = context.getParser().getLimitMaxSizeRenderedString();
    return new Parts(max);
  }

  /**
   * The printed pieces, joined once at the end: a layout's output holds the page's whole content
   * among small pieces, and a growing builder would copy it again at each doubling; a body that
   * printed one piece returns it as it is.
   */
  private static final class Parts implements ObjectAppender.Controller {
    private final int max;
    private String[] parts = new String[8];
    private int count;
    private int length;

    Parts(int max) {
      this.max = max;
    }

    @Override
    public Object getResult() {
      if (count == 0) return "";
      if (count == 1) return parts[0];
      // String.join sizes the result once and copies each piece once
      return String.join("", count == parts.length ? parts : java.util.Arrays.copyOf(parts, count));
    }

    @Override
    public void append(Object obj) {
      String s = obj instanceof CharSequence cs ? cs.toString() : Ruby.toS(obj);
      if (s.isEmpty()) return;
      if (count == parts.length) parts = java.util.Arrays.copyOf(parts, count * 2);
      parts[count++] = s;
      length += s.length();
      if (length > max || length < 0) throw new RuntimeException("rendered string exceeds " + max);
    }
  }

  @Override
  public Object transformObject(TemplateContext context, Object obj) {
    if (obj == LValue.BREAK || obj == LValue.CONTINUE || obj instanceof Interrupt) return obj;
    return obj instanceof CharSequence ? obj.toString() : Ruby.toS(obj);
  }
}
