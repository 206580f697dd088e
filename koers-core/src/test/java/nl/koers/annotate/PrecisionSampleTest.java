package nl.koers.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.koers.SharedCorpus;
import nl.koers.document.Annotation;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/**
 * Precision of entities against a hand-labelled sample of the dev corpus (precision-sample.tsv);
 * figures and commitments are scored on the sentence labels of eval/course by {@code
 * CourseRegressionTest}. A labelled mention that is no longer produced makes the sample stale; more
 * than a tenth stale fails, so the sample is relabelled when the annotators change.
 */
class PrecisionSampleTest {
  @Test
  void precisionPerTypeIsAtLeast95Percent() throws IOException {
    String tsv;
    try (InputStream in = getClass().getResourceAsStream("precision-sample.tsv")) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Document> docs = new HashMap<>();
    Map<String, int[]> byType = new TreeMap<>(); // type → labelled, correct, produced
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Document d =
          docs.computeIfAbsent(
              f[1],
              n ->
                  PaperProcessor.standard()
                      .process(SharedCorpus.dev().resolve("docs").resolve(n))
                      .document());
      int[] c = byType.computeIfAbsent(f[0], k -> new int[3]);
      c[0]++;
      int begin = Integer.parseInt(f[2]);
      int end = Integer.parseInt(f[3]);
      boolean produced = false;
      for (Annotation a : d.annotations()) {
        if (a.type().label().equals(f[0]) && a.span().begin() == begin && a.span().end() == end) {
          produced |= a.value().equals(f[4]);
        }
      }
      if (produced) {
        c[2]++;
        c[1] += Integer.parseInt(f[5]);
      }
    }
    assertThat(byType).containsOnlyKeys("entity");
    byType.forEach(
        (type, c) -> {
          double precision = (double) c[1] / c[2];
          System.out.printf(
              Locale.ROOT,
              "%s: %d labelled, %d still produced, precision %.3f%n",
              type,
              c[0],
              c[2],
              precision);
          assertThat(c[2])
              .as("%s sample is stale: relabel it", type)
              .isGreaterThanOrEqualTo((int) Math.ceil(c[0] * 0.9));
          assertThat(precision).as(type).isGreaterThanOrEqualTo(0.95);
        });
  }
}
