package nl.koers.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.analyse.Timeline;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.document.Document;
import nl.koers.document.Json;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.Engines;
import nl.koers.engine.PaperEngine;
import nl.koers.engine.PaperStore;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchRequest;
import nl.koers.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds and the dev corpus in both engines, the embedded one and a real two-node cluster: the
 * same ranked papers (ids and scores), facet counts, highlighted passages, paper pages and US
 * timeline, for every query of the development query set ({@code eval/search/queries.tsv}).
 */
@ExtendWith(LocalCluster.class)
class EngineEquivalenceTest {
  @TempDir static Path data;
  private static PaperEngine embedded;
  private static PaperEngine cluster;
  private static List<String> ids;

  @BeforeAll
  static void ingestIntoBoth() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(SharedCorpus.seeds(), SharedCorpus.dev().resolve("docs"))) {
      try (var list = Files.list(dir)) {
        list.filter(f -> !f.getFileName().toString().endsWith(".jsonl"))
            .sorted()
            .forEach(files::add);
      }
    }
    PaperProcessor processor = PaperProcessor.standard();
    EngineConfig os = LocalCluster.get().config(data, "koers-equivalence");
    try (Cluster http = new Cluster(os)) {
      http.send(
          "DELETE", "/koers-equivalence", null, java.util.Map.of()); // fresh on a reused cluster
    }
    ids = new ArrayList<>();
    for (EngineConfig config : List.of(EngineConfig.embedded(data), os)) {
      try (PaperStore store = Engines.openForWriting(config)) {
        for (Path f : files) {
          String id = store.ingest(f, processor).id();
          if (config.embedded() && id != null) {
            ids.add(id);
          }
        }
      }
    }
    embedded = Engines.open(EngineConfig.embedded(data));
    cluster = Engines.open(os);
  }

  @AfterAll
  static void close() throws IOException {
    embedded.close();
    cluster.close();
  }

  private static List<String> queries() throws IOException {
    return Files.readAllLines(Path.of("../eval/search/queries.tsv")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("\t")[2])
        .toList();
  }

  @Test
  void bothEnginesHoldTheSamePapers() throws IOException {
    assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
    assertThat(cluster.stats()).isEqualTo(embedded.stats());
  }

  @Test
  void everyDevQueryRanksTheSameTopTenWithTheSameScoresAndHighlightsUpToTheOrderOfTies()
      throws IOException {
    List<String> queries = queries();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(20);
    for (String q : queries) {
      List<SearchHit> a = embedded.search(SearchRequest.of(q).page(0, 30)).hits();
      List<SearchHit> b = cluster.search(SearchRequest.of(q).page(0, 30)).hits();
      java.util.Map<String, SearchHit> byId = new java.util.HashMap<>();
      a.forEach(h -> byId.put(h.id(), h));
      // equal scores are listed in each engine's index order: the same top ten up to that order
      assertThat(b.stream().limit(10).map(SearchHit::score).toList())
          .as("top 10 scores for %s", q)
          .isEqualTo(a.stream().limit(10).map(SearchHit::score).toList());
      for (SearchHit h : b.subList(0, Math.min(10, b.size()))) {
        SearchHit same = byId.get(h.id());
        assertThat(same).as("%s for %s in the embedded top 30", h.id(), q).isNotNull();
        assertThat(h.score()).as("score of %s for %s", h.id(), q).isEqualTo(same.score());
        assertThat(h.highlight()).as("passage of %s for %s", h.id(), q).isEqualTo(same.highlight());
        assertThat(h.matchingPassages()).isEqualTo(same.matchingPassages());
        assertThat(h.passageBegin()).isEqualTo(same.passageBegin());
      }
    }
  }

  @Test
  void facetCountsAreTheSameForEveryPaperAndForAFilteredSearch() throws IOException {
    for (SearchRequest r :
        List.of(
            new SearchRequest("*", null, null, null, null, null, 0, 10, null, null, true, null, 0),
            new SearchRequest(
                "sancties",
                "brief",
                null,
                null,
                null,
                SearchRequest.Sort.DATE,
                0,
                20,
                null,
                null,
                true,
                null,
                0))) {
      SearchResults a = embedded.search(r);
      SearchResults b = cluster.search(r);
      assertThat(b.totalPapers()).isEqualTo(a.totalPapers()).isPositive();
      assertThat(b.facets()).isEqualTo(a.facets());
      if (!r.query().equals("*")) {
        // "*" scores every paper alike: each engine lists equals in its own index order
        assertThat(b.hits().stream().map(SearchHit::id).toList())
            .isEqualTo(a.hits().stream().map(SearchHit::id).toList());
      }
    }
  }

  @Test
  void everyPaperPageShowsTheSameFacts() throws IOException {
    for (String id : ids) {
      Document a = embedded.get(id).orElseThrow();
      Document b = cluster.get(id).orElseThrow();
      assertThat(Json.mapper().writeValueAsString(b.facts()))
          .isEqualTo(Json.mapper().writeValueAsString(a.facts()));
      assertThat(b.annotations()).isEqualTo(a.annotations());
    }
  }

  @Test
  void theUnitedStatesTimelineIsTheSame() throws IOException {
    String us =
        Gazetteer.standard().entities().stream()
            .filter(e -> e.labels().contains("Verenigde Staten"))
            .findFirst()
            .orElseThrow()
            .id();
    Timeline.Result a =
        Timeline.of(embedded.papers(us, null, null, null, null), us, Timeline.By.YEAR);
    Timeline.Result b =
        Timeline.of(cluster.papers(us, null, null, null, null), us, Timeline.By.YEAR);
    assertThat(a.points()).isNotEmpty();
    assertThat(Json.mapper().writeValueAsString(b)).isEqualTo(Json.mapper().writeValueAsString(a));
    assertThat(cluster.countPapers(us, null, null, null, null, null))
        .isEqualTo(embedded.countPapers(us, null, null, null, null, null));
  }
}
