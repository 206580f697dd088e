package nl.koers.cli;

import static nl.koers.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.read.Fixtures;
import org.apache.lucene.util.SuppressForbidden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code koers sync} as a user drives it, against a KOOP-like server on 127.0.0.1. */
@SuppressForbidden(
    reason = "a local HTTP server from the JDK (com.sun.net.httpserver) plays the sources")
class SyncCommandTest {
  @Test
  void helpNamesEverySourceAndOption() throws Exception {
    Cli.Run help = run("sync", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("tk ", "tk-feed", "koop", "--dossier", "--since", "--kind", "--tk-url")
        .contains("--tk-feed-url", "--koop-url", "--rate", "--max-bytes", "--retries")
        .contains("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/")
        .contains("https://repository.overheid.nl/sru");
  }

  @Test
  void refusesToListEverythingWithoutAScope(@TempDir Path data) throws Exception {
    Cli.Run r = run("sync", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("give a scope");
  }

  @Test
  void syncsKoopPapersAndASecondRunFetchesNothing(@TempDir Path data) throws Exception {
    AtomicInteger fileRequests = new AtomicInteger();
    HttpServer server = koop(fileRequests);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      String[] args = {
        "sync",
        "--data",
        data.toString(),
        "--source",
        "koop",
        "--dossier",
        "21501-02",
        "--koop-url",
        base + "/sru",
        "--rate",
        "100"
      };
      Cli.Run first = run(args);
      assertThat(first.exit()).as(first.out() + first.err()).isZero();
      assertThat(first.out()).contains("1 indexed").contains("0 failed");
      assertThat(fileRequests.get()).isEqualTo(2);

      Cli.Run second = run(args);
      assertThat(second.out()).contains("0 indexed").contains("1 up to date");
      assertThat(fileRequests.get()).isEqualTo(2);

      Cli.Run show = run("show", "--data", data.toString(), "kst-21501-02-3101");
      assertThat(show.exit()).isZero();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void serveSyncsOnItsScheduleWithTheOptionsOfSync(@TempDir Path data) throws Exception {
    AtomicInteger fileRequests = new AtomicInteger();
    HttpServer server = koop(fileRequests);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      ServeCommand serve = new ServeCommand();
      new picocli.CommandLine(serve)
          .parseArgs(
              "--data",
              data.toString(),
              "--sync-every",
              "15m",
              "--source",
              "koop",
              "--dossier",
              "21501-02",
              "--koop-url",
              base + "/sru",
              "--rate",
              "100");
      var job =
          ServeCommand.syncJob(
              serve.data.engine(),
              serve.syncScope.options(),
              nl.koers.pipeline.PaperProcessor.standard());
      job.run();
      assertThat(fileRequests.get()).isEqualTo(2);
      job.run();
      assertThat(fileRequests.get()).as("a second round fetches nothing").isEqualTo(2);
      assertThat(run("show", "--data", data.toString(), "kst-21501-02-3101").exit()).isZero();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void serveRefusesASyncScheduleWithoutAScope(@TempDir Path data) throws Exception {
    Cli.Run r = run("serve", "--data", data.toString(), "--port", "0", "--sync-every", "15m");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--sync-every: give a scope");
  }

  /** A local KOOP source holding one paper; counts the requests for files. */
  private static HttpServer koop(AtomicInteger fileRequests) throws Exception {
    Fixtures fixtures = new Fixtures();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String sru =
        String.format(
            java.util.Locale.ROOT,
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
          <sru:version>2.0</sru:version><sru:numberOfRecords>1</sru:numberOfRecords>
          <sru:records><sru:record><sru:recordData><gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru">
            <gzd:originalData><meta><owmskern>
              <dcterms:identifier xmlns:dcterms="http://purl.org/dc/terms/">kst-21501-02-3101</dcterms:identifier>
              <dcterms:modified xmlns:dcterms="http://purl.org/dc/terms/">2026-03-05</dcterms:modified>
            </owmskern></meta></gzd:originalData>
            <gzd:enrichedData>
              <gzd:itemUrl manifestation="xml">%1$s/frbr/kst-21501-02-3101.xml</gzd:itemUrl>
              <gzd:itemUrl manifestation="metadata">%1$s/frbr/kst-21501-02-3101/metadata.xml</gzd:itemUrl>
            </gzd:enrichedData></gzd:gzd></sru:recordData></sru:record></sru:records>
        </sru:searchRetrieveResponse>
        """,
            base);
    Map<String, byte[]> pages =
        Map.of(
            "/sru", sru.getBytes(StandardCharsets.UTF_8),
            "/frbr/kst-21501-02-3101.xml", fixtures.koopXml(false),
            "/frbr/kst-21501-02-3101/metadata.xml", fixtures.metadataXml());
    server.createContext(
        "/",
        ex -> {
          byte[] body = pages.get(ex.getRequestURI().getPath());
          if (ex.getRequestURI().getPath().startsWith("/frbr")) {
            fileRequests.incrementAndGet();
          }
          ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
          try (OutputStream out = ex.getResponseBody()) {
            if (body != null) {
              out.write(body);
            }
          }
        });
    server.start();
    return server;
  }
}
