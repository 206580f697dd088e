package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/** Extraction accuracy on the dev corpus and the seeds, checked against recorded figures. */
class ExtractionRegressionTest {
  private static Evaluator.Report evaluate(Path gold, Path docs) throws IOException {
    List<Outcome> unreadable = new ArrayList<>();
    Evaluator.Report r = GoldRun.evaluate(gold, docs, PaperProcessor.standard(), unreadable::add);
    assertThat(unreadable).isEmpty();
    return r;
  }

  private static JsonNode baseline() throws IOException {
    try (InputStream in =
        ExtractionRegressionTest.class.getResourceAsStream("extraction-baseline.json")) {
      return Json.mapper().readTree(in);
    }
  }

  private static void check(Evaluator.Report r, JsonNode expected, double tolerance) {
    Map<String, Double> actual = new HashMap<>();
    actual.put("scalar_accuracy", r.scalarAccuracy());
    r.scores().forEach((field, s) -> actual.put(field + "_f1", s.f1()));
    expected
        .fieldNames()
        .forEachRemaining(
            key ->
                assertThat(actual.get(key))
                    .as(key + " (misses: " + r.misses() + ")")
                    .isCloseTo(expected.get(key).asDouble(), within(tolerance)));
  }

  @Test
  void devCorpusFiguresMatchTheRecordedBaseline() throws IOException {
    JsonNode b = baseline();
    Evaluator.Report r =
        evaluate(SharedCorpus.dev().resolve("gold.jsonl"), SharedCorpus.dev().resolve("docs"));
    assertThat(r.documents()).isEqualTo(40);
    check(r, b.get("dev"), b.get("tolerance").asDouble());
  }

  @Test
  void seedFiguresMatchTheRecordedBaseline() throws IOException {
    JsonNode b = baseline();
    Evaluator.Report r = evaluate(SharedCorpus.seeds().resolve("gold.jsonl"), SharedCorpus.seeds());
    assertThat(r.documents()).isEqualTo(5);
    check(r, b.get("seeds"), b.get("tolerance").asDouble());
  }
}
