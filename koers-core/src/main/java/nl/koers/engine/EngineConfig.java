package nl.koers.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where an index lives and how to reach it. The embedded engine needs only {@code dataDir}; a
 * cluster needs {@code url} and credentials.
 *
 * @param backend engine name, {@value Engines#DEFAULT} when null
 * @param dataDir the data folder (the embedded index; uploads and imported records for every
 *     engine)
 * @param url the cluster's address, e.g. {@code https://host:9200}
 * @param user basic-auth user, or null
 * @param password basic-auth password, or null
 * @param apiKey an API key (sent as {@code Authorization: ApiKey …}), or null
 * @param caCert a PEM file of the certificate authority to trust for TLS, or null
 * @param settings backend-specific settings ({@code index}, {@code shards}, {@code replicas})
 */
public record EngineConfig(
    String backend,
    Path dataDir,
    String url,
    String user,
    String password,
    String apiKey,
    Path caCert,
    Map<String, String> settings) {
  public EngineConfig {
    backend = backend == null || backend.isBlank() ? Engines.DEFAULT : backend;
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }

  /** The embedded engine on a data folder. */
  public static EngineConfig embedded(Path dataDir) {
    return new EngineConfig(Engines.DEFAULT, dataDir, null, null, null, null, null, Map.of());
  }

  /** Whether this is the embedded Lucene engine. */
  public boolean embedded() {
    return Engines.DEFAULT.equals(backend);
  }

  /** A backend setting, or {@code fallback}. */
  public String setting(String name, String fallback) {
    return settings.getOrDefault(name, fallback);
  }

  @Override
  public String toString() {
    // never print secrets in logs or error messages
    return "EngineConfig[backend="
        + backend
        + ", dataDir="
        + dataDir
        + ", url="
        + url
        + ", user="
        + user
        + ", settings="
        + settings
        + "]";
  }
}
