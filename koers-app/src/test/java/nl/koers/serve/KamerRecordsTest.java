package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import nl.koers.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper's page carries what the Tweede Kamer's own records say of it, once they are imported. */
class KamerRecordsTest {

  @Test
  void votesDocumentNumbersAndToezeggingenAppearAfterAnImport(
      @TempDir Path data, @TempDir Path download) throws Exception {
    try (TestServer s =
        TestServer.start(data, TestServer.TOKEN, 8L << 20, List.of(SharedCorpus.seeds()))) {
      JsonNode upload =
          Json.mapper()
              .readTree(
                  s.upload(
                          TestServer.TOKEN,
                          Map.of("kst-21501-02-3101.xml", new Fixtures().koopXml(true)))
                      .body());
      assertThat(upload.at("/results/0/id").asText()).isEqualTo("kst-21501-02-3101");
      assertThat(s.json("/v1/documents/kst-21501-02-2976").get("kamer").isNull()).isTrue();

      TestServer.importTk(data, download);

      // the running server picks the import up without a restart
      JsonNode letter = s.json("/v1/documents/kst-21501-02-3101").get("kamer");
      JsonNode vote = letter.at("/motionVotes/kst-21501-02-3055");
      assertThat(vote.get("decision").asText()).isEqualTo("Aangenomen");
      assertThat(vote.get("seatsFor").asInt()).isEqualTo(88);
      assertThat(vote.get("seatsAgainst").asInt()).isEqualTo(31);
      assertThat(letter.get("toezeggingen").elements().next().get("number").asText())
          .isEqualTo("TZ202603-014");
      assertThat(
              s.json("/v1/documents/kst-21501-02-2976").at("/kamer/paper/documentNumber").asText())
          .isEqualTo("2024D44001");
    }
  }
}
