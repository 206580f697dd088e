package nl.koers.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.util.SuppressForbidden;

/**
 * An HTTP server on 127.0.0.1 for the sync tests: serves the pages a test puts on it, counts the
 * requests per path, keeps their headers, and misbehaves when a route says so. Never the internet.
 */
@SuppressForbidden(
    reason = "a local HTTP server from the JDK (com.sun.net.httpserver) plays the sources")
final class SourceServer implements AutoCloseable {
  /** Answers one request; {@code nth} counts this path's requests from 1. */
  @SuppressForbidden(reason = "answers a request of the JDK's HTTP server")
  interface Route {
    void answer(HttpExchange ex, int nth) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  final List<HttpExchange> seen = new CopyOnWriteArrayList<>();

  SourceServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::dispatch);
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Routes match on the path, or on path and query ({@code /sru?...startRecord=3...}). */
  void on(String pathOrQueryPart, Route r) {
    routes.put(pathOrQueryPart, r);
  }

  void serve(String path, String contentType, byte[] body) {
    on(path, (ex, n) -> send(ex, 200, contentType, body));
  }

  int count(String path) {
    return counts.getOrDefault(path, 0);
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Requests whose path starts with this prefix. */
  int countStarting(String prefix) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String query = ex.getRequestURI().getQuery();
    int n = counts.merge(path, 1, Integer::sum);
    seen.add(ex);
    Route r = null;
    if (query != null) {
      for (Map.Entry<String, Route> e : routes.entrySet()) {
        int q = e.getKey().indexOf('?');
        if (q > 0
            && e.getKey().substring(0, q).equals(path)
            && query.contains(e.getKey().substring(q + 1))) {
          r = e.getValue();
        }
      }
    }
    if (r == null) {
      r = routes.get(path);
    }
    try {
      if (r == null) {
        send(ex, 404, "text/plain", utf8("not here"));
      } else {
        r.answer(ex, n);
      }
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
