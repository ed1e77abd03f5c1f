package io.jekyll4j.plugin;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code EntryFilter#glob_include?}, the rule {@link Reads#files} globs and plugins' own
 * pattern lists follow (jekyll-relative-links' {@code exclude}): a path matches a pattern by
 * Ruby's {@code File.fnmatch?} without flags ({@code *} crosses folders), or when the pattern is a
 * prefix of it.
 */
public final class RubyGlob {
  private RubyGlob() {}

  /** Whether {@code relativePath} matches one of {@code patterns} (non-strings are skipped). */
  public static boolean anyMatches(List<?> patterns, String relativePath) {
    for (Object o : patterns) {
      if (!(o instanceof String p)) continue;
      if (relativePath.startsWith(p) || regex(p).matcher(relativePath).matches()) return true;
    }
    return false;
  }

  private static Pattern regex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else if (c == '\\' && i + 1 < glob.length()) {
        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
      } else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
        int end = glob.indexOf(']', i + 1);
        String set = glob.substring(i + 1, end);
        if (set.startsWith("!")) set = "^" + set.substring(1);
        re.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
        i = end;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
