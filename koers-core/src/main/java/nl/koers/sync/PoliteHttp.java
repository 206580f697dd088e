package nl.koers.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one HTTP client of a sync: names Koers in its user agent, keeps to the rate limit, retries
 * 429, 5xx, timeouts and broken connections with exponential backoff (honouring {@code Retry-After}
 * in seconds or as an HTTP-date), sends {@code If-None-Match}/{@code If-Modified-Since} when it has
 * validators, refuses bodies over {@code maxBytes} (by {@code Content-Length} and by counting while
 * streaming), refuses truncated bodies and redirects to another host. Thread-safe.
 */
final class PoliteHttp {
  private static final int MAX_REDIRECTS = 5;

  /** What a previous fetch of the same URL told us, for a conditional request. */
  record Validators(String etag, String lastModified) {
    static final Validators NONE = new Validators(null, null);
  }

  /** A fetched body: {@code file} is null when the source answered 304 Not Modified. */
  record Download(Path file, boolean notModified, Validators validators, String contentType) {}

  private final SyncOptions options;
  private final HttpClient client;
  private final RateLimiter rate;
  private final Clock clock;
  private final AtomicInteger requests = new AtomicInteger();

  PoliteHttp(SyncOptions options) {
    this(options, Clock.systemUTC());
  }

  PoliteHttp(SyncOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.rate = new RateLimiter(options.rate());
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            // redirects are followed by hand: only to the same host
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.timeout())
            .build();
  }

  /** How many requests were sent (retries and redirects included). */
  int requests() {
    return requests.get();
  }

  /** A listing page, into memory. */
  byte[] page(URI uri) throws IOException, InterruptedException {
    ByteArrayOutputStream[] buf = new ByteArrayOutputStream[1];
    fetch(
        uri,
        Validators.NONE,
        () -> {
          buf[0] = new ByteArrayOutputStream();
          return buf[0];
        });
    return buf[0].toByteArray();
  }

  /**
   * A file, into a new temporary file in {@code tmpDir}. On any failure the temporary file is
   * removed before the exception leaves.
   */
  Download download(URI uri, Validators validators, Path tmpDir)
      throws IOException, InterruptedException {
    Files.createDirectories(tmpDir);
    Path tmp = Files.createTempFile(tmpDir, "fetch-", ".part");
    try {
      Response r =
          fetch(
              uri,
              validators,
              () ->
                  Files.newOutputStream(
                      tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
      if (r.notModified()) {
        Files.deleteIfExists(tmp);
        return new Download(null, true, r.validators(), r.contentType());
      }
      return new Download(tmp, false, r.validators(), r.contentType());
    } catch (IOException | InterruptedException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private interface Sink {
    OutputStream open() throws IOException;
  }

  private record Response(boolean notModified, Validators validators, String contentType) {}

  /** A failure worth another attempt, with the words to report if none is left. */
  private static final class Retry extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Optional<Duration> wait;

    Retry(String reason, Optional<Duration> wait) {
      super(reason, null, false, false);
      this.wait = wait;
    }
  }

  private Response fetch(URI start, Validators validators, Sink sink)
      throws IOException, InterruptedException {
    URI uri = start;
    int redirects = 0;
    for (int attempt = 0; ; ) {
      rate.acquire();
      requests.incrementAndGet();
      HttpRequest.Builder req =
          HttpRequest.newBuilder(uri)
              .GET()
              .timeout(options.timeout())
              .header("User-Agent", options.userAgent());
      if (validators.etag() != null) {
        req.header("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        req.header("If-Modified-Since", validators.lastModified());
      }
      try {
        HttpResponse<InputStream> resp;
        try {
          resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
          throw new Retry(
              "no answer within " + options.timeout().toMillis() + " ms (timeout)",
              Optional.empty());
        } catch (IOException e) {
          throw new Retry("connection failed: " + e.getMessage(), Optional.empty());
        }
        int status = resp.statusCode();
        if (status >= 300 && status < 400 && status != 304) {
          resp.body().close();
          String location = resp.headers().firstValue("Location").orElse(null);
          if (location == null) {
            throw new FetchException(uri, "HTTP " + status + " without a Location");
          }
          URI target = uri.resolve(location);
          if (!sameOrigin(uri, target)) {
            throw new FetchException(
                uri,
                "refused a redirect to another host: " + target.getHost() + " (" + target + ")");
          }
          if (++redirects > MAX_REDIRECTS) {
            throw new FetchException(uri, "more than " + MAX_REDIRECTS + " redirects");
          }
          uri = target;
          continue;
        }
        Validators got =
            new Validators(
                resp.headers().firstValue("ETag").orElse(null),
                resp.headers().firstValue("Last-Modified").orElse(null));
        String contentType = resp.headers().firstValue("Content-Type").orElse("");
        if (status == 304) {
          resp.body().close();
          return new Response(true, validators, contentType);
        }
        if (status == 429 || status >= 500) {
          resp.body().close();
          throw new Retry(
              "HTTP " + status,
              RetryAfter.parse(
                  resp.headers().firstValue("Retry-After").orElse(null), clock.instant()));
        }
        if (status < 200 || status >= 300) {
          resp.body().close();
          throw new FetchException(uri, "HTTP " + status, status);
        }
        long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > options.maxBytes()) {
          resp.body().close();
          throw new FetchException(
              uri, "is " + length + " bytes, more than --max-bytes " + options.maxBytes());
        }
        copy(uri, resp.body(), sink, length);
        return new Response(false, got, contentType);
      } catch (Retry r) {
        if (attempt >= options.retries()) {
          throw new FetchException(
              uri, r.getMessage() + (attempt > 0 ? " (after " + (attempt + 1) + " attempts)" : ""));
        }
        Duration wait = r.wait.orElse(options.backoff().multipliedBy(1L << Math.min(attempt, 16)));
        if (wait.compareTo(options.maxRetryWait()) > 0) {
          throw new FetchException(
              uri,
              r.getMessage()
                  + "; the source asks to wait "
                  + wait.toSeconds()
                  + " s, longer than "
                  + options.maxRetryWait().toSeconds()
                  + " s");
        }
        attempt++;
        Thread.sleep(wait.toMillis());
      }
    }
  }

  /** Streams the body into a fresh sink, counting; a short or oversized body is an error. */
  private void copy(URI uri, InputStream body, Sink sink, long length) throws IOException, Retry {
    long count = 0;
    try (InputStream in = body;
        OutputStream out = sink.open()) {
      byte[] buf = new byte[64 * 1024];
      int n;
      while (true) {
        try {
          n = in.read(buf);
        } catch (IOException e) {
          throw new Retry(
              "body broke off after "
                  + count
                  + (length >= 0 ? " of " + length : "")
                  + " bytes (truncated): "
                  + e.getMessage(),
              Optional.empty());
        }
        if (n < 0) {
          break;
        }
        count += n;
        if (count > options.maxBytes()) {
          throw new FetchException(
              uri,
              "is more than --max-bytes " + options.maxBytes() + " bytes (counted while reading)");
        }
        out.write(buf, 0, n);
      }
    }
    if (length >= 0 && count != length) {
      throw new Retry(
          "body has " + count + " of its " + length + " bytes (truncated)", Optional.empty());
    }
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
        && Objects.equals(lower(a.getHost()), lower(b.getHost()))
        && a.getPort() == b.getPort();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
