package io.jekyll4j.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Adds the live-reload client to HTML as it is served (never to files on disk): a script tag
 * right before the last {@code </body>}, or at the end when the page has none.
 */
public final class ReloadScriptInjector {
  /** The path the client script is served at (outside any baseurl, like Jekyll's). */
  public static final String SCRIPT_PATH = "/livereload.js";

  private static final byte[] TAG =
      ("<script src=\"" + SCRIPT_PATH + "\" data-jekyll4j-livereload></script>")
          .getBytes(StandardCharsets.UTF_8);

  /** The page with the client script added. */
  public byte[] inject(byte[] html) {
    String text = new String(html, StandardCharsets.ISO_8859_1); // byte-preserving view
    int at = text.toLowerCase(Locale.ROOT).lastIndexOf("</body");
    int pos = at < 0 ? html.length : at;
    byte[] out = new byte[html.length + TAG.length];
    System.arraycopy(html, 0, out, 0, pos);
    System.arraycopy(TAG, 0, out, pos, TAG.length);
    System.arraycopy(html, pos, out, pos + TAG.length, html.length - pos);
    return out;
  }
}
