package nl.koers.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.SharedCorpus;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.Engines;
import nl.koers.engine.PaperEngine;
import nl.koers.engine.PaperStore;
import nl.koers.index.Fields;
import nl.koers.index.IngestResult;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A real cluster that loses a node mid-ingest, and an index an older Koers made. */
@ExtendWith(LocalCluster.class)
class ClusterFailureTest {
  @TempDir Path data;

  private static List<Path> devPapers() throws IOException {
    try (var list = Files.list(SharedCorpus.dev().resolve("docs"))) {
      return list.sorted().toList();
    }
  }

  @Test
  void everyAcknowledgedPaperSurvivesANodeKilledMidIngestAndIngestingAgainAddsNoCopies()
      throws IOException {
    LocalCluster cluster = LocalCluster.get();
    EngineConfig config = withSetting(cluster.config(data, "koers-kill"), Map.of("retries", "3"));
    try (Cluster http = new Cluster(config)) {
      http.send("DELETE", "/koers-kill", null, Map.of()); // a fresh index, also on a reused cluster
    }
    List<Path> files = devPapers();
    PaperProcessor processor = PaperProcessor.standard();
    Set<String> acknowledged = new LinkedHashSet<>();
    int victim = cluster.nonManagerNode();
    try (PaperStore store = Engines.openForWriting(config)) {
      for (int i = 0; i < files.size(); i++) {
        if (i == files.size() / 3) {
          cluster.kill(victim);
        }
        IngestResult r;
        try {
          r = store.ingest(files.get(i), processor);
        } catch (IOException e) {
          break; // the cluster could not take it: neither acknowledged nor reported indexed
        }
        if (r.status() == IngestResult.Status.INDEXED) {
          acknowledged.add(r.id());
        }
      }
    } catch (IOException e) {
      // closing refreshes, which may fail while the node is down; acknowledged writes are durable
    }
    cluster.restart(victim);
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(files.size() / 3);
    try (PaperEngine engine = Engines.open(config)) {
      for (String id : acknowledged) {
        assertThat(engine.get(id)).as(id).isPresent();
        assertThat(engine.search(SearchRequest.of(id)).hits().get(0).id()).isEqualTo(id);
      }
    }
    Map<IngestResult.Status, Integer> again = new HashMap<>();
    try (PaperStore store = Engines.openForWriting(config);
        PaperStore embedded = Engines.openForWriting(EngineConfig.embedded(data))) {
      for (Path f : files) {
        again.merge(store.ingest(f, processor).status(), 1, Integer::sum);
        embedded.ingest(f, processor);
      }
    }
    assertThat(again).doesNotContainKey(IngestResult.Status.FAILED);
    assertThat(again.get(IngestResult.Status.UNCHANGED)).isEqualTo(acknowledged.size());
    // no copies: as many papers and passages as the embedded engine holds of the same files
    try (PaperEngine engine = Engines.open(config);
        PaperEngine embedded = Engines.open(EngineConfig.embedded(data))) {
      assertThat(engine.paperCount(Fields.TYPE, Fields.TYPE_DOC)).isEqualTo(files.size());
      assertThat(engine.stats()).isEqualTo(embedded.stats());
    }
  }

  @Test
  void anIndexMadeByAnotherTemplateVersionIsRefusedAndLeftAsItWas() throws Exception {
    LocalCluster cluster = LocalCluster.get();
    EngineConfig config = cluster.config(data, "koers-old");
    try (Cluster http = new Cluster(config)) {
      http.call(
          "PUT",
          "/koers-old",
          "{\"mappings\":{\"_meta\":{\"koers_template_version\":0}},"
              + "\"settings\":{\"index\":{\"number_of_replicas\":0}}}");
      assertThatThrownBy(() -> Engines.openForWriting(config))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("template version 0")
          .hasMessageContaining("needs version " + IndexTemplate.VERSION)
          .hasMessageContaining("nothing was written");
      assertThatThrownBy(() -> Engines.open(config)).hasMessageContaining("template version 0");
      http.call("POST", "/koers-old/_refresh", null);
      assertThat(http.call("GET", "/koers-old/_count", null).path("count").asInt()).isZero();
      http.call("DELETE", "/koers-old", null);
    }
  }

  private static EngineConfig withSetting(EngineConfig c, Map<String, String> more) {
    Map<String, String> s = new HashMap<>(c.settings());
    s.putAll(more);
    return new EngineConfig(
        c.backend(), c.dataDir(), c.url(), c.user(), c.password(), c.apiKey(), c.caCert(), s);
  }
}
