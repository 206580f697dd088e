package nl.koers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the seeds and the dev papers in a real on-disk index. */
class PaperSearcherTest {
  @TempDir static Path data;
  static PaperSearcher searcher;
  static int papers;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = SharedCorpus.root();
    try (PaperIndex index = PaperIndex.open(data)) {
      PaperProcessor processor = PaperProcessor.standard();
      for (Path folder : List.of(corpus.resolve("seeds"), corpus.resolve("dev").resolve("docs"))) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            index.ingest(f, processor);
            papers++;
          }
        }
      }
    }
    searcher = PaperSearcher.open(data);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static SearchResults search(String q) throws IOException {
    return searcher.search(SearchRequest.of(q).page(0, 50));
  }

  @Test
  void findsAPaperWhoseWordsAreSpreadOverItsPassages() throws IOException {
    // the request of member Piri opens the letter, Greenland comes pages later
    assertThat(search("Piri Groenland").hits())
        .extracting(SearchHit::id)
        .first()
        .isEqualTo("kst-21501-02-2976");
  }

  @Test
  void aSearchWhoseTimeRanOutEndsWithAnExceptionNotAPartialAnswer() throws IOException {
    // time limits that have always and never run out: the work is bounded, not the clock
    SearchRequest request = SearchRequest.of("NAVO Rusland").page(0, 10);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> searcher.search(request, () -> true))
        .isInstanceOf(SearchTimeoutException.class)
        .hasMessageContaining("NAVO Rusland");
    SearchResults untimed = searcher.search(request);
    SearchResults inTime = searcher.search(request, () -> false);
    assertThat(inTime.totalPapers()).isEqualTo(untimed.totalPapers()).isPositive();
    assertThat(inTime.hits())
        .extracting(SearchHit::id)
        .isEqualTo(untimed.hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void countsThePapersAListWouldReadWithoutReadingThem() throws IOException {
    assertThat(searcher.countPapers(null, null, null, null, null, null)).isEqualTo(papers);
    assertThat(searcher.countPapers("united-states", null, "brief", null, null, null))
        .isEqualTo(searcher.papers("united-states", null, "brief", null, null).size())
        .isPositive();
  }

  @Test
  void countsEveryMatchingPaperExactly() throws IOException {
    SearchResults all = searcher.search(SearchRequest.of("*").facetLimit(0));
    assertThat(all.totalPapers()).isEqualTo(papers);
    SearchResults withFacets =
        searcher.search(
            new SearchRequest("*", null, null, null, null, null, 0, 10, null, null, true, null)
                .facetLimit(0));
    int byYear = withFacets.facets().get("year").values().stream().mapToInt(i -> i).sum();
    assertThat(byYear).isLessThanOrEqualTo(papers).isGreaterThan(papers / 2);
    assertThat(withFacets.facets().get("year")).hasSizeGreaterThan(12); // all years, not 12
  }

  @Test
  void findsTheDutchNameForTheEnglishOneAndSaysSo() throws IOException {
    SearchResults nato = search("NATO");
    SearchResults navo = search("NAVO");
    assertThat(nato.totalPapers()).isEqualTo(navo.totalPapers()).isGreaterThan(3);
    assertThat(nato.expandedTo()).anyMatch(l -> l.contains("NAVO"));
  }

  @Test
  void answersAnEnglishQueryWithDutchPapers() throws IOException {
    SearchResults r = search("sanctions against Belarus");
    assertThat(r.english()).isTrue();
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().get(0).highlight())
        .containsAnyOf("«sancties»", "«Belarus»", "«Wit-Rusland»");
  }

  @Test
  void findsCompoundsByTheirParts() throws IOException {
    // seed 004 speaks of defensiesamenwerking, never of samenwerking on defence in two words only
    assertThat(search("samenwerking").hits())
        .extracting(SearchHit::id)
        .contains("004_abd04b7410cd9962");
  }

  @Test
  void asksForAllPartsOfATypedCompoundNotForAnyOfThem() throws IOException {
    // "staatssecretaris" must not find papers that merely say "staten" (Verenigde Staten,
    // begrotingsstaten): every hit shows the word or both its parts
    for (SearchHit h : search("staatssecretaris").hits()) {
      assertThat(h.highlight()).as(h.id()).isNotNull().containsIgnoringCase("secretaris");
    }
  }

  @Test
  void putsTheCitedPaperFirstForAWrittenCitation() throws IOException {
    assertThat(search("Kamerstuk 21 501-02, nr. 2244").hits().get(0).id())
        .isEqualTo("kst-21501-02-2244");
  }

  @Test
  void titlesAreNeverSalutationsOrDateLines() throws IOException {
    for (SearchHit h : searcher.search(SearchRequest.of("*").page(0, 100)).hits()) {
      assertThat(h.title())
          .as(h.id())
          .doesNotStartWith("Aan de")
          .doesNotStartWith("Vastgesteld")
          .doesNotStartWith("Den Haag")
          .isNotEqualTo(h.id());
    }
  }

  @Test
  void showsAPassageThatDiscussesTheQueryNotAHeaderLine() throws IOException {
    for (SearchHit h : search("NAVO").hits()) {
      if (h.highlight() != null) {
        assertThat(h.highlight().replaceAll("[«»]", "").strip().length())
            .as(h.id())
            .isGreaterThan(40);
      }
    }
  }

  @Test
  void answersNotWithEverythingElse() throws IOException {
    SearchResults not = search("NOT Piri");
    assertThat(not.totalPapers()).isEqualTo(papers - search("Piri").totalPapers());
  }

  @Test
  void offersAnEntityWhenNothingMatches() throws IOException {
    SearchResults r = search("Oekrainee");
    assertThat(r.totalPapers()).isZero();
    assertThat(r.suggestions()).anyMatch(s -> s.contains("Oekraïne") || s.contains("ukraine"));
  }

  @Test
  void findsPapersLikeAPaper() throws IOException {
    List<SearchHit> like = searcher.similar("kst-21501-02-2976", 5);
    assertThat(like).isNotEmpty().noneMatch(h -> h.id().equals("kst-21501-02-2976"));
  }
}
