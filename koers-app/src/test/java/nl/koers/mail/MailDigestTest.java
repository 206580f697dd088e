package nl.koers.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.watch.Watch;
import nl.koers.watch.WatchRunner;
import nl.koers.watch.WatchStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Digests through GreenMail, a real SMTP server inside the test JVM, on a free port. */
class MailDigestTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("koers", "s3cret"))
          .withPerMethodLifecycle(true);

  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();
  private static final long SEEDS_AT = Instant.parse("2026-01-05T09:00:00Z").toEpochMilli();
  private static final long ADDED_AT = SEEDS_AT + 60_000;
  private static final String NAVO_PAPER = "kst-28676-503";

  private static void ingest(Path data, long at, Path... files) throws IOException {
    try (PaperIndex index = PaperIndex.open(data)) {
      index.clock(Clock.fixed(Instant.ofEpochMilli(at), ZoneOffset.UTC));
      for (Path f : files) {
        index.ingest(f, PROCESSOR);
      }
    }
  }

  /** Seeds in, a NAVO watch that mails a team, then a NAVO paper from the dev set. */
  private static void prepare(Path data) throws IOException {
    try (Stream<Path> seeds = Files.list(SharedCorpus.seeds())) {
      ingest(
          data,
          SEEDS_AT,
          seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toArray(Path[]::new));
    }
    new WatchStore(data)
        .add(
            new Watch(
                "navo",
                "NAVO",
                null,
                null,
                null,
                null,
                null,
                null,
                "run",
                "team@example.org",
                null,
                ADDED_AT));
    Path paper = SharedCorpus.dev().resolve("docs").resolve(NAVO_PAPER + ".txt");
    SharedCorpus.requireFile(paper, "dev paper " + NAVO_PAPER);
    ingest(data, ADDED_AT + 60_000, paper);
  }

  private static List<WatchRunner.Outcome> run(Path data, String password, long at)
      throws IOException {
    SmtpSettings smtp =
        new SmtpSettings(
            "127.0.0.1",
            SMTP.getSmtp().getPort(),
            "koers",
            password,
            false,
            "koers@example.org",
            "http://koers.example");
    return new WatchRunner(
            data,
            List.of(new MailDigest(smtp)),
            Clock.fixed(Instant.ofEpochMilli(at), ZoneOffset.UTC))
        .run(WatchRunner.Options.all());
  }

  @Test
  void theDigestArrivesOnceWithTheNewPaperAndItsLinks(@TempDir Path data) throws Exception {
    prepare(data);

    assertThat(run(data, "s3cret", ADDED_AT + 120_000))
        .allSatisfy(o -> assertThat(o.ok()).isTrue());
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Koers: 1 new paper for navo");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("team@example.org");
    String body = (String) received[0].getContent();
    assertThat(body)
        .contains(NAVO_PAPER)
        .contains("NAVO")
        .contains("http://koers.example/paper.html?id=" + NAVO_PAPER)
        .contains("https://zoek.officielebekendmakingen.nl/" + NAVO_PAPER + ".html");
    assertThat(body).doesNotContain("kst-21501-02-2976");

    run(data, "s3cret", ADDED_AT + 180_000);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aRefusedLoginSaysSoAndTheNextRunSendsTheSamePapers(@TempDir Path data) throws Exception {
    prepare(data);

    List<WatchRunner.Outcome> refused = run(data, "wrong", ADDED_AT + 120_000);
    assertThat(refused.get(0).ok()).isFalse();
    assertThat(refused.get(0).error())
        .startsWith(
            "the SMTP server 127.0.0.1:" + SMTP.getSmtp().getPort() + " refused the login of koers")
        .contains("the next run tries again");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    assertThat(new WatchStore(data).get("navo").orElseThrow().state().reported()).isEmpty();

    run(data, "s3cret", ADDED_AT + 180_000);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat((String) SMTP.getReceivedMessages()[0].getContent()).contains(NAVO_PAPER);
  }
}
