package io.jekyll4j.compose;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Writes one YAML string value on one line, either as Psych (the YAML writer of Ruby and so of
 * jekyll-compose) would, or in a style the site already uses when that style can hold it.
 * Psych's 80-column wrapping of long values is deliberately not reproduced.
 */
final class YamlScalars {
  private static final Pattern STRINGY =
      Pattern.compile("^[^\\d.:-]?[\\p{IsAlphabetic}_\\s!@#$%^&*(){}<>|/\\\\~;=]+");
  private static final Pattern TIME =
      Pattern.compile(
          "^-?\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|\\s+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?"
              + "(?:\\s*(?:Z|[-+]\\d{1,2}:?(?:\\d\\d)?))?$");
  private static final Pattern DATE =
      Pattern.compile("^(\\d{4})-(1[012]|0\\d|\\d)-([12]\\d|3[01]|0\\d|\\d)$");
  private static final Pattern SPECIAL_FLOAT =
      Pattern.compile("^(?:[-+]?\\.inf|\\.nan)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEXAGESIMAL =
      Pattern.compile("^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}(\\.[0-9_]*)?$");
  private static final Pattern FLOAT =
      Pattern.compile("^[-+]?([0-9][0-9_,]*)?\\.[0-9]*([eE][-+][0-9]+)?$");
  private static final Pattern INTEGER =
      Pattern.compile(
          "^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)"
              + "|[-+]?0x[0-9a-fA-F_,]+)$");
  private static final Pattern OCTAL_LOOKALIKE = Pattern.compile("^0[0-7]*[89].*");

  private YamlScalars() {}

  /** The value as Psych writes a Ruby string (single-line values). */
  static String psych(String value) {
    if (value.contains("\n") || value.contains("\r")) {
      return doubleQuoted(value);
    }
    if (value.equals("<<")) {
      return "!!str '<<'";
    }
    if (value.equals("y") || value.equals("n")) {
      return doubleQuoted(value);
    }
    if (!value.isEmpty() && !isWordChar(value.codePointAt(0)) && !value.contains("\"")) {
      return doubleQuoted(value);
    }
    if (!readsAsString(value) || OCTAL_LOOKALIKE.matcher(value).matches()) {
      return singleQuotedAllowed(value) ? singleQuoted(value) : doubleQuoted(value);
    }
    if (plainAllowed(value)) {
      return value;
    }
    return singleQuotedAllowed(value) ? singleQuoted(value) : doubleQuoted(value);
  }

  /** The value in {@code style} when that style can hold it as a string, else as Psych would. */
  static String render(String value, ScalarStyle style) {
    return switch (style) {
      case PLAIN -> plainAllowed(value) && readsAsString(value) && !value.equals("y")
              && !value.equals("n") ? value : psych(value);
      case SINGLE_QUOTED -> singleQuotedAllowed(value) ? singleQuoted(value) : doubleQuoted(value);
      case DOUBLE_QUOTED -> doubleQuoted(value);
    };
  }

  /** A value that is not meant as a string (a date, a number): plain unless quoted on purpose. */
  static String renderVerbatim(String value, ScalarStyle style) {
    return switch (style) {
      case PLAIN -> value;
      case SINGLE_QUOTED -> singleQuoted(value);
      case DOUBLE_QUOTED -> doubleQuoted(value);
    };
  }

  /** Psych's ScalarScanner: would this text load back as a string (not a number, date...)? */
  static boolean readsAsString(String s) {
    if (s.isEmpty()) {
      return false;
    }
    if (STRINGY.matcher(s).find()) {
      if (s.length() > 5 || s.matches("(?i)^[^ytonf~].*")) {
        return true;
      }
      return !s.matches("(?i)~|null|yes|true|on|no|false|off");
    }
    if (TIME.matcher(s).matches() || isDate(s) || SPECIAL_FLOAT.matcher(s).matches()) {
      return false;
    }
    if (s.startsWith(":") && s.length() > 1) {
      return false;
    }
    if (SEXAGESIMAL.matcher(s).matches()) {
      return false;
    }
    if (FLOAT.matcher(s).matches()) {
      return s.matches("^[-+]?\\.$");
    }
    return !INTEGER.matcher(s).matches();
  }

  private static boolean isDate(String s) {
    var m = DATE.matcher(s);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** libyaml's analysis of a scalar for the plain style in a block mapping value. */
  static boolean plainAllowed(String s) {
    if (s.isEmpty() || s.startsWith("---") || s.startsWith("...")) {
      return false;
    }
    if (s.startsWith(" ") || s.endsWith(" ") || hasSpecialCharacters(s)) {
      return false;
    }
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      boolean followedByBlank = i + 1 >= cps.length || cps[i + 1] == ' ';
      boolean precededByBlank = i == 0 || cps[i - 1] == ' ';
      if (i == 0 && "#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
        return false;
      }
      if ((c == '?' || c == ':') && followedByBlank && (i == 0 || c == ':')) {
        return false;
      }
      if (i == 0 && c == '-' && followedByBlank) {
        return false;
      }
      if (c == '#' && precededByBlank) {
        return false;
      }
    }
    return true;
  }

  private static boolean singleQuotedAllowed(String s) {
    return !hasSpecialCharacters(s);
  }

  private static boolean hasSpecialCharacters(String s) {
    return s.codePoints().anyMatch(c -> !printable(c));
  }

  /** libyaml's IS_PRINTABLE: note that it leaves out every character beyond the BMP. */
  private static boolean printable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  private static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.CONNECTOR_PUNCTUATION;
  }

  static String singleQuoted(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> out.append(escape(c)));
    return out.append('"').toString();
  }

  private static String escape(int c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case 0 -> "\\0";
      case 0x07 -> "\\a";
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case 0x0B -> "\\v";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      case 0x1B -> "\\e";
      case 0x85 -> "\\N";
      case 0x2028 -> "\\L";
      case 0x2029 -> "\\P";
      default -> {
        if (printable(c) && c != 0x0A) {
          yield Character.toString(c);
        } else if (c <= 0xFF) {
          yield String.format("\\x%02X", c);
        } else if (c <= 0xFFFF) {
          yield String.format("\\u%04X", c);
        } else {
          yield String.format("\\U%08X", c);
        }
      }
    };
  }
}
