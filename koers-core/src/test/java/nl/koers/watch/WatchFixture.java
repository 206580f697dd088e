package nl.koers.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.index.IngestResult;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;

/** A data folder with the seeds ingested at a fixed time, and ingest of more papers later. */
final class WatchFixture {
  static final PaperProcessor PROCESSOR = PaperProcessor.standard();

  /** When the seeds entered the index. */
  static final long SEEDS_AT = Instant.parse("2026-01-05T09:00:00Z").toEpochMilli();

  /** When the watches of a test are added: after the seeds. */
  static final long ADDED_AT = SEEDS_AT + 60_000;

  /** A dev paper that mentions the NAVO, which no seed is. */
  static final String NAVO_PAPER = "kst-28676-503";

  private WatchFixture() {}

  static void ingestSeeds(Path data) throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SharedCorpus.seeds())) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    ingest(data, SEEDS_AT, seeds.toArray(Path[]::new));
  }

  static Path dev(String id) {
    Path f = SharedCorpus.dev().resolve("docs").resolve(id + ".txt");
    SharedCorpus.requireFile(f, "dev paper " + id);
    return f;
  }

  static List<IngestResult> ingest(Path data, long at, Path... files) throws IOException {
    try (PaperIndex index = PaperIndex.open(data)) {
      index.clock(Clock.fixed(Instant.ofEpochMilli(at), ZoneOffset.UTC));
      List<IngestResult> out = new java.util.ArrayList<>();
      for (Path f : files) {
        out.add(index.ingest(f, PROCESSOR));
      }
      return out;
    }
  }

  static Clock at(long millis) {
    return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  static Watch navo(String email, String every, String webhook) {
    return new Watch(
        "navo", "NAVO", null, null, null, null, null, null, every, email, webhook, ADDED_AT);
  }
}
