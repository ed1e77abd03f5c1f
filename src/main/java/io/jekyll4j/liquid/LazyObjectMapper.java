package io.jekyll4j.liquid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Field;

/**
 * The Jackson mapper liqp wants, built on first use only.
 *
 * <p>liqp's {@code TemplateParser.Builder.build()} makes an {@code ObjectMapper} with the Java time
 * module when it is given none: about 400 classes and a tenth of a second of a small site's
 * start-up. liqp only uses it for objects implementing its {@code Inspectable} (none of ours do)
 * and in entry points jekyll4j does not call ({@code Template.render}, its {@code json} filter).
 * This subclass is allocated without running {@code ObjectMapper}'s constructor (which is what
 * costs), and every method liqp calls on its mapper goes to a real one, made the first time, the
 * same as liqp's own. Where that allocation is not possible, {@link #create()} returns liqp's own.
 */
final class LazyObjectMapper extends ObjectMapper {
  private static final long serialVersionUID = 1L;
  private transient volatile ObjectMapper real;

  private LazyObjectMapper() {
    // never run: see create()
  }

  /** A mapper for {@code TemplateParser.Builder.withObjectMapper}. */
  static ObjectMapper create() {
    try {
      Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
      f.setAccessible(true);
      sun.misc.Unsafe unsafe = (sun.misc.Unsafe) f.get(null);
      return (ObjectMapper) unsafe.allocateInstance(LazyObjectMapper.class);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return liqpMapper();
    }
  }

  /** The mapper liqp builds when given none. */
  static ObjectMapper liqpMapper() {
    ObjectMapper m = new ObjectMapper();
    m.registerModule(new JavaTimeModule());
    m.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    return m;
  }

  private ObjectMapper real() {
    ObjectMapper r = real;
    if (r == null) {
      synchronized (this) {
        r = real;
        if (r == null) real = r = liqpMapper();
      }
    }
    return r;
  }

  @Override
  public ObjectMapper copy() {
    return real().copy();
  }

  @Override
  public <T> T readValue(String content, Class<T> type) throws JsonProcessingException {
    return real().readValue(content, type);
  }

  @Override
  public <T> T readValue(String content, TypeReference<T> type) throws JsonProcessingException {
    return real().readValue(content, type);
  }

  @Override
  public String writeValueAsString(Object value) throws JsonProcessingException {
    return real().writeValueAsString(value);
  }

  @Override
  public <T> T convertValue(Object value, Class<T> type) {
    return real().convertValue(value, type);
  }

  @Override
  public <T> T convertValue(Object value, TypeReference<T> type) {
    return real().convertValue(value, type);
  }

  @Override
  public ObjectMapper configure(SerializationFeature feature, boolean state) {
    real().configure(feature, state);
    return this;
  }

  @Override
  public ObjectMapper registerModule(com.fasterxml.jackson.databind.Module module) {
    real().registerModule(module);
    return this;
  }
}
