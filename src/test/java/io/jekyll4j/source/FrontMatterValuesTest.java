package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.Yaml;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values the front-matter cache keeps come back as the YAML reader gave them: equal, and of the same classes. */
class FrontMatterValuesTest {
  private static byte[] write(Object v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    assertThat(FrontMatterCache.writeValue(out, v, new IdentityHashMap<>())).as("kept: %s", v).isTrue();
    out.flush();
    return bytes.toByteArray();
  }

  private static void sameTree(Object a, Object b) {
    assertThat(b == null ? null : b.getClass()).isEqualTo(a == null ? null : a.getClass());
    if (a instanceof Map<?, ?> m) {
      Map<?, ?> n = (Map<?, ?>) b;
      assertThat(new ArrayList<Object>(n.keySet())).isEqualTo(new ArrayList<Object>(m.keySet()));
      m.forEach((k, v) -> sameTree(v, n.get(k)));
    } else if (a instanceof java.util.Collection<?> c) {
      List<?> x = new ArrayList<>(c);
      List<?> y = new ArrayList<>((java.util.Collection<?>) b);
      assertThat(y).hasSameSizeAs(x);
      for (int i = 0; i < x.size(); i++) sameTree(x.get(i), y.get(i));
    } else if (a instanceof byte[] bytes) {
      assertThat((byte[]) b).isEqualTo(bytes);
    } else {
      assertThat(b).isEqualTo(a);
    }
  }

  @Test
  void yamlValuesComeBackAsTheyWere() throws IOException {
    String yaml = "s: caf\u00e9 \u2192 \ud83d\ude00\nq: \"quoted: yes\"\ni: 42\nl: 12345678901\nbig: 123456789012345678901234567890\n"
        + "neg: -7\nf: 1.5\nnan: .nan\ninf: -.inf\nt: true\nno: false\nnil: ~\nd: 2019-05-06\n"
        + "dt: 2020-01-01 10:00:00\nodt: 2020-01-01T10:00:00.123+05:30\nlist: [a, [b, c], {d: e}]\n"
        + "map: {1: one, k: {nested: [1]}}\nset: !!set {p, q}\nbin: !!binary aGVsbG8=\nempty: []\nnone: {}\n";
    Map<?, ?> parsed = (Map<?, ?>) Yaml.load(yaml, "t.md", 1);
    Map<String, Object> data = new LinkedHashMap<>(); // as the reader keys it (no: is the key false)
    parsed.forEach((k, v) -> data.put(String.valueOf(k), v));
    Map<String, Object> back = FrontMatterCache.readData(write(data));
    sameTree(data, back);
  }

  @Test
  void aValueInTwoPlacesOrALoneSurrogateIsNotKept() throws IOException {
    List<Object> shared = new ArrayList<>(List.of(1));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("a", shared);
    data.put("b", shared);
    DataOutputStream out = new DataOutputStream(new ByteArrayOutputStream());
    assertThat(FrontMatterCache.writeValue(out, data, new IdentityHashMap<>())).isFalse();
    Map<String, Object> lone = new LinkedHashMap<>();
    lone.put("s", "x\ud800y");
    assertThat(FrontMatterCache.writeValue(out, lone, new IdentityHashMap<>())).isFalse();
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("o", new Object());
    assertThat(FrontMatterCache.writeValue(out, other, new IdentityHashMap<>())).isFalse();
  }
}
