package nl.koers.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.koers.document.Json;

/**
 * Posts a watch's new papers as JSON to its webhook URL. The body is signed with HMAC-SHA256 under
 * a shared secret, in the header {@code X-Koers-Signature: sha256=<hex>}, so the receiver can check
 * it came from this Koers; a failed post (no answer, or not 2xx) is tried again after a doubling
 * pause.
 */
public final class Webhook implements Delivery {
  /** The header with the body's signature. */
  public static final String SIGNATURE = "X-Koers-Signature";

  private final byte[] secret;
  private final int attempts;
  private final Duration firstPause;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * @param secret the signing secret; null or blank sends unsigned posts
   * @param attempts how many times a post is tried in all
   * @param firstPause the pause before the second try; each later pause doubles
   */
  public Webhook(String secret, int attempts, Duration firstPause) {
    this.secret =
        secret == null || secret.isBlank() ? null : secret.strip().getBytes(StandardCharsets.UTF_8);
    this.attempts = Math.max(1, attempts);
    this.firstPause = firstPause;
  }

  /** Three tries, 2 s and 4 s apart. */
  public static Webhook standard(String secret) {
    return new Webhook(secret, 3, Duration.ofSeconds(2));
  }

  /** The body of a post: the watch's name and what it follows, and the new papers. */
  public static byte[] body(Watch w, List<Item> items) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("watch", w.name());
    body.put("follows", w.describe());
    body.put("items", items);
    return Json.mapper().writeValueAsBytes(body);
  }

  /** {@code sha256=<hex>} of the body under the secret. */
  public static String sign(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  @Override
  public void deliver(Watch watch, List<Item> fresh, List<Item> digest) throws IOException {
    if (watch.webhook() == null || fresh.isEmpty()) {
      return;
    }
    byte[] body = body(watch, fresh);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(watch.webhook()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Koers")
            .header("X-Koers-Event", "watch.items")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) {
      request.header(SIGNATURE, sign(secret, body));
    }
    String last = null;
    Duration pause = firstPause;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        HttpResponse<Void> r = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() / 100 == 2) {
          return;
        }
        last = "answered HTTP " + r.statusCode();
      } catch (IOException e) {
        last = "could not be reached (" + e.getMessage() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while posting to the webhook " + watch.webhook(), e);
      }
      if (attempt < attempts) {
        try {
          Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while posting to the webhook " + watch.webhook(), e);
        }
        pause = pause.multipliedBy(2);
      }
    }
    throw new IOException(
        "the webhook " + watch.webhook() + " " + last + " after " + attempts + " tries");
  }
}
