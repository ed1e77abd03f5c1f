package io.jekyll4j.source;

/**
 * Orders gem versions as RubyGems does, closely enough to pick the newest installed theme:
 * numeric segments compare as numbers, a segment with letters (a pre-release) sorts before
 * a number, and missing segments count as zero.
 */
final class GemVersion {
  private GemVersion() {}

  static int compare(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String p = i < x.length ? x[i] : "0";
      String q = i < y.length ? y[i] : "0";
      boolean pn = p.chars().allMatch(Character::isDigit) && !p.isEmpty();
      boolean qn = q.chars().allMatch(Character::isDigit) && !q.isEmpty();
      int c;
      if (pn && qn) {
        c = new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q));
      } else if (pn != qn) {
        c = pn ? 1 : -1;
      } else {
        c = p.compareTo(q);
      }
      if (c != 0) return c;
    }
    return 0;
  }
}
