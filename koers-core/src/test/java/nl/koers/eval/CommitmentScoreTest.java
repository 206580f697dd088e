package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.koers.CourseLabels;
import nl.koers.document.Json;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class CommitmentScoreTest {
  private static final String DOC = "probe-antwoorden";

  private static CourseLabel label(String anchor, boolean commitment) throws IOException {
    String json =
        "{\"anchor\":\""
            + anchor
            + "\",\"commitment\":"
            + commitment
            + ",\"actor\":null,\"due\":null}";
    return new CourseLabel("t:1", DOC, anchor, Json.mapper().readTree(json));
  }

  @Test
  void predictionsOutsideTrueSentencesCostPrecision() throws IOException {
    CourseDocs docs =
        CourseDocs.read(
            List.of(CourseLabels.probes().resolve("docs")), PaperProcessor.standard(), o -> {});
    int predicted = CommitmentScore.predictions(docs.paper(DOC).record()).size();
    assertThat(predicted)
        .isEqualTo(3); // the paper's three commitments, see probes/commitments.jsonl
    CourseReport r =
        new CommitmentScore()
            .score(
                List.of(
                    label("Ik zal uw Kamer na afloop", true),
                    label("Wilt u deze vragen binnen drie weken", true), // a question: never found
                    label("Het kabinet ziet geen aanleiding", false)),
                docs);
    assertThat(r.summary()).containsEntry("commit_r", 0.5).containsEntry("commit_p", 0.333);
    assertThat(r.misses()).anyMatch(m -> m.contains("missed: Wilt u deze vragen"));
  }
}
