package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import nl.koers.read.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server over the seeds that sheds load: limits set so that the refusal is certain (no heavy
 * turns, a breaker budget of two papers, a search limit that has always run out), so each test
 * bounds work, never wall-clock time.
 */
class ServerLimitsTest {
  private static final long MAX_UPLOAD = 1L << 20;

  private static Limits limits(int heavy, long budget, boolean searchOutOfTime) {
    Limits d = Limits.defaults();
    return new Limits(
        d.requests(),
        heavy,
        0,
        budget,
        1,
        searchOutOfTime
            ? () -> new nl.koers.engine.Deadline(System.nanoTime() - 1)
            : d.searchTimeout(),
        d.idleTimeoutMillis(),
        d.threads());
  }

  @Test
  void heavyRoutesAre503WithRetryAfterWhenNoHeavyTurnIsFreeWhileLightOnesAnswer(@TempDir Path data)
      throws Exception {
    try (TestServer s =
        TestServer.start(
            data, null, MAX_UPLOAD, List.of(SharedCorpus.seeds()), limits(0, 1L << 40, false))) {
      for (String heavy :
          List.of("/v1/timeline?subject=VS", "/v1/figures", "/v1/graph", "/v1/documents")) {
        HttpResponse<String> r = s.get(heavy);
        assertThat(r.statusCode()).as(heavy).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).as(heavy).contains("2");
        JsonNode body = Json.mapper().readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("error").asText()).contains("retry");
      }
      assertThat(s.get("/v1/search?q=Piri").statusCode()).isEqualTo(200);
      assertThat(s.get("/v1/documents/kst-21501-02-2976").statusCode()).isEqualTo(200);
      assertThat(s.json("/v1/health").get("papers").asInt()).isEqualTo(5);
    }
  }

  @Test
  void aRequestReadingMorePapersThanTheBreakerAllowsIsRefusedBeforeReading(@TempDir Path data)
      throws Exception {
    // a budget of two papers (one byte a paper, two bytes)
    try (TestServer s =
        TestServer.start(
            data, null, MAX_UPLOAD, List.of(SharedCorpus.seeds()), limits(4, 2, false))) {
      HttpResponse<String> timeline = s.get("/v1/timeline?subject=topic:security-defence");
      assertThat(timeline.statusCode()).isEqualTo(400);
      assertThat(Json.mapper().readTree(timeline.body()).get("error").asText())
          .contains("would read")
          .contains("narrow it");
      assertThat(s.get("/v1/documents?limit=10").statusCode()).isEqualTo(400);
      JsonNode two = s.json("/v1/documents?limit=2");
      assertThat(two.get("count").asInt()).isEqualTo(2);
      // one paper's figures read that paper only
      assertThat(s.get("/v1/figures?paper=kst-21501-02-2976").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSearchOutOfTimeIs503WithAClearMessage(@TempDir Path data) throws Exception {
    try (TestServer s =
        TestServer.start(
            data, null, MAX_UPLOAD, List.of(SharedCorpus.seeds()), limits(4, 1L << 40, true))) {
      HttpResponse<String> r = s.get("/v1/search?q=Piri");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
      assertThat(Json.mapper().readTree(r.body()).get("error").asText())
          .contains("took longer than this server allows");
    }
  }

  @Test
  void aDataFolderThatCannotBeWrittenIsReadOnlyInHealthAndRefusesUploads(@TempDir Path data)
      throws Exception {
    try (TestServer s =
        TestServer.start(data, TestServer.TOKEN, MAX_UPLOAD, List.of(), Limits.defaults())) {
      assertThat(s.json("/v1/health").get("readOnly").asBoolean()).isFalse();
      // where uploads would be kept is a file now: nothing can be stored (as on a read-only disk)
      Path uploads = data.resolve("uploads");
      if (Files.isDirectory(uploads)) {
        try (var files = Files.list(uploads)) {
          assertThat(files).isEmpty();
        }
        Files.delete(uploads);
      }
      Files.writeString(uploads, "in de weg", StandardCharsets.UTF_8);
      assertThat(s.json("/v1/health").get("readOnly").asBoolean()).isTrue();
      HttpResponse<String> r =
          s.upload(
              TestServer.TOKEN,
              Map.of("brief.txt", new Fixtures().text().getBytes(StandardCharsets.UTF_8)));
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(Json.mapper().readTree(r.body()).get("error").asText())
          .contains("cannot be written");
    }
  }
}
