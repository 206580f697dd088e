package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.koers.SharedCorpus;
import nl.koers.watch.WatchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The watch routes over a real server with the seeds indexed; papers arrive by upload. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchRoutesTest {
  private static final String NAVO_PAPER = "kst-28676-503";

  @TempDir static Path data;
  private TestServer s;

  @BeforeAll
  void start() throws Exception {
    s = TestServer.start(data, TestServer.TOKEN, 8L << 20, List.of(SharedCorpus.seeds()));
  }

  @AfterAll
  void stop() {
    if (s != null) {
      s.close();
    }
  }

  private HttpResponse<String> post(String token, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.base() + "/v1/watches"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return s.send(b);
  }

  private HttpResponse<String> delete(String token, String name) throws Exception {
    return s.send(
        HttpRequest.newBuilder(URI.create(s.base() + "/v1/watches/" + name))
            .header("Authorization", "Bearer " + token)
            .DELETE());
  }

  private String uploadNavoPaper() throws Exception {
    Path paper = SharedCorpus.dev().resolve("docs").resolve(NAVO_PAPER + ".txt");
    SharedCorpus.requireFile(paper, "dev paper " + NAVO_PAPER);
    JsonNode r =
        nl.koers.document.Json.mapper()
            .readTree(
                s.upload(TestServer.TOKEN, Map.of(NAVO_PAPER + ".txt", Files.readAllBytes(paper)))
                    .body());
    return r.at("/results/0/id").asText();
  }

  private static List<String> entryIds(String atom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element feed =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertThat(feed.getLocalName()).isEqualTo("feed");
    NodeList links = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < links.getLength(); i++) {
      String href = ((Element) links.item(i)).getAttribute("href");
      if (href.contains("/paper.html?id=")) {
        out.add(href.substring(href.indexOf("id=") + 3));
      }
    }
    return out;
  }

  @Test
  void addingAndRemovingNeedTheToken() throws Exception {
    assertThat(post(null, "{\"name\":\"x\",\"query\":\"NAVO\"}").statusCode()).isEqualTo(401);
    assertThat(post("wrong", "{\"name\":\"x\",\"query\":\"NAVO\"}").statusCode()).isEqualTo(401);
    HttpResponse<String> nothing = post(TestServer.TOKEN, "{\"name\":\"x\"}");
    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(nothing.body()).contains("needs something to follow");
    assertThat(post(TestServer.TOKEN, "[1,").statusCode()).isEqualTo(400);
    assertThat(
            post(TestServer.TOKEN, "{\"name\":\"rm-me\",\"topic\":\"security-defence\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(delete("wrong", "rm-me").statusCode()).isEqualTo(401);
    assertThat(delete(TestServer.TOKEN, "rm-me").statusCode()).isEqualTo(200);
    assertThat(delete(TestServer.TOKEN, "rm-me").statusCode()).isEqualTo(404);
    assertThat(s.get("/v1/watches/rm-me/feed.atom").statusCode()).isEqualTo(404);
  }

  @Test
  void aFollowedSearchGetsTheUploadedPaperInItsFeedAndNotTheSeeds() throws Exception {
    HttpResponse<String> added = post(TestServer.TOKEN, "{\"name\":\"navo\",\"query\":\"NAVO\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(entryIds(s.get("/v1/watches/navo/feed.atom").body())).isEmpty();
    String id = uploadNavoPaper();
    // what koers serve --watch-every runs, on the server's own schedule
    s.server.runInBackground(
        Duration.ofSeconds(1),
        Duration.ZERO,
        List.of(
            Schedule.Job.of(
                "watches",
                () ->
                    new WatchRunner(data, List.of(), Clock.systemUTC())
                        .run(WatchRunner.Options.all()))));
    long deadline = System.currentTimeMillis() + 20_000;
    while (s.json("/v1/watches/navo").get("latest").isEmpty()
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }

    HttpResponse<String> feed = s.get("/v1/watches/navo/feed.atom");
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    assertThat(entryIds(feed.body())).containsExactly(id);
    assertThat(feed.body()).contains("https://zoek.officielebekendmakingen.nl/" + id + ".html");
    JsonNode schedule = s.json("/v1/schedule");
    assertThat(schedule.get("enabled").asBoolean()).isTrue();
    assertThat(schedule.at("/jobs/0/job").asText()).isEqualTo("watches");
    assertThat(schedule.at("/jobs/0/lastError").isNull()).isTrue();
  }

  @Test
  void everyWatchAnswerMatchesItsSchema() throws Exception {
    post(TestServer.TOKEN, "{\"name\":\"schema\",\"entity\":\"NAVO\",\"email\":\"a@example.org\"}");
    JsonNode doc = s.json("/v1/openapi.json");
    Map<String, String> sample =
        Map.of(
            "/v1/watches", "/v1/watches",
            "/v1/watches/{id}", "/v1/watches/schema",
            "/v1/schedule", "/v1/schedule");
    for (Map.Entry<String, String> e : sample.entrySet()) {
      JsonNode schema =
          doc.at(
              "/paths/"
                  + e.getKey().replace("/", "~1")
                  + "/get/responses/200/content/application~1json/schema");
      assertThat(schema.isObject()).as(e.getKey()).isTrue();
      assertThat(OpenApiSchemas.errors(doc, schema, s.json(e.getValue())))
          .as(e.getValue())
          .isEmpty();
    }
    assertThat(s.json("/v1/watches/schema").at("/watch/entity").asText()).isEqualTo("nato");
    // the body a client sends is in the document too, and a field it does not know breaks it
    JsonNode request =
        doc.at("/paths/~1v1~1watches/post/requestBody/content/application~1json/schema");
    JsonNode body =
        nl.koers.document.Json.mapper().readTree("{\"name\":\"navo\",\"query\":\"NAVO\"}");
    assertThat(OpenApiSchemas.errors(doc, request, body)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("colour", "red");
    assertThat(OpenApiSchemas.errors(doc, request, body)).isNotEmpty();
  }

  @Test
  void aPaperCarriesItsOfficialPage() throws Exception {
    JsonNode links = s.json("/v1/documents/kst-21501-02-2976?text=false").get("links");
    assertThat(links.at("/0/url").asText())
        .isEqualTo("https://zoek.officielebekendmakingen.nl/kst-21501-02-2976.html");
  }
}
