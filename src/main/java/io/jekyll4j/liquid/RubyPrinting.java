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
    StringBuilder sb = new StringBuilder();
    int max = context.getParser().getLimitMaxSizeRenderedString();
    return new ObjectAppender.Controller() {
      @Override
      public Object getResult() {
        return sb.toString();
      }

      @Override
      public void append(Object obj) {
        if (obj instanceof CharSequence cs) sb.append(cs);
        else sb.append(Ruby.toS(obj));
        if (sb.length() > max) throw new RuntimeException("rendered string exceeds " + max);
      }
    };
  }

  @Override
  public Object transformObject(TemplateContext context, Object obj) {
    if (obj == LValue.BREAK || obj == LValue.CONTINUE || obj instanceof Interrupt) return obj;
    return obj instanceof CharSequence ? obj.toString() : Ruby.toS(obj);
  }
}
