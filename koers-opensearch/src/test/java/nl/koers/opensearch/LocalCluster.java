package nl.koers.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koers.engine.EngineConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real two-node OpenSearch cluster for the tests of this module, started once per test run with
 * {@code scripts/opensearch-local.sh} (child processes under an unprivileged uid, 256 MB heaps) and
 * always stopped: when the run ends (JUnit closes the root store) and, should the JVM die first,
 * from a shutdown hook. Use with {@code @ExtendWith(LocalCluster.class)} and {@link #get()}.
 */
public final class LocalCluster
    implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {
  private static final Path SCRIPT = Path.of("../scripts/opensearch-local.sh").toAbsolutePath();
  private static final Path DIR =
      Path.of(
              System.getenv()
                  .getOrDefault("KOERS_TEST_OPENSEARCH_DIR", "target/opensearch-cluster"))
          .toAbsolutePath();
  private static LocalCluster running;

  private final String url;
  private final Thread hook = new Thread(LocalCluster::stopNodes, "opensearch-stop");

  /** For JUnit's extension registry only. */
  public LocalCluster() {
    this.url = null;
  }

  private LocalCluster(String url) {
    this.url = url;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(LocalCluster.class, k -> get(), LocalCluster.class);
  }

  /** The running cluster, started on first use. */
  static synchronized LocalCluster get() {
    String given = System.getenv("KOERS_TEST_OPENSEARCH_URL");
    if (running == null && given != null && !given.isBlank()) {
      // a cluster the developer started (scripts/opensearch-local.sh start DIR 2): used, not
      // stopped; the node kill test needs KOERS_TEST_OPENSEARCH_DIR as well
      return new LocalCluster(given.strip());
    }
    if (running == null) {
      try {
        String out = run(List.of(SCRIPT.toString(), "start", DIR.toString(), "2"), 300);
        List<String> lines = out.lines().toList();
        running = new LocalCluster(lines.get(lines.size() - 1).strip());
        Runtime.getRuntime().addShutdownHook(running.hook);
      } catch (IOException e) {
        stopNodes();
        throw new IllegalStateException("the test cluster did not start: " + e.getMessage(), e);
      }
    }
    return running;
  }

  String url() {
    return url;
  }

  /**
   * A configuration for index {@code index} on this cluster (every node's address, so a client
   * rides out one node's death), one replica, quick retries.
   */
  EngineConfig config(Path dataDir, String index) {
    List<String> urls = new java.util.ArrayList<>();
    for (int n = 1; Files.isRegularFile(DIR.resolve("node" + n).resolve("http.port")); n++) {
      try {
        urls.add(
            "http://127.0.0.1:"
                + Files.readString(DIR.resolve("node" + n).resolve("http.port")).strip());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new EngineConfig(
        "opensearch",
        dataDir,
        urls.isEmpty() ? url : String.join(",", urls),
        null,
        null,
        null,
        null,
        Map.of("index", index, "shards", "1", "replicas", "1", "backoff_millis", "100"));
  }

  /**
   * A node that is not the elected cluster manager. Two nodes make no quorum of their own: losing
   * the manager stops the cluster until it is back, by design; losing the other is the failure a
   * client must ride out.
   */
  int nonManagerNode() throws IOException {
    try {
      String manager =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/_cat/cluster_manager?h=node")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body()
              .strip();
      return manager.equals("node1") ? 2 : 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Kills node {@code n} at once ({@code kill -9}): no shutdown, no flush. */
  void kill(int n) throws IOException {
    String pid = Files.readString(DIR.resolve("node" + n).resolve("pid")).strip();
    run(List.of("kill", "-9", pid), 10);
  }

  /** Starts node {@code n} again and waits until the cluster is green. */
  void restart(int n) throws IOException {
    run(List.of(SCRIPT.toString(), "start-node", DIR.toString(), Integer.toString(n)), 180);
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 180; i++) {
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(
                            URI.create(
                                url
                                    + "/_cluster/health?wait_for_status=green&wait_for_nodes=2"
                                    + "&timeout=2s"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (body.contains("\"status\":\"green\"")) {
          return;
        }
      } catch (IOException e) {
        // node 1 answers throughout; a hiccup is retried
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      sleep();
    }
    throw new IOException("the cluster was not green again within 3 minutes");
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    if (running == null) {
      return; // a cluster given from outside stays up
    }
    synchronized (LocalCluster.class) {
      stopNodes();
      if (running != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(running.hook);
        } catch (IllegalStateException e) {
          // already shutting down: the hook runs anyway
        }
        running = null;
      }
    }
  }

  private static void stopNodes() {
    try {
      run(List.of(SCRIPT.toString(), "stop", DIR.toString()), 120);
    } catch (IOException e) {
      System.err.println("could not stop the test cluster: " + e.getMessage());
    }
  }

  private static String run(List<String> command, int seconds) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("OPENSEARCH_HEAP", "256m");
    Process p = pb.start();
    String out;
    try {
      // read while it runs: a full pipe would block the script
      byte[] bytes = p.getInputStream().readAllBytes();
      out = new String(bytes, StandardCharsets.UTF_8);
      if (!p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(command + " took longer than " + seconds + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (p.exitValue() != 0) {
      throw new IOException(command + " failed (" + p.exitValue() + "):\n" + out);
    }
    return out;
  }
}
