package nl.koers.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.Engines;
import nl.koers.engine.PaperEngine;
import nl.koers.engine.PaperStore;
import nl.koers.index.IngestResult;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.SearchRequest;
import nl.koers.watch.Item;
import nl.koers.watch.Watch;
import nl.koers.watch.WatchRunner;
import nl.koers.watch.WatchStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watches on a real two-node cluster: the seeds in both engines at one moment, a watch added after,
 * a dev paper on the NAVO ingested into both later. {@code fresh} finds the same new paper with the
 * same times on both, a {@link WatchRunner} over the cluster reports it once, and a new version
 * keeps the moment the paper first came in (read back from the cluster by a new store).
 */
@ExtendWith(LocalCluster.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchOnClusterTest {
  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();
  private static final long SEEDS_AT = Instant.parse("2026-01-05T09:00:00Z").toEpochMilli();
  private static final long ADDED_AT = SEEDS_AT + 60_000;
  private static final long NEW_AT = ADDED_AT + 60_000;
  private static final long REPLACED_AT = ADDED_AT + 3_600_000;

  /** A dev paper that mentions the NAVO, which no seed does. */
  private static final String NAVO_PAPER = "kst-28676-503";

  @TempDir static Path embeddedData;
  @TempDir static Path clusterData;
  @TempDir static Path folder;
  private static EngineConfig embedded;
  private static EngineConfig cluster;
  private static Path copy;

  @BeforeAll
  static void seedsInBothEnginesAndAWatchOnTheCluster() throws IOException {
    embedded = EngineConfig.embedded(embeddedData);
    cluster = LocalCluster.get().config(clusterData, "koers-watch");
    try (Cluster http = new Cluster(cluster)) {
      http.send("DELETE", "/koers-watch", null, Map.of()); // fresh on a reused cluster
    }
    List<Path> seeds;
    try (var list = Files.list(SharedCorpus.seeds())) {
      seeds = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(seeds).isNotEmpty();
    ingestIntoBoth(SEEDS_AT, seeds);
    new WatchStore(clusterData).add(navo());
    copy =
        Files.copy(
            SharedCorpus.dev().resolve("docs").resolve(NAVO_PAPER + ".txt"),
            folder.resolve("navo.txt"));
  }

  private static Watch navo() {
    return new Watch(
        "navo", "NAVO", null, null, null, null, null, null, null, null, null, ADDED_AT);
  }

  private static Clock at(long millis) {
    return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private static void ingestIntoBoth(long at, List<Path> files) throws IOException {
    try (PaperIndex index = PaperIndex.open(embeddedData)) {
      index.clock(at(at));
      for (Path f : files) {
        assertThat(index.ingest(f, PROCESSOR).status()).isNotEqualTo(IngestResult.Status.FAILED);
      }
    }
    ingestIntoCluster(at, files);
  }

  private static List<IngestResult> ingestIntoCluster(long at, List<Path> files)
      throws IOException {
    List<IngestResult> out = new ArrayList<>();
    try (PaperStore store = Engines.openForWriting(cluster)) {
      ((OpenSearchStore) store).clock(at(at));
      for (Path f : files) {
        out.add(store.ingest(f, PROCESSOR));
      }
    }
    return out;
  }

  private static List<PaperEngine.Fresh> fresh(EngineConfig config, long after, boolean changed)
      throws IOException {
    try (PaperEngine engine = Engines.open(config)) {
      return engine.fresh(navo().request(200), after, changed);
    }
  }

  private static List<String> run(long at, boolean includeReplaced) throws IOException {
    List<String> ids = new ArrayList<>();
    for (WatchRunner.Outcome o :
        new WatchRunner(cluster, List.of(), at(at))
            .run(new WatchRunner.Options(null, includeReplaced))) {
      assertThat(o.ok()).as("watch %s: %s", o.watch(), o.error()).isTrue();
      o.items().stream().map(Item::id).forEach(ids::add);
    }
    return ids;
  }

  @Test
  @Order(1)
  void theSeedsAreFreshOnlyBeforeTheyCameInOnBothEnginesAndNoNewsToTheWatch() throws IOException {
    SearchRequest every = SearchRequest.of("*").page(0, 1000);
    List<PaperEngine.Fresh> before;
    try (PaperEngine a = Engines.open(embedded);
        PaperEngine b = Engines.open(cluster)) {
      before = b.fresh(every, SEEDS_AT - 1, false);
      // "*" scores every paper alike: compare the papers and their times, not the order of ties
      assertThat(before)
          .extracting(f -> f.hit().id() + " " + f.ingested() + " " + f.changed())
          .containsExactlyInAnyOrderElementsOf(
              a.fresh(every, SEEDS_AT - 1, false).stream()
                  .map(f -> f.hit().id() + " " + f.ingested() + " " + f.changed())
                  .toList());
      assertThat(b.fresh(every, SEEDS_AT, false)).isEmpty();
      assertThat(a.fresh(every, SEEDS_AT, false)).isEmpty();
      assertThat(b.fresh(every, SEEDS_AT, true)).isEmpty();
    }
    assertThat(before).hasSizeGreaterThanOrEqualTo(5).allMatch(f -> f.ingested() == SEEDS_AT);
    assertThat(before).allMatch(f -> f.fingerprint() != null && f.fingerprint().contains("@"));
    assertThat(run(ADDED_AT + 30_000, false)).isEmpty();
  }

  @Test
  @Order(2)
  void aNewPaperIsFreshOnBothEnginesAndTheClusterWatchReportsItOnce() throws IOException {
    ingestIntoBoth(NEW_AT, List.of(copy));

    List<PaperEngine.Fresh> onCluster = fresh(cluster, ADDED_AT, false);
    assertThat(onCluster).extracting(f -> f.hit().id()).containsExactly(NAVO_PAPER);
    assertThat(onCluster.get(0).ingested()).isEqualTo(NEW_AT);
    assertThat(onCluster.get(0).changed()).isEqualTo(NEW_AT);
    // the same hit (source, title, date, passage), times and fingerprint; sorted by date, the
    // embedded engine reports no score (0) where the cluster reports the BM25 score it sorted by
    assertThat(onCluster)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("hit.score")
        .containsExactlyElementsOf(fresh(embedded, ADDED_AT, false));
    assertThat(fresh(cluster, NEW_AT, false)).isEmpty();

    assertThat(run(NEW_AT + 60_000, false)).containsExactly(NAVO_PAPER);
    assertThat(run(NEW_AT + 120_000, false)).isEmpty();
    assertThat(new WatchStore(clusterData).get("navo").orElseThrow().state().reported())
        .containsOnlyKeys(NAVO_PAPER);
  }

  @Test
  @Order(3)
  void aNewVersionKeepsWhenThePaperFirstCameInAndIsReportedOnlyWhenAsked() throws IOException {
    Files.writeString(copy, Files.readString(copy) + "\nEen nagekomen regel over de NAVO.\n");
    // a new store: what it keeps of the first ingest it reads back from the cluster
    assertThat(ingestIntoCluster(REPLACED_AT, List.of(copy)))
        .extracting(IngestResult::status)
        .containsExactly(IngestResult.Status.REPLACED);

    assertThat(fresh(cluster, NEW_AT, false)).isEmpty();
    List<PaperEngine.Fresh> changed = fresh(cluster, NEW_AT, true);
    assertThat(changed).extracting(f -> f.hit().id()).containsExactly(NAVO_PAPER);
    assertThat(changed.get(0).ingested()).isEqualTo(NEW_AT);
    assertThat(changed.get(0).changed()).isEqualTo(REPLACED_AT);

    assertThat(run(REPLACED_AT + 60_000, false)).isEmpty();
    assertThat(run(REPLACED_AT + 120_000, true)).containsExactly(NAVO_PAPER);
  }
}
