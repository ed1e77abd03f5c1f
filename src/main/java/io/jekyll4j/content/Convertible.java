package io.jekyll4j.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A source file with front matter that is rendered into an output: a page or a collection
 * document. Read-phase fields are fixed at construction; the link phase sets the URL, and the
 * render phase sets {@link #content()} (converted, before layouts) and {@link #output()} (final),
 * which later readers such as a page listing {@code post.content} see — the one mutable part of
 * the model, written once per build by the render phase.
 */
public abstract class Convertible {
  private final String relativePath;
  private final Map<String, Object> data;
  private final String body;
  /** The body when it is read later (then {@link #body} is null). */
  private final LazyBody lazyBody;
  private final int bodyLine;
  private volatile String url;
  private volatile String content;
  private volatile String output;

  protected Convertible(String relativePath, Map<String, Object> data, String body, int bodyLine) {
    this(relativePath, data, body, null, bodyLine);
  }

  /** An item whose body is {@code body}, or when {@code lazyBody} is given read from its file when first asked for. */
  protected Convertible(String relativePath, Map<String, Object> data, String body, LazyBody lazyBody, int bodyLine) {
    this.relativePath = relativePath;
    this.data = new LinkedHashMap<>(data);
    this.body = lazyBody == null ? body : null;
    this.lazyBody = lazyBody;
    this.bodyLine = bodyLine;
  }

  /** Source-relative path with {@code /} separators, e.g. {@code _posts/2024-01-01-a.md}. */
  public String relativePath() {
    return relativePath;
  }

  /** Front matter (with defaults applied) as read. */
  public Map<String, Object> data() {
    return data;
  }

  /** The text after the front matter. */
  public String body() {
    return lazyBody == null ? body : lazyBody.get();
  }

  /** Whether a text has {@code {{} or {@code {%}: Jekyll renders Liquid only in such a text. */
  public static boolean mayHoldLiquid(String text) {
    // one pass over the text for either opening
    int n = text.length() - 1;
    for (int i = text.indexOf('{'); i >= 0 && i < n; i = text.indexOf('{', i + 1)) {
      char next = text.charAt(i + 1);
      if (next == '{' || next == '%') return true;
    }
    return false;
  }

  /**
   * True when the body is known to hold no {@code {{} or {@code {%} without reading it (a body
   * not read yet, whose file the reader's cache knew); false when that is not known.
   */
  public boolean bodyKnownFreeOfLiquid() {
    return lazyBody != null && !lazyBody.mayHoldLiquid();
  }

  /** The 1-based line of the file where {@link #body()} starts. */
  public int bodyLine() {
    return bodyLine;
  }

  /** The file name, e.g. {@code about.md}. */
  public String name() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? relativePath : relativePath.substring(slash + 1);
  }

  /** The extension with its dot ({@code .md}), or "" when there is none. */
  public String extension() {
    String n = name();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? "" : n.substring(dot);
  }

  /** The file name without extension. */
  public String basename() {
    String n = name();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? n : n.substring(0, dot);
  }

  public String url() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String content() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String output() {
    return output;
  }

  public void setOutput(String output) {
    this.output = output;
  }

  /** Front-matter {@code layout}, if set to a name. */
  public String layoutName() {
    Object l = data.get("layout");
    return l == null ? null : String.valueOf(l);
  }
}
