package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.koers.document.Json;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static JsonNode json(String s) throws Exception {
    return Json.mapper().readTree(s);
  }

  @Test
  void scoresScalarsAndListsAsTheCorpusReadmeDefines() throws Exception {
    JsonNode gold =
        json(
            "{\"file\":\"a.txt\",\"id\":null,\"kind\":\"brief\",\"author_role\":\"minister van Buitenlandse Zaken\","
                + "\"kamerstuk_refs\":[\"kst-1-1\",\"kst-1-2\"],\"meetings\":[{\"body\":\"RBZ\",\"date\":\"2024-11-18\"}]}");
    JsonNode got =
        json(
            "{\"id\":\"kst-9-9\",\"kind\":\"brief\",\"author_role\":\"Minister van Buitenlandse Zaken\","
                + "\"kamerstuk_refs\":[\"kst-1-1\",\"kst-1-3\"],\"meetings\":[{\"body\":\"Raad Buitenlandse Zaken\",\"date\":\"2024-11-18\"}]}");
    Evaluator.Report r = new Evaluator().evaluate(List.of(gold), Map.of("a.txt", got));
    assertThat(r.scores().get("id").accuracy()).isZero(); // a value where gold has null is wrong
    assertThat(r.scores().get("kind").accuracy()).isEqualTo(1.0);
    assertThat(r.scores().get("author_role").accuracy()).isEqualTo(1.0); // case-insensitive
    assertThat(r.scores().get("kamerstuk_refs").f1()).isCloseTo(0.5, within(1e-9));
    assertThat(r.scores().get("meetings").f1()).isEqualTo(1.0); // meetings compare by date
    assertThat(r.misses())
        .extracting(Evaluator.Miss::field)
        .containsExactly("id", "kamerstuk_refs");
  }
}
