package nl.koers.watch;

import static nl.koers.watch.WatchFixture.ADDED_AT;
import static nl.koers.watch.WatchFixture.NAVO_PAPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.index.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchRunnerTest {
  private static WatchRunner runner(Path data, long at, Delivery... deliveries) {
    return new WatchRunner(data, List.of(deliveries), WatchFixture.at(at));
  }

  private static List<String> ids(List<WatchRunner.Outcome> outcomes) {
    return outcomes.stream().flatMap(o -> o.items().stream()).map(Item::id).toList();
  }

  @Test
  void reportsThePaperIngestedAfterTheWatchNotTheSeedsBeforeIt(@TempDir Path data)
      throws IOException {
    WatchFixture.ingestSeeds(data);
    new WatchStore(data).add(WatchFixture.navo(null, null, null));
    WatchFixture.ingest(data, ADDED_AT + 60_000, WatchFixture.dev(NAVO_PAPER));

    List<WatchRunner.Outcome> first =
        runner(data, ADDED_AT + 120_000).run(WatchRunner.Options.all());

    assertThat(ids(first)).containsExactly(NAVO_PAPER);
    Item item = first.get(0).items().get(0);
    assertThat(item.watch()).isEqualTo("navo");
    assertThat(item.passage()).contains("NAVO");
    assertThat(item.official())
        .isEqualTo("https://zoek.officielebekendmakingen.nl/kst-28676-503.html");
  }

  @Test
  void aSecondRunReportsNothing(@TempDir Path data) throws IOException {
    WatchFixture.ingestSeeds(data);
    new WatchStore(data).add(WatchFixture.navo(null, null, null));
    WatchFixture.ingest(data, ADDED_AT + 60_000, WatchFixture.dev(NAVO_PAPER));
    runner(data, ADDED_AT + 120_000).run(WatchRunner.Options.all());

    // within the overlap window the same paper is found again and dropped as reported
    assertThat(ids(runner(data, ADDED_AT + 180_000).run(WatchRunner.Options.all()))).isEmpty();
    assertThat(new WatchStore(data).get("navo").orElseThrow().state().latest())
        .extracting(Item::id)
        .containsExactly(NAVO_PAPER);
  }

  @Test
  void aPaperThatDoesNotMatchIsNotReported(@TempDir Path data) throws IOException {
    WatchFixture.ingestSeeds(data);
    Path answers = WatchFixture.dev("ah-tk-20112012-2155");
    assertThat(Files.readString(answers)).doesNotContain("NAVO");
    new WatchStore(data).add(WatchFixture.navo(null, null, null));
    WatchFixture.ingest(data, ADDED_AT + 60_000, answers);

    assertThat(ids(runner(data, ADDED_AT + 120_000).run(WatchRunner.Options.all()))).isEmpty();
  }

  @Test
  void aReplacedPaperIsNotReportedAgainUnlessAsked(@TempDir Path data, @TempDir Path folder)
      throws IOException {
    WatchFixture.ingestSeeds(data);
    new WatchStore(data).add(WatchFixture.navo(null, null, null));
    Path copy = Files.copy(WatchFixture.dev(NAVO_PAPER), folder.resolve("navo.txt"));
    WatchFixture.ingest(data, ADDED_AT + 60_000, copy);
    runner(data, ADDED_AT + 120_000).run(WatchRunner.Options.all());
    Files.writeString(copy, Files.readString(copy) + "\nEen nagekomen regel over de NAVO.\n");
    List<IngestResult> replaced = WatchFixture.ingest(data, ADDED_AT + 3_600_000, copy);
    assertThat(replaced.get(0).status()).isEqualTo(IngestResult.Status.REPLACED);

    assertThat(ids(runner(data, ADDED_AT + 3_700_000).run(WatchRunner.Options.all()))).isEmpty();
    assertThat(ids(runner(data, ADDED_AT + 3_800_000).run(new WatchRunner.Options("navo", true))))
        .containsExactly(NAVO_PAPER);
  }

  @Test
  void aFailedDeliveryLeavesTheStateForTheNextRun(@TempDir Path data) throws IOException {
    WatchFixture.ingestSeeds(data);
    new WatchStore(data).add(WatchFixture.navo(null, null, null));
    WatchFixture.ingest(data, ADDED_AT + 60_000, WatchFixture.dev(NAVO_PAPER));
    Delivery refusing =
        (w, fresh, digest) -> {
          throw new IOException("the receiver is down");
        };

    List<WatchRunner.Outcome> failed =
        runner(data, ADDED_AT + 120_000, refusing).run(WatchRunner.Options.all());
    assertThat(failed.get(0).error()).isEqualTo("the receiver is down");
    assertThat(new WatchStore(data).get("navo").orElseThrow().state().lastError())
        .isEqualTo("the receiver is down");

    List<String> delivered = new ArrayList<>();
    Delivery working = (w, fresh, digest) -> fresh.forEach(i -> delivered.add(i.id()));
    runner(data, ADDED_AT + 180_000, working).run(WatchRunner.Options.all());
    assertThat(delivered).containsExactly(NAVO_PAPER);
  }

  @Test
  void aDailyDigestWaitsADayAndThenCarriesWhatPiledUp(@TempDir Path data) throws IOException {
    WatchFixture.ingestSeeds(data);
    new WatchStore(data).add(WatchFixture.navo("team@example.org", "daily", null));
    WatchFixture.ingest(data, ADDED_AT + 60_000, WatchFixture.dev(NAVO_PAPER));
    List<List<String>> digests = new ArrayList<>();
    Delivery mail =
        (w, fresh, digest) -> {
          if (!digest.isEmpty()) {
            digests.add(digest.stream().map(Item::id).toList());
          }
        };
    long day = 24L * 3600 * 1000;
    // the first digest goes out at once (none was ever sent); the next paper waits a day
    runner(data, ADDED_AT + 120_000, mail).run(WatchRunner.Options.all());
    WatchFixture.ingest(data, ADDED_AT + 600_000, WatchFixture.dev("kst-21501-02-2602"));
    runner(data, ADDED_AT + 700_000, mail).run(WatchRunner.Options.all());
    assertThat(digests).containsExactly(List.of(NAVO_PAPER));

    runner(data, ADDED_AT + 120_000 + day, mail).run(WatchRunner.Options.all());
    assertThat(digests).containsExactly(List.of(NAVO_PAPER), List.of("kst-21501-02-2602"));
  }

  @Test
  void anEntityWatchBrowsesByFilter(@TempDir Path data) throws IOException {
    WatchFixture.ingestSeeds(data);
    new WatchStore(data)
        .add(
            new Watch(
                "navo-entity",
                null,
                null,
                null,
                "nato",
                null,
                null,
                null,
                null,
                null,
                null,
                ADDED_AT));
    WatchFixture.ingest(
        data,
        ADDED_AT + 60_000,
        WatchFixture.dev(NAVO_PAPER),
        WatchFixture.dev("ah-tk-20112012-2155"));

    assertThat(ids(runner(data, ADDED_AT + 120_000).run(WatchRunner.Options.all())))
        .containsExactly(NAVO_PAPER);
  }
}
