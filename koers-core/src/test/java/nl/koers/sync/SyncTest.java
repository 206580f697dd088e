package nl.koers.sync;

import static nl.koers.sync.SourcePages.DOC_A;
import static nl.koers.sync.SourcePages.DOC_B;
import static nl.koers.sync.SourceServer.send;
import static nl.koers.sync.SourceServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import nl.koers.sync.SyncReport.Outcome;
import nl.koers.tk.TkStore;
import org.apache.lucene.util.SuppressForbidden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync against a server on 127.0.0.1 that serves project-written pages in the sources' formats and
 * misbehaves on cue. No test touches the internet.
 */
@SuppressForbidden(
    reason = "a local HTTP server from the JDK (com.sun.net.httpserver) plays the sources")
class SyncTest {
  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();
  private static final String RES_A = "/odata/Document(" + DOC_A + ")/resource";
  private static final String RES_B = "/odata/Document(" + DOC_B + ")/resource";
  private static final byte[] PDF_A =
      SourcePages.pdf(
          "Geachte voorzitter,",
          "Hierbij bericht ik u over een informele bijeenkomst van ministers.",
          "De ministers spraken over steun aan een buurland en over sancties.",
          "De minister van Buitenlandse Zaken");
  private static final byte[] PDF_B =
      SourcePages.pdf(
          "Lijst van vragen over de steun aan een buurland.",
          "De commissie stelt de regering enkele vragen over de voortgang.");

  @TempDir Path data;
  SourceServer server;

  @BeforeEach
  void serveTheSources() throws IOException {
    server = new SourceServer();
    String base = server.base();
    server.serve("/odata/Document", "application/json", utf8(SourcePages.odataPage1(base)));
    server.serve(
        "/odata/Document?$skiptoken=2", "application/json", utf8(SourcePages.odataPage2()));
    server.serve(RES_A, "application/pdf", PDF_A);
    server.serve(RES_B, "application/pdf", PDF_B);
    server.serve("/feed", "application/atom+xml", utf8(SourcePages.feedPage1(base)));
    server.serve("/feed?skiptoken=100", "application/atom+xml", utf8(SourcePages.feedPage2(base)));
    servePage1Of("2026-03-06");
    server.serve(
        "/sru?startRecord=3",
        "application/xml",
        utf8(SourcePages.sru(0, new String[] {"kst-21501-02-3105", "2026-03-07", null, null})));
    for (String nr : List.of("3103", "3104")) {
      server.serve("/frbr/kst-21501-02-" + nr + ".xml", "text/xml", SourcePages.koopXml(nr));
      server.serve(
          "/frbr/kst-21501-02-" + nr + "/metadata.xml", "text/xml", SourcePages.metadataXml(nr));
    }
    server.serve("/koop/kst-21501-02-3105.xml", "text/xml", SourcePages.koopXml("3105"));
    server.serve(
        "/koop/kst-21501-02-3105/metadata.xml", "text/xml", SourcePages.metadataXml("3105"));
  }

  private void servePage1Of(String modified3103) {
    String base = server.base();
    server.serve(
        "/sru",
        "application/xml",
        utf8(
            SourcePages.sru(
                3,
                new String[] {
                  "kst-21501-02-3103",
                  modified3103,
                  base + "/frbr/kst-21501-02-3103.xml",
                  base + "/frbr/kst-21501-02-3103/metadata.xml"
                },
                new String[] {
                  "kst-21501-02-3104",
                  "2026-03-06",
                  base + "/frbr/kst-21501-02-3104.xml",
                  base + "/frbr/kst-21501-02-3104/metadata.xml"
                })));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SyncOptions.Builder options() {
    return SyncOptions.builder()
        .sources(EnumSet.allOf(SyncOptions.Source.class))
        .dossiers(List.of("21501-02"))
        .feedCategories(List.of("Zaak"))
        .tkODataUrl(server.uri("/odata/"))
        .tkFeedUrl(server.uri("/feed"))
        .koopSruUrl(server.uri("/sru"))
        .koopDocUrl(server.uri("/koop/"))
        .rate(1000)
        .timeout(Duration.ofMillis(500))
        .retries(2)
        .backoff(Duration.ofMillis(5))
        .maxRetryWait(Duration.ofSeconds(2));
  }

  private SyncReport sync(SyncOptions o) throws Exception {
    return sync(o, SyncListener.NONE);
  }

  private SyncReport sync(SyncOptions o, SyncListener listener) throws Exception {
    try (PaperIndex index = PaperIndex.open(data)) {
      return Sync.run(o, data, index, PROCESSOR, listener);
    }
  }

  private List<String> paperIds() throws IOException {
    try (PaperSearcher s = PaperSearcher.open(data)) {
      return s.papers().stream().map(nl.koers.document.Document::id).sorted().toList();
    }
  }

  private List<Path> leftovers() throws IOException {
    Path tmp = data.resolve("sync").resolve("tmp");
    if (!Files.isDirectory(tmp)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(tmp)) {
      return s.toList();
    }
  }

  @Test
  void fetchesEverySourceIntoTheIndexTheStoreAndTheDataFolder() throws Exception {
    SyncReport r = sync(options().build());

    assertThat(r.failures()).isEmpty();
    assertThat(r.count(Outcome.INDEXED)).isEqualTo(5);
    assertThat(paperIds()).hasSize(5).contains("kst-21501-02-3103", "kst-21501-02-3105");
    Path koop = Sync.filesDir(data).resolve("koop");
    assertThat(koop.resolve("kst-21501-02-3104.xml")).exists();
    assertThat(koop.resolve("kst-21501-02-3104.metadata.xml")).exists();
    assertThat(Sync.filesDir(data).resolve("tk").resolve("kst-21501-02-3110.pdf")).exists();
    assertThat(Sync.filesDir(data).resolve("tk").resolve("2026D10020.pdf")).exists();
    TkStore store = TkStore.load(data);
    assertThat(store.of("Document")).hasSize(3);
    // the feed's second page deleted the first case and added a third
    assertThat(store.of("Zaak").stream().map(z -> z.field("Nummer")))
        .containsExactlyInAnyOrder("2026Z04002", "2026Z04003");
    assertThat(SyncState.load(data).feedPage("Zaak")).endsWith("skiptoken=100");
    assertThat(server.seen)
        .allSatisfy(
            ex -> assertThat(ex.getRequestHeaders().getFirst("User-Agent")).startsWith("Koers/"));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aRerunFetchesNoFileAgain() throws Exception {
    sync(options().build());
    int files =
        server.countStarting("/frbr")
            + server.countStarting("/koop")
            + server.count(RES_A)
            + server.count(RES_B);
    int feed = server.count("/feed");

    SyncReport again = sync(options().build());

    assertThat(again.count(Outcome.UP_TO_DATE)).isEqualTo(5);
    assertThat(again.fetched()).isZero();
    assertThat(
            server.countStarting("/frbr")
                + server.countStarting("/koop")
                + server.count(RES_A)
                + server.count(RES_B))
        .isEqualTo(files);
    // the feed resumes at its last page: one request, not the whole feed again
    assertThat(server.count("/feed")).isEqualTo(feed + 1);
  }

  @Test
  void aChangedPaperIsFetchedAgainAndReplacesTheOldVersion() throws Exception {
    sync(options().build());
    servePage1Of("2026-03-09");
    server.serve(
        "/frbr/kst-21501-02-3103.xml",
        "text/xml",
        new String(SourcePages.koopXml("3103"), java.nio.charset.StandardCharsets.UTF_8)
            .replace(
                "</ondertekening>", "<al>Met een verbeterde ondertekening.</al></ondertekening>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    SyncReport r = sync(options().build());

    assertThat(r.count(Outcome.REPLACED)).isEqualTo(1);
    assertThat(r.count(Outcome.UP_TO_DATE)).isEqualTo(4);
    assertThat(paperIds()).hasSize(5);
  }

  @Test
  void anUnchangedFileAnswers304ToItsETag() throws Exception {
    server.on(
        "/frbr/kst-21501-02-3103.xml",
        (ex, n) -> {
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
          } else {
            send(ex, 200, "text/xml", SourcePages.koopXml("3103"));
          }
        });
    sync(options().build());
    servePage1Of("2026-03-09"); // the listing says changed, the file says not

    SyncReport r = sync(options().build());

    assertThat(r.count(Outcome.UP_TO_DATE)).isEqualTo(5);
    assertThat(server.count("/frbr/kst-21501-02-3103.xml")).isEqualTo(2);
  }

  @Test
  void waitsOutA429AndA503HonouringRetryAfterInSecondsAndAsADate() throws Exception {
    server.on(
        RES_A,
        (ex, n) -> {
          if (n == 1) {
            ex.getResponseHeaders().set("Retry-After", "0");
            send(ex, 429, "text/plain", utf8("te veel verzoeken"));
          } else if (n == 2) {
            ex.getResponseHeaders().set("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT");
            send(ex, 503, "text/plain", utf8("even niet"));
          } else {
            send(ex, 200, "application/pdf", PDF_A);
          }
        });

    SyncReport r = sync(options().build());

    assertThat(r.failures()).isEmpty();
    assertThat(r.count(Outcome.INDEXED)).isEqualTo(5);
    assertThat(server.count(RES_A)).isEqualTo(3);
  }

  @Test
  void aSlowAnswerTimesOutAndIsAskedAgain() throws Exception {
    server.on(
        RES_B,
        (ex, n) -> {
          if (n == 1) {
            try {
              Thread.sleep(3_000); // far beyond the test's 500 ms timeout
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          send(ex, 200, "application/pdf", PDF_B);
        });

    SyncReport r = sync(options().build());

    assertThat(r.failures()).isEmpty();
    assertThat(server.count(RES_B)).isEqualTo(2);
  }

  @Test
  void aTruncatedBodyStoresNothingAndTheNextSyncFetchesIt() throws Exception {
    server.on(
        RES_A,
        (ex, n) -> {
          ex.sendResponseHeaders(200, PDF_A.length);
          OutputStream out = ex.getResponseBody();
          out.write(PDF_A, 0, PDF_A.length / 2);
          out.flush();
          // the connection closes with half the promised bytes sent
        });

    SyncReport r = sync(options().build());

    assertThat(r.count(Outcome.FAILED)).isEqualTo(1);
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.what()).endsWith(RES_A);
              assertThat(f.reason()).contains("truncated");
            });
    assertThat(Sync.filesDir(data).resolve("tk").resolve("kst-21501-02-3110.pdf")).doesNotExist();
    assertThat(leftovers()).isEmpty();
    assertThat(paperIds()).hasSize(4);

    server.serve(RES_A, "application/pdf", PDF_A);
    SyncReport next = sync(options().build());
    assertThat(next.count(Outcome.INDEXED)).isEqualTo(1);
    assertThat(paperIds()).hasSize(5);
  }

  @Test
  void aPaperWhoseMetadataXmlIsMissingIsStillFetchedButABrokenOneIsRefused() throws Exception {
    server.on(
        "/koop/kst-21501-02-3105/metadata.xml",
        (ex, n) -> send(ex, 404, "text/plain", utf8("niet gevonden")));
    server.serve("/frbr/kst-21501-02-3104/metadata.xml", "text/xml", utf8("<metadata_gegevens>"));

    SyncReport r = sync(options().build());

    assertThat(paperIds()).contains("kst-21501-02-3105").doesNotContain("kst-21501-02-3104");
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.what()).endsWith("/frbr/kst-21501-02-3104/metadata.xml"));
  }

  @Test
  void htmlInsteadOfXmlAndBrokenXmlAreRefusedNamingTheUrl() throws Exception {
    server.serve(
        "/frbr/kst-21501-02-3103.xml",
        "text/html",
        utf8("<!DOCTYPE html><html><body>Onderhoud</body></html>"));
    server.serve("/frbr/kst-21501-02-3104.xml", "text/xml", utf8("<officiele-publicatie><al>"));

    SyncReport r = sync(options().build());

    assertThat(r.failures())
        .extracting(SyncReport.Failure::toString)
        .anySatisfy(f -> assertThat(f).contains("/frbr/kst-21501-02-3103.xml").contains("HTML"))
        .anySatisfy(f -> assertThat(f).contains("/frbr/kst-21501-02-3104.xml").contains("XML"));
    assertThat(paperIds()).doesNotContain("kst-21501-02-3103", "kst-21501-02-3104");
    assertThat(Sync.filesDir(data).resolve("koop").resolve("kst-21501-02-3103.xml")).doesNotExist();
  }

  @Test
  void anExternalEntityInTheFeedReadsNothing() throws Exception {
    Path secret = Files.writeString(data.resolve("geheim.txt"), "vertrouwelijke inhoud");
    server.serve(
        "/feed",
        "application/atom+xml",
        utf8(
            SourcePages.feedPage1(server.base())
                .replace(
                    "<feed xmlns",
                    "<!DOCTYPE feed [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<feed xmlns")
                .replace("<soort>Motie</soort>", "<soort>&x;</soort>")));

    sync(options().build());

    assertThat(Files.readString(TkStore.path(data))).doesNotContain("vertrouwelijke");
  }

  @Test
  void aFileOverMaxBytesIsRefusedByItsLengthAndWhileStreaming() throws Exception {
    server.on(
        RES_A,
        (ex, n) -> {
          ex.sendResponseHeaders(200, 2_000_000_000L); // announces 2 GB
          ex.getResponseBody().write(PDF_A, 0, 10);
          ex.getResponseBody().flush(); // the headers go out; the rest never comes
        });
    server.on(
        RES_B,
        (ex, n) -> {
          ex.sendResponseHeaders(200, 0); // chunked: no length to judge by
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 200; i++) {
              out.write(new byte[1024]);
            }
          }
        });

    SyncReport r = sync(options().maxBytes(100_000).build());

    assertThat(r.failures())
        .extracting(SyncReport.Failure::toString)
        .anySatisfy(f -> assertThat(f).contains(RES_A).contains("2000000000 bytes"))
        .anySatisfy(f -> assertThat(f).contains(RES_B).contains("counted while reading"));
    assertThat(server.count(RES_A)).isEqualTo(1); // refused for good, not retried
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aRedirectToAnotherHostIsRefused() throws Exception {
    server.on(
        RES_A,
        (ex, n) -> {
          ex.getResponseHeaders().set("Location", "http://elders.invalid/brief.pdf");
          ex.sendResponseHeaders(302, -1);
        });

    SyncReport r = sync(options().build());

    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("another host").contains("elders.invalid"));
  }

  @Test
  void aKilledSyncResumesWithoutFetchingTwiceOrIndexingTwice() throws Exception {
    SyncListener killAfterTwo =
        new SyncListener() {
          int done;

          @Override
          public void done(SyncItem item, Outcome outcome) {
            if (++done == 2) {
              throw new IllegalStateException("killed");
            }
          }
        };
    SyncOptions o = options().checkpointEvery(1).build();
    assertThatThrownBy(() -> sync(o, killAfterTwo)).hasMessage("killed");

    SyncReport resumed = sync(o);

    assertThat(resumed.count(Outcome.UP_TO_DATE)).isEqualTo(2);
    assertThat(resumed.count(Outcome.INDEXED)).isEqualTo(3);
    assertThat(paperIds()).hasSize(5).doesNotHaveDuplicates();
    int files =
        server.countStarting("/frbr")
            + server.countStarting("/koop")
            + server.count(RES_A)
            + server.count(RES_B);
    assertThat(files).isEqualTo(2 + 2 * 3); // 2 PDFs, 3 KOOP papers with their metadata.xml
  }
}
