package io.jekyll4j.serve;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a raw (still percent-encoded) request path to a file of the built site. This is the one
 * place that guards against leaving the site: it decodes exactly once, rejects every segment that
 * could climb or smuggle a separator, and checks the real path of what it found (symlinks) is
 * still under the real site root.
 */
public final class SitePathResolver {
  private final Path root;
  private final String baseurl;

  /**
   * @param root the built site folder
   * @param baseurl the site's mount point, {@code ""} or like {@code /blog} (normalized here)
   */
  public SitePathResolver(Path root, String baseurl) {
    this.root = root.toAbsolutePath().normalize();
    this.baseurl = normalizeBaseurl(baseurl);
  }

  static String normalizeBaseurl(String baseurl) {
    String b = baseurl == null ? "" : baseurl.trim();
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    if (!b.isEmpty() && !b.startsWith("/")) {
      b = "/" + b;
    }
    return b;
  }

  public String baseurl() {
    return baseurl;
  }

  /** Resolves the raw request path (no query string). */
  public SitePath resolve(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return new SitePath.Malformed();
    }
    Optional<String> decoded = decode(rawPath);
    if (decoded.isEmpty()) {
      return new SitePath.Malformed();
    }
    String path = decoded.get();
    if (!baseurl.isEmpty()) {
      if (path.equals(baseurl)) {
        return new SitePath.Redirect(baseurl + "/");
      }
      if (!path.startsWith(baseurl + "/")) {
        return new SitePath.NotFound();
      }
      path = path.substring(baseurl.length());
    }
    return resolveInSite(path, rawPath);
  }

  /**
   * The decoded request path inside the site, without the baseurl and the leading slash (a
   * folder keeps its trailing slash); empty when it is malformed or outside the baseurl.
   */
  public Optional<String> siteRelative(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
    Optional<String> decoded = decode(rawPath);
    if (decoded.isEmpty()) return Optional.empty();
    String path = decoded.get();
    if (!baseurl.isEmpty()) {
      if (!path.startsWith(baseurl + "/")) return Optional.empty();
      path = path.substring(baseurl.length());
    }
    return Optional.of(path.substring(1));
  }

  /**
   * The files a site-relative request path may name, in the order they are tried: a folder's
   * {@code index.html} then {@code index.htm}; a name as it is, then with {@code .html}.
   */
  static java.util.List<String> candidates(String relative) {
    return relative.isEmpty() || relative.endsWith("/")
        ? java.util.List.of(relative + "index.html", relative + "index.htm")
        : java.util.List.of(relative, relative + ".html");
  }

  private SitePath resolveInSite(String path, String rawPath) {
    String relative = path.substring(1);
    boolean slash = relative.isEmpty() || relative.endsWith("/");
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      return new SitePath.Malformed();
    }
    for (String candidate : candidates(relative)) {
      Optional<Path> file = inside(root.resolve(candidate).normalize());
      if (file.isPresent()) {
        return new SitePath.Found(file.get());
      }
    }
    if (!slash && Files.isDirectory(target) && isUnderRoot(target)) {
      return new SitePath.Redirect(rawPath + "/");
    }
    return new SitePath.NotFound();
  }

  /** The path as a regular file, if it is one and really lies under the site root. */
  private Optional<Path> inside(Path candidate) {
    if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
      return Optional.empty();
    }
    return isUnderRoot(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  private boolean isUnderRoot(Path candidate) {
    try {
      return candidate.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** Percent-decodes once as UTF-8; empty when the result could name something unsafe. */
  static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        int b = hi * 16 + lo;
        if (b == '/' || b == '\\' || b == 0) {
          return Optional.empty(); // encoded separators and NUL
        }
        // %25 is a literal '%' of a file name (a%20b.html is requested as /a%2520b.html): the
        // path is decoded exactly once, so "%2e%2e" left after it names a file, never a parent
        bytes.write(b);
        i += 2;
      } else if (c == '\\' || c == 0 || c > 0x7e || c < 0x20) {
        return Optional.empty();
      } else {
        bytes.write(c);
      }
    }
    Optional<String> text = utf8(bytes.toByteArray());
    return text.filter(SitePathResolver::hasSafeSegments);
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasSafeSegments(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return false;
      }
    }
    return !path.contains("//");
  }
}
