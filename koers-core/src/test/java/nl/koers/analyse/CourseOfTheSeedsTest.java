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
  }

  @Test
  void noStanceShiftIsFlaggedOnOnePaperBeforeIt() {
    // 2018 rests on seed 001 alone: too little evidence on that side for any test.
    assertThat(byPeriod().get("2018").stancePapers()).isEqualTo(1);
    assertThat(us.shifts()).noneMatch(s -> s.period().equals("2020") && s.kind().equals("stance"));
  }

  @Test
  void everyPointSaysWhatItRestsOnWithAnInterval() {
    for (Timeline.Point pt : us.points()) {
      assertThat(pt.stanceSentences()).isEqualTo(pt.scores().size());
      assertThat(pt.stancePapers()).isBetween(pt.scores().isEmpty() ? 0 : 1, pt.papers());
      if (pt.scores().size() >= 2) {
        assertThat(pt.ciLow()).isLessThanOrEqualTo(pt.meanStance());
        assertThat(pt.ciHigh()).isGreaterThanOrEqualTo(pt.meanStance());
      } else {
        assertThat(pt.ciLow()).isNull();
      }
    }
    assertThat(byPeriod().get("2020").start()).isEqualTo("2020-01-01");
    assertThat(byPeriod().get("2020").end()).isEqualTo("2020-12-31");
    assertThat(us.interval()).contains("95%");
    assertThat(us.shiftTest()).contains("Welch").contains("p < 0.05");
  }

  @Test
  void theEvidenceOfAPointLiesOnTheSideOfItsMean() {
    for (Timeline.Point pt : us.points()) {
      if (pt.meanStance() != null && pt.meanStance() != 0) {
        assertThat(pt.evidence())
            .isNotEmpty()
            .allMatch(q -> Math.signum(q.score()) == Math.signum(pt.meanStance()));
      }
    }
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
    assertThat(y2020.stancePapers()).isEqualTo(byPeriod().get("2020").stancePapers());
    assertThat(y2020.ciLow()).isEqualTo(byPeriod().get("2020").ciLow());
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

  private static final String WARM =
      "Den Haag, %d %s %d\n\nJapan is een onmisbare partner. De samenwerking met Japan is cruciaal"
          + " en wij verwelkomen de nauwe samenwerking met Japan. Japan steunt onze inzet.\n";
  private static final String COLD =
      "Den Haag, %d %s %d\n\nHet kabinet betreurt het besluit van Japan. Japan ondermijnt de"
          + " afspraken en het kabinet veroordeelt het optreden van Japan. De spanningen met Japan"
          + " zijn zorgelijk.\n";

  private static String paper(String template, int day, String month, int year) {
    return String.format(Locale.ROOT, template, day, month, year);
  }

  @Test
  void aPlantedStanceFlipIsFlaggedAndASteadyCourseIsNot(@TempDir Path other) throws IOException {
    List<ShiftDetector.Shift> flip =
        shifts(
            other.resolve("flip"),
            paper(WARM, 3, "maart", 2020),
            paper(WARM, 9, "juni", 2020),
            paper(COLD, 3, "maart", 2021),
            paper(COLD, 9, "juni", 2021));
    assertThat(flip)
        .anySatisfy(
            s -> {
              assertThat(s.kind()).isEqualTo("stance");
              assertThat(s.direction()).isEqualTo("more critical");
              assertThat(s.p()).isLessThan(0.05);
              assertThat(s.papersBefore()).isEqualTo(2);
              assertThat(s.papersAfter()).isEqualTo(2);
            });
    assertThat(
            shifts(
                other.resolve("steady"),
                paper(WARM, 3, "maart", 2020),
                paper(WARM, 9, "juni", 2020),
                paper(WARM, 3, "maart", 2021),
                paper(WARM, 9, "juni", 2021)))
        .noneMatch(s -> s.kind().equals("stance"));
  }

  @Test
  void aFlipBetweenSinglePapersIsNotEnoughEvidence(@TempDir Path other) throws IOException {
    assertThat(
            shifts(
                other.resolve("thin"),
                paper(WARM, 3, "maart", 2020),
                paper(COLD, 3, "maart", 2021)))
        .noneMatch(s -> s.kind().equals("stance"));
  }

  private static List<ShiftDetector.Shift> shifts(Path dir, String... papers) throws IOException {
    PaperProcessor processor = PaperProcessor.standard();
    try (PaperIndex index = PaperIndex.open(dir)) {
      for (int i = 0; i < papers.length; i++) {
        index.ingest("p" + i + ".txt", papers[i].getBytes(StandardCharsets.UTF_8), processor);
      }
    }
    try (PaperSearcher s = PaperSearcher.open(dir)) {
      return Timeline.of(s.papers("japan", null, null, null, null), "japan", Timeline.By.YEAR)
          .shifts();
    }
  }
}
