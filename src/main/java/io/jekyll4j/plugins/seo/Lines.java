package io.jekyll4j.plugins.seo;

/** The tag's output, one element a line, as the gem's minified template leaves it. */
final class Lines {
  private final StringBuilder out = new StringBuilder();

  void add(String line) {
    out.append(line).append('\n');
  }

  void meta(String attribute, String name, String content) {
    add("<meta " + attribute + "=\"" + name + "\" content=\"" + content + "\" />");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
