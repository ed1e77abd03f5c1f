package io.jekyll4j.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test WebSocket client that queues every text message it receives. */
final class WsClient implements WebSocket.Listener, AutoCloseable {
  final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  WsClient(String httpBase) {
    URI uri = URI.create(httpBase.replaceFirst("^http", "ws") + "/livereload");
    socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, this).join();
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  /** The next message, or fails after ten seconds. */
  String next() throws InterruptedException {
    String m = received.poll(10, TimeUnit.SECONDS);
    if (m == null) {
      throw new AssertionError("no WebSocket message within 10 s");
    }
    return m;
  }

  /** The next message within a short wait, or null if none came. */
  String poll(long millis) throws InterruptedException {
    return received.poll(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      received.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public void close() {
    socket.abort();
  }
}
