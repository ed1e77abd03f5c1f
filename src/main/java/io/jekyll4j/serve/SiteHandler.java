package io.jekyll4j.serve;

import io.jekyll4j.build.EarlyOutputs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.DateParser;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the built site over HTTP the way {@code jekyll serve} does: Jekyll's URL rules (via
 * {@link SitePathResolver}), the site's own {@code 404.html}, no-cache headers, HEAD and
 * conditional GET, and the live-reload client added to HTML on the way out.
 */
final class SiteHandler extends Handler.Abstract {
  private static final String NO_CACHE =
      "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate";

  private final ServedSite site;
  private final Optional<ReloadScriptInjector> injector;
  private final Optional<byte[]> clientScript;
  private final CountDownLatch firstBuild;
  private final SiteBuilder builder;

  SiteHandler(
      ServedSite site,
      Optional<ReloadScriptInjector> injector,
      Optional<byte[]> clientScript,
      CountDownLatch firstBuild,
      SiteBuilder builder) {
    this.site = site;
    this.injector = injector;
    this.clientScript = clientScript;
    this.firstBuild = firstBuild;
    this.builder = builder;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    boolean head = HttpMethod.HEAD.is(method);
    if (!head && !HttpMethod.GET.is(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
      return true;
    }
    String rawPath = request.getHttpURI().getPath();
    if (clientScript.isPresent() && ReloadScriptInjector.SCRIPT_PATH.equals(rawPath)) {
      send(response, callback, head, HttpStatus.OK_200, "text/javascript; charset=utf-8",
          clientScript.get());
      return true;
    }
    if (firstBuild.getCount() > 0 && serveEarly(request, response, callback, head, rawPath)) {
      return true;
    }
    firstBuild.await(10, TimeUnit.MINUTES);
    SitePath target = site.resolve(rawPath);
    if (target instanceof SitePath.Found found) {
      try {
        serveFile(request, response, callback, head, found.file(), HttpStatus.OK_200);
      } catch (NoSuchFileException e) {
        // the file went away under us (a rebuild replaced the folder): look again
        SitePath again = site.resolve(rawPath);
        if (again instanceof SitePath.Found now) {
          serveFile(request, response, callback, head, now.file(), HttpStatus.OK_200);
        } else {
          notFound(request, response, callback, head);
        }
      }
    } else if (target instanceof SitePath.Redirect redirect) {
      String query = request.getHttpURI().getQuery();
      String location = redirect.location() + (query == null ? "" : "?" + query);
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, NO_CACHE);
      Response.sendRedirect(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301,
          location, false);
    } else if (target instanceof SitePath.Malformed) {
      Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
    } else {
      notFound(request, response, callback, head);
    }
    return true;
  }

  /**
   * While the first build runs, answers a request for one of its outputs by rendering that page
   * ahead of the rest (the bytes the build will write), so the first page does not wait for the
   * whole site. Anything else (not found, a render error) waits for the build as before.
   */
  private boolean serveEarly(Request request, Response response, Callback callback, boolean head,
      String rawPath) throws InterruptedException, IOException {
    Optional<EarlyOutputs> early = builder.firstBuildOutputs();
    Optional<String> relative = site.siteRelative(rawPath);
    if (early.isEmpty() || relative.isEmpty()) return false;
    String path = relative.get();
    for (String candidate : SitePathResolver.candidates(path)) {
      if (!early.get().isFile(candidate)) continue;
      Optional<EarlyOutputs.Output> output;
      try {
        output = early.get().get(candidate);
      } catch (RuntimeException e) {
        return false; // the build fails with it: its report and overlay follow
      }
      if (output.isEmpty()) return false;
      if (output.get() instanceof EarlyOutputs.Output.Copied copied) {
        serveFile(request, response, callback, head, copied.file(), HttpStatus.OK_200);
      } else if (output.get() instanceof EarlyOutputs.Output.Rendered rendered) {
        String type = ContentTypes.forName(candidate.substring(candidate.lastIndexOf('/') + 1));
        byte[] body = rendered.bytes();
        if (injector.isPresent() && ContentTypes.isHtml(type)) body = injector.get().inject(body);
        send(response, callback, head, HttpStatus.OK_200, type, body);
      }
      return true;
    }
    if (!path.isEmpty() && !path.endsWith("/") && early.get().isFolder(path)) {
      String query = request.getHttpURI().getQuery();
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, NO_CACHE);
      Response.sendRedirect(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301,
          rawPath + "/" + (query == null ? "" : "?" + query), false);
      return true;
    }
    return false;
  }

  private void notFound(Request request, Response response, Callback callback, boolean head)
      throws IOException, InterruptedException {
    SitePath page = site.resolve(site.baseurl() + "/404.html");
    if (page instanceof SitePath.Found found) {
      serveFile(request, response, callback, head, found.file(), HttpStatus.NOT_FOUND_404);
    } else if (injector.isPresent()) {
      // A small page that carries the live-reload client: after a failed first build (no site
      // yet) it shows the error overlay, and it reloads once the fixed build writes the page.
      byte[] page404 = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title>"
          + "</head>\n<body><h1>Not found</h1>\n</body></html>\n").getBytes(StandardCharsets.UTF_8);
      send(response, callback, head, HttpStatus.NOT_FOUND_404, "text/html; charset=utf-8",
          injector.get().inject(page404));
    } else {
      send(response, callback, head, HttpStatus.NOT_FOUND_404, "text/plain; charset=utf-8",
          "Not found\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private void serveFile(Request request, Response response, Callback callback, boolean head,
      Path file, int status) throws IOException {
    String type = ContentTypes.forName(file.getFileName().toString());
    boolean inject = injector.isPresent() && ContentTypes.isHtml(type);
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    long modified = attrs.lastModifiedTime().toMillis();
    String etag = "W/\"" + Long.toHexString(attrs.size()) + "-"
        + Long.toHexString(attrs.lastModifiedTime().to(TimeUnit.MICROSECONDS))
        + (inject ? "-lr" : "") + "\"";
    response.getHeaders().put(HttpHeader.ETAG, etag);
    response.getHeaders().put(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(modified));
    if (status == HttpStatus.OK_200 && notModified(request, etag, modified)) {
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, NO_CACHE);
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      response.write(true, null, callback);
      return;
    }
    byte[] body = Files.readAllBytes(file);
    if (inject) {
      body = injector.get().inject(body);
    }
    send(response, callback, head, status, type, body);
  }

  private static boolean notModified(Request request, String etag, long modified) {
    String ifNoneMatch = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.trim();
        if (t.equals("*") || t.equals(etag) || ("W/" + t).equals(etag)) {
          return true;
        }
      }
      return false;
    }
    String since = request.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE);
    if (since != null) {
      long date = DateParser.parseDate(since);
      return date >= 0 && modified / 1000 <= date / 1000;
    }
    return false;
  }

  private static void send(Response response, Callback callback, boolean head, int status,
      String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, NO_CACHE);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }
}
