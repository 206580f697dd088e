package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.CourseLabels;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/**
 * Commitment and figure precision and recall on the course labels (seeds + dev, probes, the
 * held-out probe), checked against the recorded figures in commitments-figures-baseline.json.
 */
class CommitmentFigureRegressionTest {
  private static JsonNode baseline() throws IOException {
    try (InputStream in =
        CommitmentFigureRegressionTest.class.getResourceAsStream(
            "commitments-figures-baseline.json")) {
      return Json.mapper().readTree(in);
    }
  }

  private static void check(
      List<Path> folders, Path commitments, Path figures, String key, int papers)
      throws IOException {
    List<String> unreadable = new ArrayList<>();
    CourseDocs docs =
        CourseDocs.read(folders, PaperProcessor.standard(), o -> unreadable.add(o.source()));
    assertThat(unreadable).isEmpty();
    assertThat(docs.size()).isGreaterThanOrEqualTo(papers);
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("commitments", commitments);
    files.put("figures", figures);
    List<CourseReport> reports = CourseRun.score(files, docs);
    for (CourseReport r : reports) {
      assertThat(r.broken()).as("broken %s labels", r.name()).isEmpty();
    }
    JsonNode b = baseline();
    double tolerance = b.get("tolerance").asDouble();
    Map<String, Double> actual = CourseRun.summary(reports);
    b.get(key)
        .fieldNames()
        .forEachRemaining(
            k ->
                assertThat(actual.get(k))
                    .as(
                        k
                            + " (misses: "
                            + reports.stream().map(CourseReport::misses).toList()
                            + ")")
                    .isCloseTo(b.get(key).get(k).asDouble(), within(tolerance)));
  }

  @Test
  void seedAndDevLabelsScoreAsRecorded() throws IOException {
    check(
        List.of(SharedCorpus.dev().resolve("docs"), SharedCorpus.seeds()),
        CourseLabels.root().resolve("commitments.jsonl"),
        CourseLabels.root().resolve("figures.jsonl"),
        "seeds_dev",
        45);
  }

  @Test
  void probeLabelsScoreAsRecorded() throws IOException {
    check(
        List.of(CourseLabels.probes().resolve("docs")),
        CourseLabels.probes().resolve("commitments.jsonl"),
        CourseLabels.probes().resolve("figures.jsonl"),
        "probes",
        5);
  }

  @Test
  void heldOutProbeScoresAsRecorded() throws IOException {
    check(
        List.of(CourseLabels.probes().resolve("docs")),
        CourseLabels.probes().resolve("heldout-commitments.jsonl"),
        CourseLabels.probes().resolve("heldout-figures.jsonl"),
        "heldout",
        5);
  }
}
