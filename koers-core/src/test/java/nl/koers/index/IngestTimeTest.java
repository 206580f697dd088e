package nl.koers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import nl.koers.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTimeTest {
  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();
  private static final long MONDAY = Instant.parse("2026-01-05T09:00:00Z").toEpochMilli();
  private static final long TUESDAY = MONDAY + 24L * 3600 * 1000;

  private static void ingest(Path data, long at, Path file) throws IOException {
    try (PaperIndex index = PaperIndex.open(data)) {
      index.clock(Clock.fixed(Instant.ofEpochMilli(at), ZoneOffset.UTC));
      index.ingest(file, PROCESSOR);
    }
  }

  private static List<PaperSearcher.Fresh> fresh(Path data, long after, boolean changed)
      throws IOException {
    try (PaperSearcher s = PaperSearcher.open(data)) {
      return s.fresh(SearchRequest.of("*").page(0, 100), after, changed);
    }
  }

  @Test
  void aPaperKeepsWhenItFirstCameWhileANewVersionReplacesIt(
      @TempDir Path data, @TempDir Path folder) throws IOException {
    Path copy = Files.copy(SharedCorpus.seed("002"), folder.resolve("brief.txt"));
    ingest(data, MONDAY, copy);
    Files.writeString(copy, Files.readString(copy) + "\nEen later toegevoegde zin.\n");
    ingest(data, TUESDAY, copy);

    List<PaperSearcher.Fresh> all = fresh(data, 0, false);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).ingested()).isEqualTo(MONDAY);
    assertThat(all.get(0).changed()).isEqualTo(TUESDAY);
    assertThat(fresh(data, MONDAY, false)).isEmpty();
    assertThat(fresh(data, MONDAY, true))
        .extracting(f -> f.hit().id())
        .containsExactly(all.get(0).hit().id());
  }

  @Test
  void onlyPapersThatCameAfterTheMomentAreFresh(@TempDir Path data) throws IOException {
    ingest(data, MONDAY, SharedCorpus.seed("000"));
    ingest(data, TUESDAY, SharedCorpus.seed("001"));

    assertThat(fresh(data, 0, false)).hasSize(2);
    assertThat(fresh(data, MONDAY, false))
        .singleElement()
        .satisfies(f -> assertThat(f.ingested()).isEqualTo(TUESDAY));
  }

  @Test
  void aPaperEntryWithoutIngestTimesIsNeverFresh() {
    // entries written before ingest times were kept have no such field: they count as old
    var paper = new DocumentMapper().toLucene(minimal()).get(0);
    assertThat(paper.getField(Fields.INGESTED)).isNull();
    assertThat(
            new DocumentMapper()
                .toLucene(minimal(), MONDAY, MONDAY)
                .get(0)
                .getField(Fields.INGESTED))
        .isNotNull();
  }

  private static nl.koers.document.Document minimal() {
    byte[] probe = "De NAVO-top vond plaats in Den Haag.".getBytes(StandardCharsets.UTF_8);
    return PROCESSOR.process("probe.txt", probe, java.util.Map.of()).document();
  }
}
