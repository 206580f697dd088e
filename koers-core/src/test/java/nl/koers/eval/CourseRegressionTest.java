package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/**
 * The course figures ({@code koers eval-course}) on the labels in eval/course (seeds + dev) and on
 * the probe papers, checked against recorded figures (course-baseline.json) with a tolerance, in
 * both directions: an improvement is recorded by updating the data, deliberately.
 */
class CourseRegressionTest {
  /** The repository's eval/course folder, found by walking up from the working directory. */
  static Path course() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("eval/course/stance.jsonl"))) {
        return dir.resolve("eval/course");
      }
    }
    throw new IllegalStateException("eval/course/stance.jsonl not found above " + Path.of(""));
  }

  private static JsonNode baseline() throws IOException {
    try (InputStream in = CourseRegressionTest.class.getResourceAsStream("course-baseline.json")) {
      return Json.mapper().readTree(in);
    }
  }

  private static void check(List<Path> docs, Path labelFolder, JsonNode expected, double tolerance)
      throws IOException {
    List<Outcome> failed = new ArrayList<>();
    CourseDocs papers = CourseDocs.read(docs, PaperProcessor.standard(), failed::add);
    assertThat(failed).isEmpty();
    Map<String, Path> files = new LinkedHashMap<>();
    for (String analysis : CourseRun.analyses()) {
      Path f = labelFolder.resolve(analysis + ".jsonl");
      if (Files.isRegularFile(f)) {
        files.put(analysis, f);
      }
    }
    List<CourseReport> reports = CourseRun.score(files, papers);
    for (CourseReport r : reports) {
      assertThat(r.broken()).as(r.name() + " broken labels").isEmpty();
    }
    Map<String, Double> actual = CourseRun.summary(reports);
    expected
        .fieldNames()
        .forEachRemaining(
            key ->
                assertThat(actual.get(key))
                    .as(
                        key
                            + " (misses: "
                            + reports.stream().map(CourseReport::misses).toList()
                            + ")")
                    .isCloseTo(expected.get(key).asDouble(), within(tolerance)));
  }

  @Test
  void seedAndDevLabelFiguresMatchTheRecordedBaseline() throws IOException {
    JsonNode b = baseline();
    check(
        List.of(SharedCorpus.seeds(), SharedCorpus.dev().resolve("docs")),
        course(),
        b.get("dev"),
        b.get("tolerance").asDouble());
  }

  @Test
  void probeFiguresMatchTheRecordedBaseline() throws IOException {
    JsonNode b = baseline();
    Path probes = course().resolve("probes");
    check(List.of(probes.resolve("docs")), probes, b.get("probes"), b.get("tolerance").asDouble());
  }
}
