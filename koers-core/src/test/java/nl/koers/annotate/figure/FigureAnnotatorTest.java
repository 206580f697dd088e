package nl.koers.annotate.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koers.CourseLabels;
import nl.koers.SharedCorpus;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.Json;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class FigureAnnotatorTest {
  private static List<Annotation> figures(Document d) {
    return d.annotations(AnnotationType.FIGURE);
  }

  private static Document process(String name, String text) {
    return PaperProcessor.standard()
        .process(name, text.getBytes(StandardCharsets.UTF_8))
        .document();
  }

  private static Document dev(String name) {
    return PaperProcessor.standard()
        .process(SharedCorpus.dev().resolve("docs").resolve(name + ".txt"))
        .document();
  }

  /** The seeds' gold writes raw units; Koers normalises them. */
  private static final Map<String, List<String>> GOLD_UNITS =
      Map.of(
          "%", List.of("percent", "percent_gdp"),
          "banen", List.of("jobs"),
          "wooneenheden", List.of("housing_units"));

  @Test
  void everySeedYieldsTheFiguresOfItsGold() throws IOException {
    Path gold = SharedCorpus.seeds().resolve("gold.jsonl");
    int checked = 0;
    for (String line : Files.readAllLines(gold)) {
      JsonNode g = Json.mapper().readTree(line);
      Document d =
          PaperProcessor.standard()
              .process(SharedCorpus.seeds().resolve(g.get("file").asText()))
              .document();
      for (JsonNode want : g.path("figures")) {
        assertThat(figures(d))
            .as("%s: %s", g.get("file").asText(), want)
            .anySatisfy(
                a -> {
                  assertThat(Double.parseDouble(a.value())).isEqualTo(want.get("value").asDouble());
                  assertThat(a.attribute("unit")).isIn(GOLD_UNITS.get(want.get("unit").asText()));
                  if (want.has("year")) {
                    assertThat(a.attribute("year")).isEqualTo(want.get("year").asText());
                  }
                });
        checked++;
      }
    }
    assertThat(checked).isEqualTo(9);
  }

  @Test
  void seed004SharesOfGdpForNatoSpendingIn2035AndNoFigureForEightyYears() {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("004")).document();
    assertThat(figures(d))
        .extracting(Annotation::value, a -> a.attribute("unit"), a -> a.attribute("year"))
        .containsExactly(tuple("5", "percent_gdp", "2035"), tuple("3.5", "percent_gdp", "2035"));
  }

  @Test
  void theGrossDomesticProductWrittenOutIsOneMeasure() {
    Document d =
        process(
            "brief.txt",
            "De uitgaven aan ontwikkelingssamenwerking dalen in 2028 naar 0,5 procent van het bruto"
                + " nationaal product.\n");
    assertThat(figures(d))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(d.quote(a.span()))
                  .isEqualTo("0,5 procent van het bruto nationaal product");
              assertThat(a.attribute("unit")).isEqualTo("percent_gdp");
            });
  }

  @Test
  void anAmendmentsInlineThousandsScaleAndItsCut() {
    Document d = dev("kst-33640-V-5");
    assertThat(figures(d))
        .extracting(Annotation::value, a -> a.attribute("unit"), a -> a.attribute("direction"))
        .containsExactly(tuple("474300000", "EUR", "down"));
  }

  @Test
  void raisesAndCutsOfAnAmendmentKeepTheirDirection() {
    assertThat(figures(dev("kst-35300-V-14")))
        .extracting(Annotation::value, a -> a.attribute("direction"))
        .containsExactly(tuple("2500000", "down"), tuple("500000", "down"), tuple("3000000", "up"));
  }

  @Test
  void membersPresentSpeakingTimesAndTheNameOfANormAreNoFigures() {
    assertThat(figures(dev("kst-21501-02-2045"))).isEmpty(); // "acht leden", "vier minuten"
    assertThat(figures(dev("kst-21501-02-2602")))
        .extracting(Annotation::value)
        .containsExactly("500000000", "3500000000"); // not the "NAVO 2% norm"
  }

  @Test
  void aBudgetCeilingWithoutCurrencyIsInEurosAndTheFromValueHasNoDirection() {
    assertThat(figures(dev("kst-21501-02-2893")))
        .extracting(Annotation::value, a -> a.attribute("unit"), a -> a.attribute("direction"))
        .containsExactly(
            tuple("5690000000", "EUR", null),
            tuple("17000000000", "EUR", "up"),
            tuple("5.9", "percent", null));
    assertThat(figures(dev("kst-21501-02-269")))
        .extracting(Annotation::value, a -> a.attribute("direction"))
        .containsExactly(
            tuple("1000000000", null),
            tuple("1500000000", "up"),
            tuple("1000000000", null),
            tuple("500000000", null));
  }

  @Test
  void listItemsTakeTheYearOfTheirLeadIn() {
    assertThat(figures(dev("kst-36820-XVII-3")))
        .hasSize(15)
        .allSatisfy(a -> assertThat(a.attribute("year")).isEqualTo("2024"));
  }

  @Test
  void aBudgetTableUnderAThousandsCaptionIsScaledPerCell() {
    Document d =
        PaperProcessor.standard().process(CourseLabels.probe("probe-begroting-cijfers")).document();
    assertThat(figures(d))
        .filteredOn(
            a -> "2025".equals(a.attribute("year")) && d.quote(a.span()).matches("[−\\d.]+"))
        .extracting(Annotation::value, a -> a.attribute("direction"))
        .containsExactly(
            tuple("125400000", null),
            tuple("12000000", null),
            tuple("137400000", null),
            tuple("48250000", null),
            tuple("3500000", "down"),
            tuple("44750000", null));
  }

  @Test
  void readsDutchNumberFormatsScalesAndBases() {
    Document d =
        process(
            "x.txt",
            "Het gaat om € 1,5 miljard en 2,3 mld. euro, om 825.000 banen, om vijfentwintig procent"
                + " en om tweeëntwintig procent van het bbp in 2030.\n");
    assertThat(figures(d))
        .extracting(Annotation::value, a -> a.attribute("unit"))
        .containsExactlyInAnyOrder(
            tuple("1500000000", "EUR"),
            tuple("2300000000", "EUR"),
            tuple("825000", "jobs"),
            tuple("25", "percent"),
            tuple("22", "percent_gdp"));
    assertThat(figures(d).get(figures(d).size() - 1).attribute("year")).isEqualTo("2030");
  }

  @Test
  void aCutOffSentenceYieldsNoAmountWithoutItsUnit() {
    Document d =
        process("x.txt", "De bijdrage werd verhoogd. In totaal ging het om ruim 3,4 miljard");
    assertThat(figures(d)).isEmpty();
  }

  @Test
  void datesDocumentNumbersAndArticlesAreNotFigures() {
    Document d =
        process(
            "x.txt",
            "Op 12 maart 2024 besprak de Raad artikel 5 en resolutie 2231 (Kamerstuk 21 501-02,"
                + " nr. 2976). Zie punt 3 en bijlage 2; in 2035 komt er meer.\n");
    assertThat(figures(d)).isEmpty();
  }

  @Test
  void aFiveMegabyteParagraphOfNumbersAndNamesAnnotatesInBoundedTime() {
    StringBuilder b = new StringBuilder();
    String[] parts = {
      "12,5% van het bbp ",
      "825.000 ",
      "VS ",
      "NAVO-",
      "drieënveertig ",
      "€ 3,",
      "Rusland ",
      "5000 nieuwe ",
      "(x € 1.000) ",
      "budget van 4 mld. "
    };
    for (int i = 0; b.length() < 3_900_000; i++) {
      b.append(parts[i % parts.length]).append(i % 97).append(' ');
    }
    String text = b.toString();
    // this thread's CPU time: the work done, which other builds on the machine do not inflate
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long before = cpu.getCurrentThreadCpuTime();
    Document d = process("big.txt", text);
    Duration work = Duration.ofNanos(cpu.getCurrentThreadCpuTime() - before);
    assertThat(d).isNotNull();
    assertThat(figures(d)).isNotEmpty();
    // a generous bound: catastrophic backtracking would take hours, linear work takes seconds
    assertThat(work).isLessThan(Duration.ofMinutes(5));
  }

  @Test
  void aTableOfThousandsOfCellsUnderOneCaptionIsBounded() {
    StringBuilder b = new StringBuilder("Tabel 9 Uitgaven per artikel (x € 1.000)\n");
    for (int row = 0; row < 3000; row++) {
      b.append(row % 90 + 1).append(" Post");
      for (int col = 0; col < 8; col++) {
        b.append("  ").append(1 + (row * 7 + col) % 900).append('.').append(100 + col);
      }
      b.append('\n');
    }
    // this thread's CPU time: the work done, which other builds on the machine do not inflate
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long before = cpu.getCurrentThreadCpuTime();
    Document d = process("table.txt", b.toString());
    Duration took = Duration.ofNanos(cpu.getCurrentThreadCpuTime() - before);
    // at most MAX_LINES rows are read under one caption; every amount is scaled by a thousand
    assertThat(figures(d)).hasSizeGreaterThan(1000);
    assertThat(figures(d))
        .allSatisfy(
            a -> assertThat(Double.parseDouble(a.value())).isGreaterThanOrEqualTo(1_000_000));
    assertThat(took).isLessThan(Duration.ofMinutes(2));
  }

  @Test
  void parsesWrittenNumbers() {
    List<Double> values = new ArrayList<>();
    for (String w :
        new String[] {
          "twee",
          "vijftien",
          "eenentwintig",
          "tweeëntwintig",
          "honderd",
          "825.000",
          "3,5",
          "1.234,5"
        }) {
      values.add(DutchNumbers.parse(w));
    }
    assertThat(values).containsExactly(2.0, 15.0, 21.0, 22.0, 100.0, 825000.0, 3.5, 1234.5);
  }
}
