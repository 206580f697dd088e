package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import nl.koers.read.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The /v1 API over a real server on a free port, with the seeds and the dev corpus indexed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  private static final long MAX_UPLOAD = 2L << 20;

  @TempDir static Path data;
  private TestServer s;

  @BeforeAll
  void start() throws IOException {
    s =
        TestServer.start(
            data,
            TestServer.TOKEN,
            MAX_UPLOAD,
            List.of(SharedCorpus.seeds(), SharedCorpus.dev().resolve("docs")));
  }

  @AfterAll
  void stop() {
    s.close();
  }

  @Test
  void healthAndStatsCountTheIndexedPapers() throws Exception {
    JsonNode health = s.json("/v1/health");
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("readOnly").asBoolean()).isFalse();
    JsonNode stats = s.json("/v1/stats");
    assertThat(stats.get("papers").asInt())
        .isEqualTo(health.get("papers").asInt())
        .isGreaterThanOrEqualTo(45);
    assertThat(stats.get("kinds").has("brief")).isTrue();
  }

  @Test
  void searchReadsBrokenSyntaxAsWordsAndSaysSo() throws Exception {
    HttpResponse<String> r = s.get("/v1/search?q=" + enc("\"Piri AND ("));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode page = Json.mapper().readTree(r.body());
    assertThat(page.at("/results/notice").asText()).contains("syntax");
    assertThat(page.at("/results/hits/0/id").asText()).isEqualTo("kst-21501-02-2976");
    JsonNode like = s.json("/v1/similar?id=kst-21501-02-2976&limit=3");
    assertThat(like.size()).isBetween(1, 3);
    assertThat(s.get("/v1/similar?id=kst-0-0").statusCode()).isEqualTo(404);
  }

  @Test
  void searchFindsSeed002WithHighlightsFacetsAndPaging() throws Exception {
    JsonNode page = s.json("/v1/search?q=Piri&limit=1");
    JsonNode first = page.at("/results/hits/0");
    assertThat(first.get("id").asText()).isEqualTo("kst-21501-02-2976");
    assertThat(first.get("highlight").asText()).contains("«Piri»");
    assertThat(page.at("/results/totalPapers").asInt()).isEqualTo(2);
    assertThat(page.get("pages").asInt()).isEqualTo(2);
    assertThat(page.at("/results/facets/kind").size()).isPositive();
    assertThat(page.at("/entityLabels/united-states").asText()).isEqualTo("Verenigde Staten");

    String csv = s.get("/v1/search?q=Piri&format=csv").body();
    assertThat(csv.lines().findFirst().orElse("")).startsWith("id,source,title,date");
    assertThat(csv.lines()).hasSize(3);
    assertThat(s.get("/v1/search?q=Piri&format=jsonl").body().lines().findFirst().orElse(""))
        .contains("\"id\":\"kst-21501-02-2976\"");

    JsonNode second = s.json("/v1/search?q=Piri&limit=1&page=2");
    assertThat(second.at("/results/hits/0/id").asText()).isNotEqualTo("kst-21501-02-2976");

    JsonNode filtered = s.json("/v1/search?q=*&kind=motie&sort=date&limit=50");
    assertThat(filtered.at("/results/hits").size()).isPositive();
    filtered
        .at("/results/hits")
        .forEach(h -> assertThat(h.get("kind").asText()).isEqualTo("motie"));

    JsonNode year = s.json("/v1/search?q=*&year=2024&entity=VS&limit=50");
    year.at("/results/hits").forEach(h -> assertThat(h.get("date").asText()).startsWith("2024"));
    assertThat(year.at("/results/hits").size()).isPositive();

    var authors = s.json("/v1/search?q=*&limit=1").at("/results/facets/author").fields().next();
    JsonNode author = s.json("/v1/search?q=*&limit=50&author=" + enc(authors.getKey()));
    assertThat(author.at("/results/totalPapers").asInt()).isEqualTo(authors.getValue().asInt());
  }

  @Test
  void suggestionsOfferEntitiesMembersAndDossiers() throws Exception {
    assertThat(ids(s.json("/v1/suggest?q=pir"), "id")).contains("member-piri");
    assertThat(ids(s.json("/v1/suggest?q=verenigde"), "id")).contains("united-states");
    assertThat(ids(s.json("/v1/suggest?q=21501"), "id")).contains("21501-02");
  }

  @Test
  void aDocumentComesWholeWithSpansThatQuoteTheText() throws Exception {
    JsonNode d = s.json("/v1/documents/kst-21501-02-2976");
    JsonNode doc = d.get("document");
    String text = doc.get("text").asText();
    assertThat(doc.at("/facts/signatories/0").asText()).isEqualTo("C.C.J. Veldkamp");
    boolean found = false;
    for (JsonNode a : doc.get("annotations")) {
      if (a.get("type").asText().equals("kamerstuk_ref")) {
        assertThat(a.get("value").asText()).isEqualTo("kst-21501-02-2958");
        String quote = text.substring(a.at("/span/begin").asInt(), a.at("/span/end").asInt());
        assertThat(quote).contains("2958");
        found = true;
      }
    }
    assertThat(found).isTrue();
    assertThat(d.get("original").asText()).isEqualTo("/v1/documents/kst-21501-02-2976/original");
    assertThat(s.json("/v1/documents/kst-21501-02-2976?text=false").at("/document/text").asText())
        .isEmpty();

    HttpResponse<byte[]> original = s.getBytes(d.get("original").asText());
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.body()).isEqualTo(Files.readAllBytes(SharedCorpus.seed("002")));
    assertThat(original.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("sandbox");
  }

  @Test
  void answersNameTheSourceFileNeverItsPathOnTheServer() throws Exception {
    String folder = SharedCorpus.seeds().toAbsolutePath().getParent().toString();
    String seed = SharedCorpus.seed("002").getFileName().toString();
    assertThat(s.json("/v1/documents/kst-21501-02-2976").at("/document/source").asText())
        .isEqualTo(seed);
    for (String path :
        List.of(
            "/v1/documents/kst-21501-02-2976",
            "/v1/documents?limit=500",
            "/v1/documents?limit=500&format=csv",
            "/v1/search?q=NAVO&limit=50",
            "/v1/search?q=NAVO&limit=50&format=jsonl",
            "/v1/similar?id=kst-21501-02-2976")) {
      String body = s.get(path).body();
      assertThat(body).as(path).isNotBlank().doesNotContain(folder);
    }
    for (JsonNode row : s.json("/v1/documents?limit=500").get("items")) {
      assertThat(row.get("source").asText()).doesNotContain("/").isNotBlank();
    }
  }

  @Test
  void theDocumentListFiltersAndExports() throws Exception {
    JsonNode list = s.json("/v1/documents?dossier=21501-02&limit=500");
    assertThat(list.get("count").asInt()).isPositive();
    list.get("items").forEach(r -> assertThat(r.get("dossier").asText()).isEqualTo("21501-02"));
    HttpResponse<String> csv = s.get("/v1/documents?entity=Q30&format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("id,date,dateInferred,kind");
    assertThat(lines).hasSize(s.json("/v1/entities/united-states").get("papers").size() + 1);
  }

  @Test
  void entitiesAndTopicsWithTheirDetail() throws Exception {
    JsonNode entities = s.json("/v1/entities?type=country");
    assertThat(ids(entities.get("items"), "id")).contains("united-states", "netherlands");
    entities.get("items").forEach(e -> assertThat(e.get("type").asText()).isEqualTo("country"));
    JsonNode us = s.json("/v1/entities/VS");
    assertThat(us.get("id").asText()).isEqualTo("united-states");
    assertThat(us.at("/entity/qid").asText()).isEqualTo("Q30");
    assertThat(ids(us.get("papers"), "paper")).contains("kst-21501-02-2976");
    assertThat(s.json("/v1/entities/member-piri").get("papers").size()).isPositive();

    JsonNode topics = s.json("/v1/topics");
    assertThat(ids(topics.get("items"), "id")).contains("security-defence");
    JsonNode topic = s.json("/v1/topics/security-defence");
    assertThat(topic.get("papers").size())
        .isEqualTo(findById(topics.get("items"), "security-defence").get("papers").asInt());
    String jsonl = s.get("/v1/entities?format=jsonl&limit=5").body();
    assertThat(jsonl.lines())
        .hasSize(5)
        .allSatisfy(l -> assertThat(Json.mapper().readTree(l).has("qid")).isTrue());
  }

  @Test
  void figuresAndCommitmentsAsJsonCsvAndJsonLines() throws Exception {
    JsonNode figures = s.json("/v1/figures?paper=kst-21501-02-2244");
    assertThat(figures.get("count").asInt()).isPositive();
    figures
        .get("items")
        .forEach(f -> assertThat(f.get("paper").asText()).isEqualTo("kst-21501-02-2244"));
    String csv = s.get("/v1/figures?entity=NAVO&format=csv").body();
    assertThat(csv.lines().findFirst().orElse(""))
        .startsWith("paper,date,dateInferred,text,value,display,unit,direction,year");
    HttpResponse<String> commitments = s.get("/v1/commitments?format=jsonl&kind=brief");
    assertThat(commitments.headers().firstValue("Content-Type").orElse("")).contains("ndjson");
    assertThat(commitments.body().lines())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(Json.mapper().readTree(l).get("actor")).isNotNull());
  }

  @Test
  void timelineAndComparison() throws Exception {
    JsonNode t = s.json("/v1/timeline?subject=VS");
    assertThat(t.get("subject").asText()).isEqualTo("united-states");
    assertThat(ids(t.get("points"), "period")).contains("2018", "2020", "2024", "2025");
    String csv = s.get("/v1/timeline?subject=topic:security-defence&by=quarter&format=csv").body();
    assertThat(csv.lines().findFirst().orElse(""))
        .isEqualTo(
            "period,start,end,papers,passages,stanceSentences,stancePapers,meanStance,ciLow,ciHigh,shift");
    JsonNode c = s.json("/v1/compare?a=2018&b=2024");
    assertThat(c.get("gained").size() + c.get("dropped").size()).isPositive();
    assertThat(s.json("/v1/compare?a=kst-21501-02-2976&b=2025").get("a").asText())
        .isEqualTo("kst-21501-02-2976");
  }

  @Test
  void refsGraphAndDossier() throws Exception {
    JsonNode placeholder = s.json("/v1/refs/kst-21501-02-2958");
    assertThat(placeholder.at("/paper/type").asText()).isEqualTo("placeholder");
    assertThat(ids(placeholder.get("in"), "from")).contains("kst-21501-02-2976");
    JsonNode around = s.json("/v1/graph?around=kst-21501-02-2976&depth=1");
    assertThat(ids(around.get("nodes"), "id")).contains("kst-21501-02-2976", "kst-21501-02-2958");
    assertThat(s.get("/v1/graph?dossier=21501-02&format=dot").body()).startsWith("digraph");
    JsonNode top = s.json("/v1/graph?top=3");
    assertThat(top.get("nodes").size()).isGreaterThan(3);
    assertThat(top.get("edges")).isNotEmpty();
    assertThat(s.get("/v1/graph?around=kst-21501-02-2976&format=graphml").body())
        .contains("<graphml");
    JsonNode dossier = s.json("/v1/dossiers/21501-02");
    assertThat(dossier.get("papers").size()).isPositive();
    dossier
        .get("papers")
        .forEach(p -> assertThat(p.at("/paper/dossier").asText()).isEqualTo("21501-02"));
    assertThat(s.json("/v1/dossiers/21%20501-02").get("dossier").asText()).isEqualTo("21501-02");
  }

  @Test
  void everyErrorIsJsonWithTheRightStatusAndNoStackTrace() throws Exception {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("/v1/search", 400);
    expected.put("/v1/search?q=Piri&limit=0", 400);
    expected.put("/v1/search?q=Piri&from=yesterday", 400);
    expected.put("/v1/search?q=Piri&sort=random", 400);
    expected.put("/v1/search?q=Piri&entity=Atlantis-no-such", 400);
    expected.put("/v1/search?q=Piri&facets=maybe", 400);
    expected.put("/v1/documents?format=xml", 400);
    expected.put("/v1/timeline", 400);
    expected.put("/v1/timeline?subject=VS&by=decade", 400);
    expected.put("/v1/compare?a=2018&b=gisteren", 400);
    expected.put("/v1/graph?format=png", 400);
    expected.put("/v1/graph?around=kst-1-1&depth=9", 400);
    expected.put("/v1/documents/kst-0-0", 404);
    expected.put("/v1/documents/kst-0-0/original", 404);
    expected.put("/v1/entities/no-such-entity-at-all", 404);
    expected.put("/v1/topics/no-such-topic", 404);
    expected.put("/v1/refs/kst-0-0", 404);
    expected.put("/v1/graph?around=kst-0-0", 404);
    expected.put("/v1/dossiers/99999", 404);
    expected.put("/v1/figures?paper=kst-0-0", 404);
    expected.put("/v1/no-such-route", 404);
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      HttpResponse<String> r = s.get(e.getKey());
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .as(e.getKey())
          .startsWith("application/json");
      JsonNode body = Json.mapper().readTree(r.body());
      assertThat(body.get("status").asInt()).isEqualTo(e.getValue());
      assertThat(body.get("error").asText())
          .as(e.getKey())
          .isNotBlank()
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void uploadsNeedTheTokenAndReportEachFile() throws Exception {
    Map<String, byte[]> one =
        Map.of("brief.txt", new Fixtures().text().getBytes(StandardCharsets.UTF_8));
    assertThat(s.upload(null, one).statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = s.upload("not-the-token", one);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");

    Map<String, byte[]> batch = new LinkedHashMap<>();
    batch.put("../../etc/brief.txt", new Fixtures().text().getBytes(StandardCharsets.UTF_8));
    batch.put(
        "kapot.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
    batch.put("leeg.bin", new byte[] {0, 1, 2, 3, (byte) 0xff});
    HttpResponse<String> r = s.upload(TestServer.TOKEN, batch);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode results = Json.mapper().readTree(r.body()).get("results");
    assertThat(results.get(0).get("status").asText()).isIn("indexed", "replaced");
    assertThat(results.get(1).get("status").asText()).isEqualTo("failed");
    assertThat(results.get(1).get("reason").asText()).isNotBlank();
    assertThat(results.get(2).get("status").asText()).isEqualTo("unsupported");
    // refused files are not kept: only the indexed one is left under uploads/
    try (var stored = Files.walk(data.resolve("uploads"))) {
      assertThat(stored.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .contains("brief.txt")
          .doesNotContain("kapot.pdf", "leeg.bin");
    }
    String id = results.get(0).get("id").asText();
    // the uploaded file is kept inside the data folder, whatever name the client sent
    JsonNode detail = s.json("/v1/documents/" + id);
    // the answer names the stored file, not its path on the server
    String name = detail.at("/document/source").asText();
    assertThat(name).doesNotContain("/").endsWith("brief.txt");
    Path source;
    try (var stored = Files.walk(data.resolve("uploads"))) {
      source =
          stored.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }
    assertThat(s.getBytes(detail.get("original").asText()).body())
        .isEqualTo(batch.get("../../etc/brief.txt"));
    assertThat(ids(s.json("/v1/search?q=luchtverdediging&limit=50").at("/results/hits"), "id"))
        .contains(id);
    // an original that changed on disk is refused, one that is gone is not found
    byte[] kept = Files.readAllBytes(source);
    Files.writeString(source, "veranderd", StandardCharsets.UTF_8);
    assertThat(s.get(detail.get("original").asText()).statusCode()).isEqualTo(409);
    Files.delete(source);
    HttpResponse<String> gone = s.get(detail.get("original").asText());
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.body()).contains("is gone").doesNotContain(data.toString());
    Files.write(source, kept);
    // the same bytes again change nothing
    JsonNode again =
        Json.mapper()
            .readTree(
                s.upload(TestServer.TOKEN, Map.of("copy.txt", batch.get("../../etc/brief.txt")))
                    .body());
    assertThat(again.at("/results/0/status").asText()).isEqualTo("unchanged");
    // earlier papers are untouched
    assertThat(s.json("/v1/documents/kst-21501-02-2976").at("/document/facts/number").asText())
        .isEqualTo("2976");
  }

  @Test
  void anUploadOverTheLimitIs413AndNotMultipartIs400() throws Exception {
    HttpResponse<String> big =
        s.upload(TestServer.TOKEN, Map.of("groot.txt", new byte[(int) MAX_UPLOAD + 1000]));
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(Json.mapper().readTree(big.body()).get("error").asText()).contains("limit");
    HttpResponse<String> plain =
        s.send(
            HttpRequest.newBuilder(URI.create(s.base() + "/v1/documents"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hallo")));
    assertThat(plain.statusCode()).isEqualTo(400);
  }

  @Test
  void brokenMultipartAndPartsNotNamedFileAre400() throws Exception {
    HttpResponse<String> cut =
        s.send(
            HttpRequest.newBuilder(URI.create(s.base() + "/v1/documents"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--xyz\r\nContent-Disposition: form-data; name=\"file\";"
                            + " filename=\"a.txt\"\r\n\r\nhallo zonder einde")));
    assertThat(cut.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(cut.body()).get("error").asText()).contains("multipart");
    String boundary = "koers-other-part";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"bijlage\"; filename=\"b.txt\"\r\n\r\n"
            + new Fixtures().text()
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> other =
        s.send(
            HttpRequest.newBuilder(URI.create(s.base() + "/v1/documents"))
                .header("Authorization", "Bearer " + TestServer.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(other.body()).get("error").asText()).contains("'bijlage'");
  }

  @Test
  void anUploadWhileAnotherProcessWritesTheIndexIs503WithRetryAfter() throws Exception {
    // the lock a command-line ingest holds while it writes
    try (nl.koers.index.PaperIndex ingest = nl.koers.index.PaperIndex.open(data)) {
      HttpResponse<String> r =
          s.upload(
              TestServer.TOKEN,
              Map.of("brief.txt", new Fixtures().text().getBytes(StandardCharsets.UTF_8)));
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
      assertThat(Json.mapper().readTree(r.body()).get("error").asText())
          .contains("another process");
    }
  }

  @Test
  void thousandsOfNestedParenthesesAreReadAsWordsNotAStackOverflow() throws Exception {
    HttpResponse<String> r =
        // parentheses need no escaping in a query string; escaped, 7,000 of them are a 414
        s.get("/v1/search?q=" + "(".repeat(3_500) + "NAVO" + ")".repeat(3_500));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(r.body()).at("/results/notice").asText()).isNotBlank();
  }

  @Test
  void errorsJettyAnswersItselfAreJsonToo() throws Exception {
    String longUri = "GET /v1/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n";
    assertThat(raw(longUri + "Connection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 414")
        .contains("application/json")
        .contains("{\"status\":414,");
    String bigHeader =
        "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n";
    assertThat(raw(bigHeader + "Connection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 431")
        .contains("{\"status\":431,");
    assertThat(raw("GET /v1/health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("{\"status\":400,");
  }

  /** Sends a request as raw bytes (to say what HttpClient would refuse to) and reads the answer. */
  private String raw(String request) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", s.server.port())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void everyAnswerMatchesItsSchemaInTheOpenApiDocument() throws Exception {
    JsonNode doc = s.json("/v1/openapi.json");
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    Map<String, String> sample = new LinkedHashMap<>();
    sample.put("/v1/health", "/v1/health");
    sample.put("/v1/stats", "/v1/stats");
    sample.put("/v1/suggest", "/v1/suggest?q=n");
    sample.put("/v1/search", "/v1/search?q=Piri");
    sample.put("/v1/search ", "/v1/search?q=NAVO%20Oekra%C3%AFne&sort=date&limit=20");
    sample.put("/v1/search  ", "/v1/search?q=Rusand&kind=motie");
    sample.put("/v1/similar", "/v1/similar?id=kst-21501-02-2976");
    sample.put("/v1/documents", "/v1/documents?limit=500");
    sample.put("/v1/documents/{id}", "/v1/documents/kst-21501-02-2976");
    sample.put("/v1/entities", "/v1/entities");
    sample.put("/v1/entities/{id}", "/v1/entities/VS");
    sample.put("/v1/topics", "/v1/topics");
    sample.put("/v1/topics/{id}", "/v1/topics/security-defence");
    sample.put("/v1/timeline", "/v1/timeline?subject=VS&by=quarter");
    sample.put("/v1/compare", "/v1/compare?a=2018&b=2024");
    sample.put("/v1/figures", "/v1/figures");
    sample.put("/v1/commitments", "/v1/commitments");
    sample.put("/v1/refs/{id}", "/v1/refs/kst-21501-02-2958");
    sample.put("/v1/graph", "/v1/graph");
    sample.put("/v1/dossiers/{dossier}", "/v1/dossiers/21501-02");
    for (Map.Entry<String, String> e : sample.entrySet()) {
      JsonNode schema = doc.at(responseSchema(e.getKey().strip(), "get"));
      assertThat(schema.isObject()).as(e.getKey()).isTrue();
      JsonNode body = s.json(e.getValue());
      assertThat(OpenApiSchemas.errors(doc, schema, body)).as(e.getValue()).isEmpty();
    }
    // the validator does validate: a field the document does not know is a contract break
    com.fasterxml.jackson.databind.node.ObjectNode health =
        (com.fasterxml.jackson.databind.node.ObjectNode) s.json("/v1/health");
    health.put("uptime", 1);
    assertThat(OpenApiSchemas.errors(doc, doc.at(responseSchema("/v1/health", "get")), health))
        .isNotEmpty();
    // and so is an error body
    JsonNode notFound = Json.mapper().readTree(s.get("/v1/documents/kst-0-0").body());
    assertThat(
            OpenApiSchemas.errors(
                doc,
                doc.at(
                    "/paths/~1v1~1documents~1{id}/get/responses/404/content/application~1json/schema"),
                notFound))
        .isEmpty();
  }

  private static String responseSchema(String path, String method) {
    return "/paths/"
        + path.replace("~", "~0").replace("/", "~1")
        + "/"
        + method
        + "/responses/200/content/application~1json/schema";
  }

  @Test
  void aServerWithoutTokenIsReadOnly(@TempDir Path empty) throws Exception {
    try (TestServer readOnly = TestServer.start(empty, null, MAX_UPLOAD, List.of())) {
      assertThat(readOnly.json("/v1/health").get("readOnly").asBoolean()).isTrue();
      assertThat(readOnly.json("/v1/health").get("papers").asInt()).isZero();
      HttpResponse<String> r =
          readOnly.upload("anything", Map.of("a.txt", "x".getBytes(StandardCharsets.UTF_8)));
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body()).contains("read-only");

      // a command-line ingest into the same folder shows up without a restart
      try (nl.koers.index.PaperIndex index = nl.koers.index.PaperIndex.open(empty)) {
        index.ingest(SharedCorpus.seed("002"), TestServer.processor());
        index.commit();
      }
      // the server looks at the disk at most every two seconds: ask until it has (a busy machine
      // may need many asks; the bound is there only so a broken refresh fails instead of hanging)
      for (int ask = 0;
          ask < 600 && readOnly.json("/v1/health").get("papers").asInt() == 0;
          ask++) {
        Thread.sleep(100);
      }
      assertThat(readOnly.json("/v1/search?q=Piri").at("/results/hits/0/id").asText())
          .isEqualTo("kst-21501-02-2976");
    }
  }

  @Test
  void theOpenApiDocumentPassesTheSwaggerParsersChecks() throws Exception {
    // swagger-parser reads the document as OpenAPI tooling does and lists every rule it breaks
    io.swagger.v3.parser.core.models.SwaggerParseResult parsed =
        new io.swagger.v3.parser.OpenAPIV3Parser()
            .readContents(s.get("/v1/openapi.json").body(), null, null);
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getPaths()).containsKey("/v1/search");
    // and the check can fail: the same document without its required info object does
    com.fasterxml.jackson.databind.node.ObjectNode broken =
        (com.fasterxml.jackson.databind.node.ObjectNode) s.json("/v1/openapi.json");
    broken.remove("info");
    assertThat(
            new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(broken.toString(), null, null)
                .getMessages())
        .isNotEmpty();
  }

  @Test
  void theOpenApiDocumentListsExactlyTheRoutesThatExist() throws Exception {
    JsonNode doc = s.json("/v1/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    Set<String> documented = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m ->
                            documented.add(
                                m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    Set<String> registered = new TreeSet<>();
    for (String r : s.server.routes()) {
      if (r.contains(" /v1/") && !r.endsWith("/v1/openapi.json")) {
        registered.add(r);
      }
    }
    assertThat(registered).hasSizeGreaterThan(15);
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void pagesAndAnswersCarrySecurityHeadersAndNoCors() throws Exception {
    for (String path :
        List.of(
            "/",
            "/paper.html",
            "/js/paper.js",
            "/v1/health",
            "/v1/no-such-route",
            "/v1/openapi.json")) {
      HttpResponse<String> r =
          s.send(
              HttpRequest.newBuilder(URI.create(s.base() + path))
                  .header("Origin", "https://evil.example"));
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp)
          .as(path)
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
    }
    assertThat(s.get("/").body())
        .contains("<script type=\"module\" src=\"/js/search.js\">")
        .doesNotContain("onclick=");
  }

  @Test
  void noPathLeadsOutOfTheIndexOrTheWebFolder() throws Exception {
    List<String> attempts = new ArrayList<>();
    attempts.add("/v1/documents/..%2F..%2F..%2Fetc%2Fpasswd/original");
    attempts.add("/v1/documents/%2Fetc%2Fpasswd/original");
    attempts.add("/..%2F..%2F..%2F..%2Fetc%2Fpasswd");
    attempts.add("/js/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd");
    attempts.add("/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
    for (String path : attempts) {
      HttpResponse<String> r = s.get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("root:");
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static JsonNode findById(JsonNode array, String id) {
    for (JsonNode n : array) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id);
  }
}
