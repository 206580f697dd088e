package nl.koers.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import nl.koers.engine.EngineConfig;

/**
 * The index template shipped as {@code koers-template.json}: installed (or updated) before the
 * first write, and checked against an existing index's {@code _meta.koers_template_version}: an
 * index made by another template version is refused with a message saying how to reindex, before
 * anything is written to it.
 */
final class IndexTemplate {
  static final String NAME = "koers";
  static final ObjectNode TEMPLATE = load();
  static final int VERSION = TEMPLATE.path("_meta").path("koers_template_version").asInt();

  private IndexTemplate() {}

  private static ObjectNode load() {
    try (InputStream in = IndexTemplate.class.getResourceAsStream("koers-template.json")) {
      return (ObjectNode) Cluster.JSON.readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The index name of a configuration (default {@code koers}). */
  static String index(EngineConfig config) {
    String name = config.setting("index", "koers");
    if (!name.startsWith("koers")) {
      throw new IllegalArgumentException(
          "--index-name " + name + " must start with \"koers\" so the index template applies");
    }
    return name;
  }

  /** Installs the template and creates the index when absent; checks its version otherwise. */
  static void ensure(Cluster cluster, EngineConfig config) throws IOException {
    String index = index(config);
    health(cluster, index, false);
    Cluster.Answer exists = cluster.send("HEAD", "/" + index, null, Map.of());
    if (exists.status() == 200) {
      check(cluster, index);
      return;
    }
    ObjectNode template = TEMPLATE.deepCopy();
    cluster.call("PUT", "/_index_template/" + NAME, template);
    ObjectNode create = Cluster.JSON.createObjectNode();
    ObjectNode settings = create.putObject("settings").putObject("index");
    settings.put("number_of_shards", Integer.parseInt(config.setting("shards", "1")));
    settings.put("number_of_replicas", Integer.parseInt(config.setting("replicas", "1")));
    Cluster.Answer made = cluster.send("PUT", "/" + index, create, Map.of());
    if (!made.ok()
        && !made.body()
            .path("error")
            .path("type")
            .asText()
            .equals("resource_already_exists_exception")) {
      throw cluster.failure("PUT", "/" + index, made);
    }
    health(cluster, index, true);
  }

  /** Refuses an index another template version made. */
  static void check(Cluster cluster, String index) throws IOException {
    JsonNode mapping = cluster.call("GET", "/" + index + "/_mapping", null);
    JsonNode meta = mapping.path(index).path("mappings").path("_meta");
    int version = meta.path("koers_template_version").asInt(0);
    if (version != VERSION) {
      throw new IOException(
          "the OpenSearch index "
              + index
              + " was made with Koers index template version "
              + version
              + ", this Koers needs version "
              + VERSION
              + "; nothing was written. Reindex it into a new index (docs/opensearch.md,"
              + " \"After an upgrade\"), or ingest the papers again with --index-name koers-v"
              + VERSION);
    }
  }

  /**
   * Waits for the cluster (or the index) to be at least yellow; a red cluster is refused with a
   * clear message rather than written to half.
   */
  static void health(Cluster cluster, String index, boolean indexOnly) throws IOException {
    Cluster.Answer a =
        cluster.send(
            "GET",
            indexOnly ? "/_cluster/health/" + index : "/_cluster/health",
            null,
            Map.of("wait_for_status", "yellow", "timeout", "20s"));
    if (a.status() == 401 || a.status() == 403 || a.status() == 429 || a.status() == 503) {
      throw cluster.failure("GET", "/_cluster/health", a);
    }
    String status = a.body() == null ? "unknown" : a.body().path("status").asText("unknown");
    if (!a.ok() || "red".equals(status) || a.body().path("timed_out").asBoolean(false)) {
      throw new IOException(
          "the OpenSearch cluster at "
              + cluster.url()
              + " is "
              + status
              + " (not every primary shard"
              + (indexOnly ? " of " + index : "")
              + " is assigned); nothing was written. Check GET /_cluster/health and bring the"
              + " missing nodes back");
    }
  }
}
