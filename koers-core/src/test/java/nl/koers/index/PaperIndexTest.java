package nl.koers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on a real on-disk index: ingest the seeds, search them, re-ingest, break things. */
class PaperIndexTest {
  private final PaperProcessor processor = PaperProcessor.standard();

  private List<IngestResult> ingest(Path data, Path folder) throws IOException {
    List<IngestResult> results = new ArrayList<>();
    try (PaperIndex index = PaperIndex.open(data);
        Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        results.add(index.ingest(f, processor));
      }
    }
    return results;
  }

  private List<String> ids(Path data, String query) throws IOException {
    try (PaperSearcher s = PaperSearcher.open(data)) {
      return s.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }
  }

  @Test
  void ingestsAllFiveSeedsAndFindsThemByDutchQueries(@TempDir Path data) throws IOException {
    List<IngestResult> results = ingest(data, SharedCorpus.seeds());
    assertThat(results).hasSize(5).allMatch(r -> r.status() == IngestResult.Status.INDEXED);
    assertThat(ids(data, "Piri")).first().isEqualTo("kst-21501-02-2976");
    assertThat(ids(data, "staakt-het-vuren")).containsExactly("kst-21501-02-2244");
    assertThat(ids(data, "defensie-uitgaven"))
        .containsExactlyInAnyOrder("001_68752d408e2ec76a", "004_abd04b7410cd9962");
  }

  @Test
  void reportsEverySeedUnchangedWhenIngestedAgain(@TempDir Path data) throws IOException {
    ingest(data, SharedCorpus.seeds());
    assertThat(ingest(data, SharedCorpus.seeds()))
        .extracting(IngestResult::status)
        .containsOnly(IngestResult.Status.UNCHANGED);
  }

  @Test
  void replacesAChangedFileAndKeepsTheRest(@TempDir Path data, @TempDir Path folder)
      throws IOException {
    Path paper = folder.resolve("brief.txt");
    Files.copy(SharedCorpus.seed("002"), paper);
    Files.copy(SharedCorpus.seed("003"), folder.resolve("verslag.txt"));
    ingest(data, folder);
    Files.writeString(
        paper, Files.readString(paper) + "\nNaschrift over Groenland.\n", StandardCharsets.UTF_8);
    List<IngestResult> again = ingest(data, folder);
    assertThat(again)
        .extracting(IngestResult::status)
        .containsExactly(IngestResult.Status.REPLACED, IngestResult.Status.UNCHANGED);
    assertThat(ids(data, "Groenland")).containsExactly("kst-21501-02-2976");
    assertThat(ids(data, "Piri")).containsExactly("kst-21501-02-2976");
    assertThat(ids(data, "Varosha")).containsExactly("kst-21501-02-2244");
  }

  @Test
  void keepsTheBatchGoingAndTheIndexIntactOnBadInput(@TempDir Path data, @TempDir Path folder)
      throws IOException {
    ingest(data, SharedCorpus.seeds());
    Files.write(folder.resolve("a-empty.txt"), new byte[0]);
    Files.write(folder.resolve("b-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
    Files.write(
        folder.resolve("c-latin1.txt"),
        "Het kabinet steunt de motie over Oekra\u00efne.".getBytes(StandardCharsets.ISO_8859_1));
    StringBuilder line = new StringBuilder(50_000_000);
    while (line.length() < 50_000_000) {
      line.append("De Raad sprak over sancties tegen Belarus en de situatie in Oekraïne. ");
    }
    Files.writeString(folder.resolve("d-one-line.txt"), line, StandardCharsets.UTF_8);
    line.setLength(0);
    Files.copy(
        SharedCorpus.dev().resolve("docs").resolve("kst-36045-174.txt"),
        folder.resolve("f-after.txt"));
    List<IngestResult> results;
    try (PaperIndex index = PaperIndex.open(data)) {
      results = new ArrayList<>();
      for (String name :
          List.of(
              "a-empty.txt",
              "b-binary.txt",
              "c-latin1.txt",
              "d-one-line.txt",
              "e-vanished.txt",
              "f-after.txt")) {
        results.add(index.ingest(folder.resolve(name), processor));
      }
    }
    assertThat(results)
        .extracting(IngestResult::status)
        .containsExactly(
            IngestResult.Status.FAILED,
            IngestResult.Status.UNSUPPORTED,
            IngestResult.Status.INDEXED,
            IngestResult.Status.FAILED,
            IngestResult.Status.FAILED,
            IngestResult.Status.INDEXED);
    assertThat(results.get(0).reason()).isEqualTo("empty file");
    // 50 MB of text would take several GB to annotate and index: refused before it is, by size
    assertThat(results.get(3).reason())
        .startsWith("text too long to annotate: 50000")
        .contains("the limit is 4000000");
    assertThat(results.get(4).reason()).contains("vanished");
    assertThat(ids(data, "Piri")).first().isEqualTo("kst-21501-02-2976");
    assertThat(ids(data, "motie Oekraine")).contains("c-latin1");
    try (PaperSearcher s = PaperSearcher.open(data)) {
      assertThat(s.stats().papers()).isEqualTo(7);
      assertThat(s.get("kst-36045-174")).isPresent();
    }
  }

  @Test
  void pagesOfPapersKeepTheOrderOfTheWholeList(@TempDir Path data) throws IOException {
    ingest(data, SharedCorpus.seeds());
    ingest(data, SharedCorpus.dev().resolve("docs"));
    try (PaperSearcher s = PaperSearcher.open(data)) {
      List<String> all = s.papers().stream().map(d -> d.id()).toList();
      List<String> paged = new java.util.ArrayList<>();
      for (int offset = 0; offset < all.size() + 7; offset += 7) {
        s.papers(null, null, null, null, null, null, offset, 7).forEach(d -> paged.add(d.id()));
      }
      assertThat(paged).isEqualTo(all);
      // undated papers come last, after the dated ones in date order
      List<String> dates =
          s.papers().stream()
              .map(d -> nl.koers.analyse.PaperDate.of(d).date())
              .map(d -> d == null ? "9999" : d.toString())
              .toList();
      assertThat(dates).isSorted();
      var dossier = s.papers(null, null, null, "21 501-02", null, null, 0, 1000);
      assertThat(dossier).isNotEmpty().allMatch(d -> "21501-02".equals(d.facts().dossier()));
      assertThat(dossier.size()).isLessThan(all.size());

      // the statistics, counted from doc values, agree with the papers themselves
      var stats = s.stats();
      assertThat(stats.papers()).isEqualTo(all.size());
      java.util.Map<String, Integer> years = new java.util.TreeMap<>();
      java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
      for (var d : s.papers()) {
        var date = nl.koers.analyse.PaperDate.of(d).date();
        years.merge(date == null ? "undated" : Integer.toString(date.getYear()), 1, Integer::sum);
        kinds.merge(d.facts().kind() == null ? "unknown" : d.facts().kind(), 1, Integer::sum);
      }
      assertThat(stats.years()).isEqualTo(years);
      assertThat(stats.kinds()).isEqualTo(kinds);
      assertThat(stats.dossiers().get("21501-02")).isEqualTo(dossier.size());
      assertThat(s.paperCount(Fields.TYPE, Fields.TYPE_DOC)).isEqualTo(all.size());
      assertThat(s.paperCount(Fields.DOSSIER, "21501-02")).isEqualTo(dossier.size());
      assertThat(s.paperCount(Fields.ENTITY, "united-states"))
          .isEqualTo(s.paperCounts(Fields.ENTITY).get("united-states"))
          .isEqualTo(s.papers("united-states", null, null, null, null).size());
      assertThat(s.paperCount(Fields.ENTITY, "no-such-entity")).isZero();

      // a comparison's side: a paper, or the papers of a period
      assertThat(s.paperOrPeriod("kst-21501-02-2976"))
          .extracting(d -> d.id())
          .containsExactly("kst-21501-02-2976");
      assertThat(s.paperOrPeriod("2024"))
          .isNotEmpty()
          .allMatch(d -> nl.koers.analyse.PaperDate.of(d).date().getYear() == 2024);
      assertThat(s.paperOrPeriod("2024-Q4"))
          .hasSizeLessThanOrEqualTo(s.paperOrPeriod("2024").size());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.paperOrPeriod("gisteren"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("gisteren");
    }
  }

  @Test
  void filtersByKindDossierAndDate(@TempDir Path data) throws IOException {
    ingest(data, SharedCorpus.dev().resolve("docs"));
    try (PaperSearcher s = PaperSearcher.open(data)) {
      var motions =
          s.search(
              new SearchRequest(
                  "NAVO",
                  "motie",
                  null,
                  null,
                  null,
                  SearchRequest.Sort.RELEVANCE,
                  0,
                  10,
                  null,
                  null,
                  false,
                  null));
      assertThat(motions.hits()).isNotEmpty().allMatch(h -> "motie".equals(h.kind()));
      var dossier =
          s.search(
              new SearchRequest(
                  "Raad",
                  null,
                  "21 501-02",
                  java.time.LocalDate.of(2023, 1, 1),
                  null,
                  SearchRequest.Sort.DATE,
                  0,
                  50,
                  null,
                  null,
                  false,
                  null));
      assertThat(dossier.hits())
          .isNotEmpty()
          .allMatch(h -> "21501-02".equals(h.dossier()) && h.date().compareTo("2023-01-01") >= 0);
      assertThat(dossier.hits())
          .extracting(SearchHit::date)
          .isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(s.search(SearchRequest.of("Oekraïne")).hits())
          .first()
          .satisfies(h -> assertThat(h.highlight()).contains("«Oekraïne»"));
    }
  }
}
