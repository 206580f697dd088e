package nl.koers.annotate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        .process(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .document();
  }

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
                  assertThat(d.quote(a.span()))
                      .contains(want.get("text").asText().replaceAll(".* van tenminste ", ""));
                  assertThat(Double.parseDouble(a.value())).isEqualTo(want.get("value").asDouble());
                  assertThat(a.attribute("unit")).isEqualTo(want.get("unit").asText());
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
  void readsDutchNumberFormatsAndScales() {
    Document d =
        process(
            "x.txt",
            "Het gaat om € 1,5 miljard en 2,3 mld. euro, om 825.000 banen, om vijfentwintig procent"
                + " en om tweeëntwintig procent van het bbp in 2030.\n");
    assertThat(figures(d))
        .extracting(Annotation::value, a -> a.attribute("unit"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("1500000000", "EUR"),
            org.assertj.core.groups.Tuple.tuple("2300000000", "EUR"),
            org.assertj.core.groups.Tuple.tuple("825000", "banen"),
            org.assertj.core.groups.Tuple.tuple("25", "%"),
            org.assertj.core.groups.Tuple.tuple("22", "%"));
    assertThat(figures(d).get(figures(d).size() - 1).attribute("year")).isEqualTo("2030");
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
      "5000 nieuwe "
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
    assertThat(d.annotations(AnnotationType.ENTITY)).isNotEmpty();
    // a generous bound: catastrophic backtracking would take hours, linear work takes seconds
    assertThat(work).isLessThan(Duration.ofMinutes(5));
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
