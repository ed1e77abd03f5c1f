package io.jekyll4j.theme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a POSIX ustar archive in memory, the format RubyGems reads for a {@code .gem} and its
 * {@code data.tar.gz}: regular files only, names split into prefix and name past 100 bytes.
 */
final class Tar {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final long mtimeSeconds;

  /** An archive whose entries all carry the time {@code mtimeSeconds} (seconds since the epoch). */
  Tar(long mtimeSeconds) {
    this.mtimeSeconds = mtimeSeconds;
  }

  /** Adds the file {@code name} ({@code /}-separated) with mode {@code mode} (e.g. 0644). */
  Tar add(String name, byte[] data, int mode) {
    byte[] header = new byte[512];
    byte[] full = name.getBytes(StandardCharsets.UTF_8);
    String prefix = "";
    String rest = name;
    if (full.length > 100) {
      int cut = name.lastIndexOf('/', Math.min(name.length() - 1, 155));
      while (cut > 0 && (name.substring(cut + 1).getBytes(StandardCharsets.UTF_8).length > 100
          || name.substring(0, cut).getBytes(StandardCharsets.UTF_8).length > 155)) {
        cut = name.lastIndexOf('/', cut - 1);
      }
      if (cut <= 0) throw new IllegalArgumentException("name too long for a tar entry: " + name);
      prefix = name.substring(0, cut);
      rest = name.substring(cut + 1);
    }
    put(header, 0, 100, rest);
    put(header, 100, 8, octal(mode, 7));
    put(header, 108, 8, octal(0, 7));
    put(header, 116, 8, octal(0, 7));
    put(header, 124, 12, octal(data.length, 11));
    put(header, 136, 12, octal(mtimeSeconds, 11));
    Arrays.fill(header, 148, 156, (byte) ' ');
    header[156] = '0';
    put(header, 257, 6, "ustar");
    put(header, 263, 2, "00");
    put(header, 265, 32, "wheel");
    put(header, 297, 32, "wheel");
    put(header, 345, 155, prefix);
    long sum = 0;
    for (byte b : header) sum += b & 0xff;
    put(header, 148, 8, octal(sum, 6));
    header[154] = 0;
    header[155] = ' ';
    out.writeBytes(header);
    out.writeBytes(data);
    int pad = (512 - data.length % 512) % 512;
    out.writeBytes(new byte[pad]);
    return this;
  }

  /** The archive, closed with two empty blocks. */
  byte[] bytes() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(new byte[1024]);
    return copy.toByteArray();
  }

  private static String octal(long value, int digits) {
    String s = Long.toOctalString(value);
    return "0".repeat(Math.max(0, digits - s.length())) + s;
  }

  private static void put(byte[] header, int at, int length, String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, header, at, Math.min(b.length, length));
  }
}
