package io.jekyll4j.highlight;

import java.util.regex.Pattern;

/**
 * Compiles a regular expression written with Ruby's (Onigmo's) syntax and line semantics, so
 * that rule tables can mirror Rouge's regexes: {@code ^}/{@code $} are line anchors, only
 * {@code \n} ends a line, {@code \h} is a hex digit, {@code [[:alpha:]]} classes exist and a
 * {@code {} that is no repetition is a literal.
 */
final class RubyPattern {
  private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES;

  private RubyPattern() {}

  static Pattern compile(String ruby) {
    return Pattern.compile(translate(ruby), FLAGS);
  }

  /** Whether the pattern starts with {@code ^} (after leading inline flags), as Rouge checks. */
  static boolean startsAtLineStart(String ruby) {
    String s = ruby;
    while (s.startsWith("(?") && s.length() > 3) {
      int close = s.indexOf(')');
      String flags = s.substring(2, close);
      if (!flags.matches("[imsxu-]+")) {
        break;
      }
      s = s.substring(close + 1);
    }
    return s.startsWith("^");
  }

  static String translate(String re) {
    StringBuilder out = new StringBuilder(re.length() + 8);
    int classDepth = 0;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\' && i + 1 < re.length()) {
        char n = re.charAt(i + 1);
        if (n == 'h') {
          out.append(classDepth > 0 ? "0-9a-fA-F" : "[0-9a-fA-F]");
        } else if (re.startsWith("p{Word}", i + 1)) {
          String word = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
          out.append(classDepth > 0 ? word : "[" + word + "]");
          i += 7;
          continue;
        } else if ((n == 'p' || n == 'P') && re.startsWith("{", i + 2)) {
          int end = re.indexOf('}', i + 2);
          out.append(re, i, end + 1);
          i = end - 1;
        } else if (n == 'H') {
          out.append("[^0-9a-fA-F]");
        } else {
          out.append(c).append(n);
        }
        i++;
      } else if (c == '[' && re.startsWith("[:", i) && classDepth > 0) {
        int end = re.indexOf(":]", i + 2);
        String name = re.substring(i + 2, end);
        out.append(posix(name));
        i = end + 1;
      } else if (c == '[') {
        classDepth++;
        out.append(c);
        if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
          out.append('^');
          i++;
        }
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          out.append("\\]");
          i++;
        }
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
        out.append(c);
      } else if (c == '{' && classDepth == 0 && re.startsWith("{,", i) && isRepetition(re, i)) {
        out.append("{0");
      } else if (c == '{' && classDepth == 0 && !isRepetition(re, i)) {
        out.append("\\{");
      } else if ((c == '{' || c == '&') && classDepth > 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isRepetition(String re, int i) {
    int j = i + 1;
    int digits = 0;
    while (j < re.length() && Character.isDigit(re.charAt(j))) {
      j++;
      digits++;
    }
    if (j < re.length() && re.charAt(j) == ',') {
      j++;
      while (j < re.length() && Character.isDigit(re.charAt(j))) {
        j++;
        digits++;
      }
    }
    return digits > 0 && j < re.length() && re.charAt(j) == '}';
  }

  private static String posix(String name) {
    return switch (name) {
      case "alpha" -> "\\p{IsAlphabetic}";
      case "alnum" -> "\\p{IsAlphabetic}\\p{Nd}";
      case "upper" -> "\\p{IsUppercase}";
      case "lower" -> "\\p{IsLowercase}";
      case "digit" -> "\\p{Nd}";
      case "xdigit" -> "0-9a-fA-F";
      case "space" -> "\\s";
      case "word" -> "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
      case "punct" -> "\\p{Punct}";
      case "cntrl" -> "\\p{Cntrl}";
      default -> throw new IllegalArgumentException("unknown POSIX class [:" + name + ":]");
    };
  }
}
