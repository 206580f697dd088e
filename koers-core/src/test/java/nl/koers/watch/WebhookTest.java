package nl.koers.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.SuppressForbidden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

// the JDK's own HTTP server (module jdk.httpserver, a supported API that forbiddenapis files under
// com.sun.*) is the real receiver the webhook posts to, with no dependency added
@SuppressForbidden(reason = "com.sun.net.httpserver is exported, supported JDK API")
class WebhookTest {
  private static final Item ITEM =
      new Item(
          "navo", "kst-28676-503", "Brief", "2025-06-20", "brief", "De NAVO …", null, 1, "f", 2);

  private HttpServer server;
  private final List<String> signatures = new CopyOnWriteArrayList<>();
  private final List<byte[]> bodies = new CopyOnWriteArrayList<>();

  /** A receiver that answers 500 to the first {@code failures} posts, then 204. */
  private String receiver(int failures) throws IOException {
    AtomicInteger calls = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          bodies.add(exchange.getRequestBody().readAllBytes());
          signatures.add(exchange.getRequestHeaders().getFirst(Webhook.SIGNATURE));
          exchange.sendResponseHeaders(calls.incrementAndGet() <= failures ? 500 : 204, -1);
          exchange.close();
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static Watch watch(String url) {
    return WatchFixture.navo(null, null, url);
  }

  @Test
  void postsTheItemsSignedWithTheSecret() throws IOException {
    String url = receiver(0);
    Webhook.standard("s3cret").deliver(watch(url), List.of(ITEM), List.of());

    assertThat(bodies).hasSize(1);
    String body = new String(bodies.get(0), StandardCharsets.UTF_8);
    assertThat(body).contains("\"watch\":\"navo\"").contains("\"id\":\"kst-28676-503\"");
    // the receiver's check: HMAC-SHA256 of the exact body under the shared secret
    assertThat(signatures.get(0))
        .isEqualTo(Webhook.sign("s3cret".getBytes(StandardCharsets.UTF_8), bodies.get(0)))
        .startsWith("sha256=")
        .hasSize("sha256=".length() + 64);
    assertThat(signatures.get(0))
        .isNotEqualTo(Webhook.sign("other".getBytes(StandardCharsets.UTF_8), bodies.get(0)));
  }

  @Test
  void aFailingReceiverIsTriedAgain() throws IOException {
    String url = receiver(2);
    new Webhook("s3cret", 3, Duration.ofMillis(10)).deliver(watch(url), List.of(ITEM), List.of());

    assertThat(bodies).hasSize(3);
    assertThat(signatures).containsOnly(signatures.get(0));
  }

  @Test
  void aReceiverThatKeepsFailingEndsInAClearError() throws IOException {
    String url = receiver(99);
    Webhook hook = new Webhook("s3cret", 3, Duration.ofMillis(10));

    assertThatThrownBy(() -> hook.deliver(watch(url), List.of(ITEM), List.of()))
        .isInstanceOf(IOException.class)
        .hasMessage("the webhook " + url + " answered HTTP 500 after 3 tries");
    assertThat(bodies).hasSize(3);
  }

  @Test
  void nothingNewPostsNothing() throws IOException {
    String url = receiver(0);
    Webhook.standard("s3cret").deliver(watch(url), List.of(), List.of());

    assertThat(bodies).isEmpty();
  }
}
