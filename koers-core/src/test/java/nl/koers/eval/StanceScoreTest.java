package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.document.Json;
import nl.koers.document.TextSpan;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/** The stance scorer's arithmetic on a real paper with literal extraction items. */
class StanceScoreTest {
  private static final String DOC = "002_91ce785e42aef5d1";

  private static CourseLabel label(String json) throws IOException {
    JsonNode n = Json.mapper().readTree(json);
    return new CourseLabel("t:1", n.get("doc").asText(), n.get("anchor").asText(), n);
  }

  private static Map<String, Object> item(TextSpan s, String holder, String target, int polarity) {
    return Map.of(
        "begin",
        s.begin(),
        "end",
        s.end(),
        "holder",
        holder,
        "target",
        target,
        "polarity",
        polarity);
  }

  @Test
  void scoresPolarityHolderSpuriousItemsAndBrokenLabels() throws IOException {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("002")).document();
    TextSpan cruciaal = Anchors.sentence(d, "Sterke trans-Atlantische betrekkingen zijn cruciaal");
    TextSpan volgt = Anchors.sentence(d, "Vanzelfsprekend volgt het kabinet de ontwikkelingen");
    Map<String, Object> record =
        Map.of(
            "stance",
            List.of(
                item(cruciaal, "government", "united-states", 1),
                item(cruciaal, "government", "europe", 1),
                item(volgt, "council", "united-states", -1)));
    CourseDocs docs = new CourseDocs(Map.of(DOC, new CourseDocs.Paper(DOC, d, record)));
    List<CourseLabel> labels =
        List.of(
            label(
                "{\"doc\":\""
                    + DOC
                    + "\",\"anchor\":\"Sterke trans-Atlantische betrekkingen\","
                    + "\"holder\":\"government\",\"target\":\"united-states\",\"polarity\":1}"),
            label(
                "{\"doc\":\""
                    + DOC
                    + "\",\"anchor\":\"Vanzelfsprekend volgt het kabinet\","
                    + "\"holder\":\"government\",\"target\":\"united-states\",\"polarity\":0}"),
            label(
                "{\"doc\":\""
                    + DOC
                    + "\",\"anchor\":\"no such words in the paper\","
                    + "\"holder\":\"government\",\"target\":\"nato\",\"polarity\":0}"));
    CourseReport r = new StanceScore((doc, s) -> "government").score(labels, docs);
    // gold +1 got +1; gold 0 got -1; spurious europe +1 (gold 0)
    // class -1: p 0/1, r 0/0 -> f1 0; class 0: p 0/0 -> 0; class +1: p 1/2, r 1/1 -> f1 2/3
    assertThat(r.summary().get("stance_acc")).isCloseTo(0.5, within(1e-9));
    assertThat(r.summary().get("stance_macro_f1")).isCloseTo(0.222, within(1e-9));
    assertThat(r.summary().get("holder_acc")).isCloseTo(0.5, within(1e-9));
    assertThat(r.broken()).singleElement().asString().contains("anchor not found");
    assertThat(r.misses()).anyMatch(m -> m.contains("spurious [europe]"));
  }

  @Test
  void aSentenceWithoutItemsTakesTheHolderTheAnnotatorWouldGive() throws IOException {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("002")).document();
    CourseDocs docs =
        new CourseDocs(Map.of(DOC, new CourseDocs.Paper(DOC, d, Map.of("stance", List.of()))));
    CourseReport r =
        new StanceScore((doc, s) -> "parliament")
            .score(
                List.of(
                    label(
                        "{\"doc\":\""
                            + DOC
                            + "\",\"anchor\":\"Vanzelfsprekend volgt het\","
                            + "\"holder\":\"parliament\",\"target\":\"united-states\","
                            + "\"polarity\":0}")),
                docs);
    assertThat(r.summary()).containsEntry("holder_acc", 1.0).containsEntry("stance_acc", 1.0);
  }
}
