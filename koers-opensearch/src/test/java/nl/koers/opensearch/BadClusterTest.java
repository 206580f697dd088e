package nl.koers.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clusters that cannot take papers: each is refused with a message saying what is wrong, and no
 * write request reaches it. Fake clusters are local HTTP servers that answer one way to everything
 * and record what they were asked.
 */
class BadClusterTest {
  @TempDir Path data;
  private FakeCluster server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  /** A fake cluster answering every request with {@code status} and {@code body}. */
  private String fake(int status, String body) throws IOException {
    server = new FakeCluster(status, body);
    return server.url();
  }

  private EngineConfig config(String url, String user, String password) {
    return new EngineConfig(
        "opensearch",
        data,
        url,
        user,
        password,
        null,
        null,
        Map.of("retries", "4", "backoff_millis", "10"));
  }

  private List<String> writes() {
    return server.asked().stream()
        .filter(a -> a.startsWith("PUT") || a.startsWith("POST") || a.startsWith("DELETE"))
        .toList();
  }

  @Test
  void aUrlWhereNothingListensSaysTheClusterCannotBeReached() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThatThrownBy(() -> Engines.openForWriting(config("http://127.0.0.1:" + port, null, null)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot reach the OpenSearch cluster at http://127.0.0.1:" + port);
  }

  @Test
  void aWrongPasswordIsRefusedWithA401MessageAndNothingIsWritten() throws IOException {
    String url =
        fake(401, "{\"error\":{\"type\":\"security_exception\",\"reason\":\"unauthorized\"}}");
    assertThatThrownBy(() -> Engines.openForWriting(config(url, "koers", "wrong")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refused the credentials (401)")
        .hasMessageNotContaining("wrong");
    assertThat(server.asked()).isNotEmpty();
    assertThat(writes()).isEmpty();
  }

  @Test
  void aRedClusterIsRefusedBeforeAnythingIsWritten() throws IOException {
    String url = fake(200, "{\"status\":\"red\",\"timed_out\":true}");
    assertThatThrownBy(() -> Engines.openForWriting(config(url, null, null)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is red")
        .hasMessageContaining("nothing was written");
    assertThat(writes()).isEmpty();
  }

  @Test
  void aStormOf429sIsRetriedThenReportedAsOverloaded() throws IOException {
    String url = fake(429, "{\"error\":{\"type\":\"rejected_execution_exception\"}}");
    assertThatThrownBy(() -> Engines.openForWriting(config(url, null, null)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("stayed overloaded or unavailable (429) after 4 attempts");
    // the health check was asked again and again: back-pressure was honoured, not ignored
    assertThat(server.asked()).hasSize(4);
    assertThat(writes()).isEmpty();
  }

  @Test
  void aCaCertificateFileWithoutCertificatesIsAClearError() throws IOException {
    Path pem = Files.writeString(data.resolve("ca.pem"), "not a certificate\n");
    EngineConfig c =
        new EngineConfig(
            "opensearch", data, "https://127.0.0.1:9200", null, null, null, pem, Map.of());
    assertThatThrownBy(() -> Engines.open(c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("--ca-cert " + pem);
  }

  @Test
  void aMissingUrlNamesTheOptionAndTheEnvironmentVariable() {
    assertThatThrownBy(() -> Engines.open(config(null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--url")
        .hasMessageContaining("KOERS_OPENSEARCH_URL");
  }

  @Test
  void anUnknownBackendListsTheKnownOnes() {
    assertThatThrownBy(
            () ->
                Engines.open(
                    new EngineConfig("solr", data, null, null, null, null, null, Map.of())))
        .hasMessage("unknown backend \"solr\" (known: lucene, opensearch)");
  }
}
