package io.jekyll4j.serve;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Adapts one Jetty WebSocket session at {@code /livereload} to a {@link LiveReloadClient}.
 * Public only because Jetty binds listener methods by reflection; it has no public constructor.
 */
public final class LiveReloadSocket extends LiveReloadClient implements Session.Listener.AutoDemanding {
  private final LiveReloadHub hub;
  private volatile Session session;

  LiveReloadSocket(LiveReloadHub hub) {
    this.hub = hub;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    hub.connected(this);
  }

  @Override
  public void onWebSocketText(String message) {
    hub.received(this, message);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    hub.disconnected(this);
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    hub.disconnected(this);
  }

  @Override
  void send(String text) {
    Session s = session;
    if (s != null && s.isOpen()) {
      s.sendText(text, Callback.NOOP);
    }
  }
}
