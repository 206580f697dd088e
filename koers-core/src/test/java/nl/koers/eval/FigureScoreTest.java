package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.koers.CourseLabels;
import nl.koers.document.Json;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class FigureScoreTest {
  private static final String DOC = "probe-begroting-cijfers";

  private static CourseLabel label(String json) throws IOException {
    return new CourseLabel(
        "t:1",
        DOC,
        Json.mapper().readTree(json).get("anchor").asText(),
        Json.mapper().readTree(json));
  }

  private static CourseDocs docs() throws IOException {
    return CourseDocs.read(
        List.of(CourseLabels.probes().resolve("docs")), PaperProcessor.standard(), o -> {});
  }

  @Test
  void aFigureCountsOnlyWithValueUnitAndYear() throws IOException {
    CourseDocs docs = docs();
    int predicted = FigureScore.predictions(docs.paper(DOC).record()).size();
    CourseReport r =
        new FigureScore()
            .score(
                List.of(
                    label(
                        "{\"anchor\":\"Er resteert een tekort van\",\"figure\":true,\"value\":850000,\"unit\":\"EUR\",\"year\":null}"),
                    label(
                        "{\"anchor\":\"Nederland leverde dat jaar\",\"figure\":true,\"value\":1200,\"unit\":\"persons\",\"year\":null}"),
                    label(
                        "{\"anchor\":\"De Verenigde Staten droegen in 2024\",\"figure\":true,\"value\":2100000000.0000001,\"unit\":\"USD\",\"year\":2024}")),
                docs);
    assertThat(r.summary()).containsEntry("fig_r", 0.667);
    assertThat(r.summary().get("fig_p")).isEqualTo(Math.round(2000.0 / predicted) / 1000.0);
    assertThat(r.misses()).anyMatch(m -> m.contains("missed 1200 persons"));
  }

  @Test
  void aLabelWhoseAnchorIsAbsentIsReportedBroken() throws IOException {
    CourseReport r =
        new FigureScore()
            .score(
                List.of(
                    label(
                        "{\"anchor\":\"geen zin uit dit stuk\",\"figure\":true,\"value\":1,\"unit\":\"EUR\",\"year\":null}")),
                docs());
    assertThat(r.broken()).singleElement().asString().contains("anchor not found");
    assertThat(r.summary()).isEqualTo(Map.of("fig_p", 0.0, "fig_r", 0.0));
  }
}
