package nl.koers.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.koers.engine.EngineConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * One cluster's HTTP API through the opensearch-java client: JSON in, JSON out, with basic auth or
 * an API key, TLS with a custom CA, and retries with exponential back-off while the cluster answers
 * 429 (queue full) or 503 (not ready) or cannot be reached. Every other failure becomes an {@link
 * IOException} whose message says what to do, never a stack of client internals. Thread-safe.
 */
final class Cluster implements Closeable {
  static final ObjectMapper JSON = nl.koers.document.Json.mapper();

  /** Attempts for a request the cluster pushes back on (429/503) before giving up. */
  private final int attempts;

  private final long firstBackoffMillis;
  private final String url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  /**
   * A client for the cluster of {@code config}; settings {@code retries} (attempts while the
   * cluster pushes back, default 8) and {@code backoff_millis} (the first pause, doubled each time
   * up to 10 s; default 200).
   */
  Cluster(EngineConfig config) throws IOException {
    this(
        config,
        Integer.parseInt(config.setting("retries", "8")),
        Long.parseLong(config.setting("backoff_millis", "200")));
  }

  Cluster(EngineConfig config, int attempts, long firstBackoffMillis) throws IOException {
    if (config.url() == null || config.url().isBlank()) {
      throw new IllegalArgumentException(
          "--backend opensearch needs --url (or KOERS_OPENSEARCH_URL), e.g. https://host:9200");
    }
    this.url = config.url();
    this.attempts = attempts;
    this.firstBackoffMillis = firstBackoffMillis;
    // several nodes, comma-separated: the client spreads requests and skips a node that is down
    List<HttpHost> hosts = new java.util.ArrayList<>();
    for (String one : url.split(",")) {
      URI uri;
      try {
        uri = URI.create(one.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--url " + one + " is no URL: " + e.getMessage(), e);
      }
      if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
        throw new IllegalArgumentException(
            "--url " + one + " must be http(s)://host:port, e.g. https://localhost:9200");
      }
      hosts.add(
          new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort()));
    }
    ApacheHttpClient5TransportBuilder builder =
        ApacheHttpClient5TransportBuilder.builder(hosts.toArray(HttpHost[]::new));
    Header auth = authorization(config);
    if (auth != null) {
      builder.setDefaultHeaders(new Header[] {auth});
    }
    SSLContext ssl = config.caCert() == null ? null : trusting(config);
    builder.setHttpClientConfigCallback(
        http -> {
          PoolingAsyncClientConnectionManagerBuilder cm =
              PoolingAsyncClientConnectionManagerBuilder.create();
          if (ssl != null) {
            cm.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(ssl).buildAsync());
          }
          return http.setConnectionManager(cm.build());
        });
    builder.setRequestConfigCallback(
        rc ->
            rc.setResponseTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(60))
                .setConnectionRequestTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(10)));
    this.transport = builder.build();
    this.client = new OpenSearchGenericClient(transport);
  }

  private static Header authorization(EngineConfig c) {
    if (c.apiKey() != null) {
      return new BasicHeader("Authorization", "ApiKey " + c.apiKey());
    }
    if (c.user() != null) {
      String pair = c.user() + ":" + (c.password() == null ? "" : c.password());
      return new BasicHeader(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return null;
  }

  private static SSLContext trusting(EngineConfig c) throws IOException {
    try (var in = Files.newInputStream(c.caCert())) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca" + n++, (X509Certificate) cert);
      }
      if (n == 0) {
        throw new IOException("--ca-cert " + c.caCert() + " holds no PEM certificate");
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException("--ca-cert " + c.caCert() + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** An answer: its HTTP status and body (null when empty). */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** A request that must succeed; its JSON answer. */
  JsonNode call(String method, String path, Object body) throws IOException {
    Answer a = send(method, path, body, Map.of());
    if (!a.ok()) {
      throw failure(method, path, a);
    }
    return a.body();
  }

  /** A request whose status the caller judges (404 for an absent index …). */
  Answer send(String method, String path, Object body, Map<String, String> params)
      throws IOException {
    String json =
        body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    return send(method, path, json, params, "application/json");
  }

  /** The bulk API: newline-delimited JSON. */
  Answer bulk(String ndjson) throws IOException {
    return send("POST", "/_bulk", ndjson, Map.of(), "application/x-ndjson");
  }

  private Answer send(
      String method, String path, String body, Map<String, String> params, String type)
      throws IOException {
    long backoff = firstBackoffMillis;
    for (int attempt = 1; ; attempt++) {
      Answer a;
      try {
        a = once(method, path, body, params, type);
      } catch (java.net.ConnectException | java.net.UnknownHostException e) {
        if (attempt >= Math.min(attempts, 3)) {
          throw new IOException(
              "cannot reach the OpenSearch cluster at " + url + " (" + e.getMessage() + ")", e);
        }
        sleep(backoff);
        backoff *= 2;
        continue;
      } catch (javax.net.ssl.SSLException e) {
        throw new IOException(
            "TLS with "
                + url
                + " failed ("
                + e.getMessage()
                + "); for a private CA pass --ca-cert PEM, for a plain cluster use http://",
            e);
      } catch (IOException e) {
        if (attempt >= Math.min(attempts, 3)) {
          throw new IOException(
              "the OpenSearch cluster at " + url + " did not answer: " + e.getMessage(), e);
        }
        sleep(backoff);
        backoff *= 2;
        continue;
      }
      if ((a.status() == 429 || a.status() == 503) && attempt < attempts) {
        // back-pressure: the cluster asks us to slow down; wait, then try the same request again
        sleep(backoff);
        backoff = Math.min(backoff * 2, 10_000);
        continue;
      }
      return a;
    }
  }

  /** One request and its answer, whatever its status. */
  private Answer once(
      String method, String path, String body, Map<String, String> params, String type)
      throws IOException {
    try {
      var b = Requests.builder().method(method).endpoint(path).query(params);
      if (body != null) {
        b.body(Body.from(body.getBytes(StandardCharsets.UTF_8), type));
      }
      try (Response r = client.execute(b.build())) {
        JsonNode node = null;
        if (r.getBody().isPresent()) {
          try (Body rb = r.getBody().get()) {
            byte[] bytes = rb.bodyAsBytes();
            node = bytes.length == 0 ? null : parse(bytes);
          }
        }
        return new Answer(r.getStatus(), node);
      }
    } catch (IOException e) {
      var refused = responseOf(e);
      if (refused == null) {
        throw e;
      }
      // the transport turns some statuses (401, 403, 429 …) into exceptions: back into an
      // answer; the message is the status line, then the body
      String m = refused.getMessage() == null ? "" : refused.getMessage();
      int nl = m.indexOf('\n');
      return new Answer(
          refused.status(),
          nl < 0 ? null : parse(m.substring(nl + 1).getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** The cluster's answer inside a transport exception, or null when there was none. */
  private static org.opensearch.client.transport.httpclient5.ResponseException responseOf(
      Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.opensearch.client.transport.httpclient5.ResponseException r) {
        return r;
      }
    }
    return null;
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  /** A failed answer as a message a person can act on. */
  IOException failure(String method, String path, Answer a) {
    String reason =
        a.body() == null
            ? ""
            : a.body().path("error").isObject()
                ? a.body().path("error").path("reason").asText(a.body().path("error").toString())
                : a.body().path("error").asText(a.body().toString());
    return switch (a.status()) {
      case 401 ->
          new IOException(
              "the OpenSearch cluster at "
                  + url
                  + " refused the credentials (401): check --user and the password"
                  + " (KOERS_OPENSEARCH_PASSWORD or --password-file) or the API key");
      case 403 ->
          new IOException(
              "the OpenSearch user may not " + method + " " + path + " (403): " + reason);
      case 429, 503 ->
          new IOException(
              "the OpenSearch cluster at "
                  + url
                  + " stayed overloaded or unavailable ("
                  + a.status()
                  + ") after "
                  + attempts
                  + " attempts; nothing more was written: try again later");
      default ->
          new IOException(
              "OpenSearch " + method + " " + path + " answered " + a.status() + ": " + reason);
    };
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the cluster");
    }
  }

  String url() {
    return url;
  }

  int attempts() {
    return attempts;
  }

  long firstBackoffMillis() {
    return firstBackoffMillis;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
