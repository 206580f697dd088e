package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course of Dutch policy on the United States across the five seeds, read from a real index.
 */
class CourseOfTheSeedsTest {
  @TempDir static Path data;
  static Timeline.Result us;
  static Timeline.Result usByTheCouncil;

  @BeforeAll
  static void ingestTheSeeds() throws IOException {
    PaperProcessor processor = PaperProcessor.standard();
    try (PaperIndex index = PaperIndex.open(data);
        var files = Files.list(SharedCorpus.seeds())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        index.ingest(f, processor);
      }
    }
    try (PaperSearcher s = PaperSearcher.open(data)) {
      us =
          Timeline.of(
              s.papers("united-states", null, null, null, null), "united-states", Timeline.By.YEAR);
      usByTheCouncil =
          Timeline.of(
              s.papers("united-states", null, null, null, null),
              "united-states",
              Timeline.By.YEAR,
              "council");
    }
  }

  private static Map<String, Timeline.Point> byPeriod() {
    return us.points().stream().collect(Collectors.toMap(Timeline.Point::period, p -> p));
  }

  private static List<String> texts(List<Timeline.Quote> quotes) {
    return quotes.stream().map(Timeline.Quote::text).toList();
  }

  @Test
  void theUnitedStatesHasFourDatedPoints() {
    assertThat(us.points())
        .extracting(Timeline.Point::period)
        .containsExactly("2018", "2020", "2024", "2025");
  }

  @Test
  void stanceRisesIn2020AndFallsAfterwards() {
    Map<String, Timeline.Point> p = byPeriod();
    assertThat(p.get("2020").meanStance()).isGreaterThan(p.get("2018").meanStance());
    assertThat(p.get("2024").meanStance()).isLessThan(p.get("2020").meanStance());
    assertThat(p.get("2025").meanStance()).isLessThan(p.get("2020").meanStance());
    // the 2025 distancing registers against 2024 (issue 15: "Dat tijdperk is definitief voorbij")
    assertThat(p.get("2025").meanStance()).isLessThan(p.get("2024").meanStance());
    // the government's own position: its plea in the 2020 Council report, not the Council's text
    assertThat(us.shifts())
        .anySatisfy(
            s -> {
              assertThat(s.period()).isEqualTo("2020");
              assertThat(s.kind()).isEqualTo("stance");
              assertThat(s.direction()).isEqualTo("more supportive");
              assertThat(s.afterQuote().paper()).isEqualTo("kst-21501-02-2244");
            });
  }

  @Test
  void theCouncilsOwnConclusionsAreTheCouncilsTimeline() {
    Timeline.Point y2020 =
        usByTheCouncil.points().stream()
            .filter(x -> x.period().equals("2020"))
            .findFirst()
            .orElseThrow();
    assertThat(texts(y2020.supportive())).anyMatch(q -> q.contains("partnerschap"));
    assertThat(y2020.supportive())
        .allMatch(
            q -> q.paper().equals("000_e4b7759b003dbaf8") || q.paper().equals("kst-21501-02-2244"));
    assertThat(y2020.meanStance()).isGreaterThan(0.5);
  }

  @Test
  void tableRowsCarryEachPeriodAndItsShifts() {
    List<Timeline.Row> rows = us.rows();
    assertThat(rows)
        .extracting(Timeline.Row::period)
        .containsExactly("2018", "2020", "2024", "2025");
    Timeline.Row y2020 = rows.get(1);
    assertThat(y2020.meanStance()).isEqualTo(byPeriod().get("2020").meanStance());
    assertThat(y2020.shift()).contains("stance more supportive");
    assertThat(rows.get(0).shift()).isEmpty();
  }

  @Test
  void theQuotesProveTheArc() {
    Map<String, Timeline.Point> p = byPeriod();
    assertThat(texts(p.get("2018").supportive())).anyMatch(q -> q.contains("onmisbare partner"));
    assertThat(texts(p.get("2018").critical()))
        .anyMatch(q -> q.contains("invoerheffingen") || q.contains("zorgelijke trend"));
    assertThat(texts(p.get("2020").supportive())).anyMatch(q -> q.contains("samenwerking"));
    assertThat(texts(p.get("2024").critical())).anyMatch(q -> q.contains("niet duidelijk"));
    // the distancing from the US is the government's 2025 criticism (stronger quotes than
    // "spanning" now carry it: the security umbrella, the balance of power)
    assertThat(texts(p.get("2025").critical()))
        .anyMatch(
            q -> q.contains("tijdperk is definitief voorbij") || q.contains("veiligheidsparaplu"));
    assertThat(texts(p.get("2025").critical()))
        .anyMatch(q -> q.contains("spanning") || q.contains("gelijkwaardigheid"));
  }

  @Test
  void undatedSeedsGetInferredDatesFlaggedAsSuch() throws IOException {
    try (PaperSearcher s = PaperSearcher.open(data)) {
      Document d001 = s.get("001_68752d408e2ec76a").orElseThrow();
      Document d004 = s.get("004_abd04b7410cd9962").orElseThrow();
      assertThat(PaperDate.of(d001))
          .isEqualTo(
              new PaperDate(java.time.LocalDate.of(2018, 7, 2), true, "latest date mentioned"));
      assertThat(PaperDate.of(d004).date().getYear()).isEqualTo(2025);
      assertThat(PaperDate.of(d004).inferred()).isTrue();
      assertThat(PaperDate.of(s.get("kst-21501-02-2976").orElseThrow()).inferred()).isFalse();
    }
  }

  @Test
  void aPlantedStanceFlipIsFlaggedAndASteadyCourseIsNot(@TempDir Path other) throws IOException {
    String warm =
        "Den Haag, 3 maart %d\n\nJapan is een onmisbare partner. De samenwerking met Japan is cruciaal en"
            + " wij verwelkomen de nauwe samenwerking met Japan. Japan steunt onze inzet.\n";
    String cold =
        "Den Haag, 3 maart %d\n\nHet kabinet betreurt het besluit van Japan. Japan ondermijnt de afspraken"
            + " en het kabinet veroordeelt het optreden van Japan. De spanningen met Japan zijn zorgelijk.\n";
    assertThat(
            shifts(
                other.resolve("flip"),
                String.format(Locale.ROOT, warm, 2020),
                String.format(Locale.ROOT, cold, 2021)))
        .extracting(ShiftDetector.Shift::direction)
        .contains("more critical");
    assertThat(
            shifts(
                other.resolve("steady"),
                String.format(Locale.ROOT, warm, 2020),
                String.format(Locale.ROOT, warm, 2021)))
        .noneMatch(s -> s.kind().equals("stance"));
  }

  private static List<ShiftDetector.Shift> shifts(Path dir, String first, String second)
      throws IOException {
    PaperProcessor processor = PaperProcessor.standard();
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.ingest("a.txt", first.getBytes(StandardCharsets.UTF_8), processor);
      index.ingest("b.txt", second.getBytes(StandardCharsets.UTF_8), processor);
    }
    try (PaperSearcher s = PaperSearcher.open(dir)) {
      return Timeline.of(s.papers("japan", null, null, null, null), "japan", Timeline.By.YEAR)
          .shifts();
    }
  }
}
