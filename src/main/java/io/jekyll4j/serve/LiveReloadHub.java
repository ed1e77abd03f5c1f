package io.jekyll4j.serve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the connected live-reload clients and tells each what to do after a build: reload when
 * the page it shows changed, swap changed stylesheets in place otherwise, and show or clear the
 * error overlay. It remembers the last failure so pages opened meanwhile show it too.
 */
public final class LiveReloadHub {
  private static final Logger LOG = LoggerFactory.getLogger(LiveReloadHub.class);

  private volatile String baseurl;
  private final Set<LiveReloadClient> clients = ConcurrentHashMap.newKeySet();
  private volatile Optional<BuildFailure> failure = Optional.empty();
  private volatile Optional<String> movedFrom = Optional.empty();

  public LiveReloadHub(String baseurl) {
    this.baseurl = SitePathResolver.normalizeBaseurl(baseurl);
  }

  /** Names changed pages under this baseurl from now on (the config changed it). */
  void useBaseurl(String baseurl) {
    String b = SitePathResolver.normalizeBaseurl(baseurl);
    if (!b.equals(this.baseurl)) {
      movedFrom = Optional.of(this.baseurl);
      this.baseurl = b;
    }
  }

  /** After a baseurl change every page moved: each tab reloads at its page's new address. */
  private boolean tellMoved() {
    Optional<String> from = movedFrom;
    if (from.isEmpty()) return false;
    movedFrom = Optional.empty();
    String old = from.get();
    for (LiveReloadClient client : clients) {
      if (!client.greeted()) continue;
      String page = client.pageKey().orElse(old);
      String rest = page.startsWith(old) ? page.substring(old.length()) : "";
      client.send(LiveReloadMessages.reload(baseurl + (rest.isEmpty() ? "/" : rest), true));
    }
    return true;
  }

  public int clientCount() {
    return clients.size();
  }

  /** Clients that have said which page they show (tests wait on this). */
  int clientsWithKnownPage() {
    return (int) clients.stream().filter(c -> c.pageKey().isPresent()).count();
  }

  void connected(LiveReloadClient client) {
    clients.add(client);
  }

  void disconnected(LiveReloadClient client) {
    clients.remove(client);
  }

  void received(LiveReloadClient client, String text) {
    String command = LiveReloadMessages.command(text).orElse("");
    switch (command) {
      case "hello" -> {
        List<String> protocols = LiveReloadMessages.protocols(text);
        client.greet(protocols.contains(LiveReloadMessages.OVERLAY_PROTOCOL));
        client.send(LiveReloadMessages.hello());
        Optional<BuildFailure> now = failure;
        if (client.understandsOverlay() && now.isPresent()) {
          client.send(LiveReloadMessages.error(now.get()));
        }
      }
      case "info", "url" -> LiveReloadMessages.url(text).ifPresent(client::showing);
      default -> LOG.debug("live reload: ignoring {}", text);
    }
  }

  /** Tells every client about a finished build. */
  public void publish(BuildReport report) {
    if (report.failure().isPresent()) {
      failure = report.failure();
      String message = LiveReloadMessages.error(report.failure().get());
      clients.stream().filter(c -> c.greeted() && c.understandsOverlay())
          .forEach(c -> c.send(message));
      return;
    }
    boolean recovered = failure.isPresent();
    failure = Optional.empty();
    if (tellMoved()) return;
    ReloadPlan plan = ReloadPlan.of(report.changedOutputs(), baseurl);
    for (LiveReloadClient client : clients) {
      if (!client.greeted()) {
        continue;
      }
      if (recovered && client.understandsOverlay()) {
        client.send(LiveReloadMessages.ok());
      }
      tell(client, plan);
    }
  }

  private void tell(LiveReloadClient client, ReloadPlan plan) {
    Optional<String> page = client.pageKey();
    if (page.isEmpty() && !plan.pages().isEmpty()) {
      client.send(LiveReloadMessages.reload(plan.pages().values().iterator().next(), true));
      return;
    }
    if (page.isPresent() && plan.pages().containsKey(page.get())) {
      client.send(LiveReloadMessages.reload(plan.pages().get(page.get()), true));
      return;
    }
    plan.stylesheets().forEach(css -> client.send(LiveReloadMessages.reload(css, true)));
    plan.assets().forEach(a -> client.send(LiveReloadMessages.reload(a, true)));
  }
}
