package nl.koers.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.topic.Taxonomy;
import nl.koers.document.Json;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;

/**
 * A real Koers server on a free port over a real index on disk, and an HTTP client to call it as
 * any other program would.
 */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0f3c";

  final KoersServer server;
  final Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestServer(KoersServer server, Path data) {
    this.server = server;
    this.data = data;
  }

  /** Ingests the given folders (every file in them) and starts a server over the index. */
  static TestServer start(Path data, String token, long maxUpload, List<Path> folders)
      throws IOException {
    return start(data, token, maxUpload, folders, Limits.defaults());
  }

  /** As {@link #start(Path, String, long, List)}, with the given limits on load. */
  static TestServer start(
      Path data, String token, long maxUpload, List<Path> folders, Limits limits)
      throws IOException {
    PaperProcessor processor = processor();
    try (PaperIndex index = PaperIndex.open(data)) {
      for (Path folder : folders) {
        try (var files = Files.list(folder)) {
          for (Path f : files.filter(p -> !p.toString().endsWith(".jsonl")).sorted().toList()) {
            index.ingest(f, processor);
          }
        }
      }
      index.commit();
    }
    KoersServer server =
        KoersServer.start(
            data,
            Gazetteer.standard(),
            Taxonomy.standard(),
            processor,
            new KoersServer.Settings("127.0.0.1", 0, token, maxUpload, limits));
    return new TestServer(server, data);
  }

  static PaperProcessor processor() {
    return PaperProcessor.standard();
  }

  /**
   * Imports the Tweede Kamer records bundled with the core tests into {@code data}, as {@code koers
   * import tk} does, through a copy in {@code download}.
   */
  static void importTk(Path data, Path download) throws IOException {
    for (String f :
        List.of("odata/Document.json", "odata/Toezegging.json", "syncfeed/page-1.xml")) {
      Path target = download.resolve(f);
      Files.createDirectories(target.getParent());
      try (java.io.InputStream in =
          nl.koers.SharedCorpus.class.getResourceAsStream("tk/download/" + f)) {
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    int exit =
        nl.koers.cli.KoersCommand.commandLine()
            .execute("import", "tk", "--data", data.toString(), download.toString());
    if (exit != 0) {
      throw new IllegalStateException("koers import tk exited with " + exit);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return Json.mapper().readTree(r.body());
  }

  /** Posts files as multipart/form-data parts named {@code file}; a null token sends none. */
  HttpResponse<String> upload(String token, Map<String, byte[]> files)
      throws IOException, InterruptedException {
    String boundary = "koers-test-boundary-7d1";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + f.getKey()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(f.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + "/v1/documents"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
  }
}
