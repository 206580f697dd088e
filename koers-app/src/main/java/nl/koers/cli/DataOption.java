package nl.koers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.Engines;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option every command that touches an index shares. Default: {@code
 * $KOERS_DATA}, else {@code $XDG_DATA_HOME/koers}, else {@code ~/.local/share/koers}. With it the
 * engine options: {@code --backend} (embedded {@code lucene}, or {@code opensearch} with {@code
 * --url} and credentials), each also from an environment variable. Secrets never come from the
 * command line itself (it shows in {@code ps}): a password from {@code $KOERS_OPENSEARCH_PASSWORD}
 * or {@code --password-file}, an API key from {@code $KOERS_OPENSEARCH_API_KEY} or {@code
 * --api-key-file}.
 */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "data folder holding the index (default: ${DEFAULT-VALUE})",
      defaultValue = "${env:KOERS_DATA:-${env:XDG_DATA_HOME:-${sys:user.home}/.local/share}/koers}")
  Path dir;

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      description = "search engine: lucene (embedded, default) or opensearch (env KOERS_BACKEND)",
      defaultValue = "${env:KOERS_BACKEND:-lucene}")
  String backend;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "OpenSearch cluster, e.g. https://host:9200 (env KOERS_OPENSEARCH_URL)",
      defaultValue = "${env:KOERS_OPENSEARCH_URL}")
  String url;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "OpenSearch basic-auth user (env KOERS_OPENSEARCH_USER)",
      defaultValue = "${env:KOERS_OPENSEARCH_USER}")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "file holding the OpenSearch password (else env KOERS_OPENSEARCH_PASSWORD;"
              + " env KOERS_OPENSEARCH_PASSWORD_FILE)",
      defaultValue = "${env:KOERS_OPENSEARCH_PASSWORD_FILE}")
  Path passwordFile;

  @Option(
      names = "--api-key-file",
      paramLabel = "FILE",
      description =
          "file holding an OpenSearch API key (else env KOERS_OPENSEARCH_API_KEY;"
              + " env KOERS_OPENSEARCH_API_KEY_FILE)",
      defaultValue = "${env:KOERS_OPENSEARCH_API_KEY_FILE}")
  Path apiKeyFile;

  @Option(
      names = "--ca-cert",
      paramLabel = "PEM",
      description = "certificate authority to trust for TLS (env KOERS_OPENSEARCH_CA_CERT)",
      defaultValue = "${env:KOERS_OPENSEARCH_CA_CERT}")
  Path caCert;

  @Option(
      names = "--index-name",
      paramLabel = "NAME",
      description = "OpenSearch index (env KOERS_OPENSEARCH_INDEX; default koers)",
      defaultValue = "${env:KOERS_OPENSEARCH_INDEX:-koers}")
  String index;

  @Option(
      names = "--shards",
      paramLabel = "N",
      description = "OpenSearch primary shards of a new index (env KOERS_OPENSEARCH_SHARDS)",
      defaultValue = "${env:KOERS_OPENSEARCH_SHARDS:-1}")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "OpenSearch replicas of a new index (env KOERS_OPENSEARCH_REPLICAS)",
      defaultValue = "${env:KOERS_OPENSEARCH_REPLICAS:-1}")
  int replicas;

  /** The engine these options name. */
  EngineConfig engine() throws IOException {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("index", index);
    settings.put("shards", Integer.toString(shards));
    settings.put("replicas", Integer.toString(replicas));
    return new EngineConfig(
        backend,
        dir,
        url,
        user,
        secret(passwordFile, "KOERS_OPENSEARCH_PASSWORD"),
        secret(apiKeyFile, "KOERS_OPENSEARCH_API_KEY"),
        caCert,
        settings);
  }

  /** Whether these options name the embedded engine. */
  boolean embedded() {
    return backend == null || Engines.DEFAULT.equals(backend);
  }

  /** Where the index is, for messages: the data folder, or the cluster and its index. */
  String where() {
    return embedded() ? dir.toString() : url + " (index " + index + ")";
  }

  /** Opens the engine for reading. */
  PaperEngine open() throws IOException {
    return Engines.open(engine());
  }

  private static String secret(Path file, String env) throws IOException {
    if (file != null) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    String value = System.getenv(env);
    return value == null || value.isBlank() ? null : value;
  }
}
