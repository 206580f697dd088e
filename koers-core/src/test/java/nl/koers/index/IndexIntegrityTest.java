package nl.koers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real damaged copies of a real index: flipped bytes, a deleted commit point, a cut file. */
class IndexIntegrityTest {
  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();

  private static void ingestSeeds(Path data) throws IOException {
    try (PaperIndex index = PaperIndex.open(data);
        Stream<Path> files = Files.list(SharedCorpus.seeds())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        index.ingest(f, PROCESSOR);
      }
    }
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The largest file of the index: the compound file that holds the postings. */
  private static Path largest(Path data) throws IOException {
    try (Stream<Path> s = Files.list(PaperIndex.indexPath(data))) {
      return s.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
  }

  private static void flipBytesInTheMiddle(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long at = f.length() / 2;
      byte[] b = new byte[16];
      f.seek(at);
      f.readFully(b);
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) ~b[i];
      }
      f.seek(at);
      f.write(b);
    }
  }

  @Test
  void aSoundIndexPassesBothChecksAndAnAbsentOneIsNoProblem(@TempDir Path data) throws IOException {
    assertThat(IndexIntegrity.check(data, IndexIntegrity.Depth.QUICK))
        .isEqualTo(new IndexIntegrity.Report(false, null));
    ingestSeeds(data);
    assertThat(IndexIntegrity.check(data, IndexIntegrity.Depth.QUICK).ok()).isTrue();
    assertThat(IndexIntegrity.check(data, IndexIntegrity.Depth.FULL))
        .isEqualTo(new IndexIntegrity.Report(true, null));
  }

  @Test
  void flippedBytesInThePostingsAreFoundByTheFullCheckRefusedByIngestAndRepairedAfterABackup(
      @TempDir Path data) throws IOException {
    ingestSeeds(data);
    Path postings = largest(data);
    assertThat(postings.getFileName().toString()).endsWith(".cfs");
    flipBytesInTheMiddle(postings);

    // the quick check reads footers only; every byte is the full check's job
    assertThat(IndexIntegrity.check(data, IndexIntegrity.Depth.QUICK).ok()).isTrue();
    IndexIntegrity.Report full = IndexIntegrity.check(data, IndexIntegrity.Depth.FULL);
    assertThat(full.problem()).contains("CorruptIndexException").contains("checksum failed");
    assertThatThrownBy(() -> PaperIndex.open(data, IndexIntegrity.Depth.FULL))
        .isInstanceOf(DamagedIndexException.class)
        .hasMessageContaining("koers check --fix --data " + data);

    IndexRepair repair =
        new IndexRepair(Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC));
    IndexRepair.Result checked = repair.run(data, false);
    assertThat(checked.clean()).isFalse();
    assertThat(checked.brokenSegments()).isEqualTo(1);
    assertThat(checked.repaired()).isFalse();
    List<String> before = files(PaperIndex.indexPath(data));

    IndexRepair.Result fixed = repair.run(data, true);
    assertThat(fixed.repaired()).isTrue();
    assertThat(fixed.backup().getFileName().toString()).isEqualTo("index.backup-20260301-101530");
    assertThat(files(fixed.backup()))
        .containsExactlyElementsOf(before.stream().filter(f -> !f.equals("write.lock")).toList());
    assertThat(IndexIntegrity.check(data, IndexIntegrity.Depth.FULL).ok()).isTrue();

    // the dropped segment held the seeds: ingesting them again brings them back
    ingestSeeds(data);
    try (PaperSearcher s = PaperSearcher.open(data)) {
      assertThat(s.stats().papers()).isEqualTo(5);
    }
  }

  @Test
  void aDeletedCommitPointIsNeverReplacedByAFreshIndex(@TempDir Path data) throws IOException {
    ingestSeeds(data);
    Path dir = PaperIndex.indexPath(data);
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(p);
      }
    }
    List<String> left = files(dir);

    assertThat(IndexIntegrity.check(data, IndexIntegrity.Depth.QUICK).problem())
        .contains("no commit point");
    assertThatThrownBy(() -> PaperIndex.open(data))
        .isInstanceOf(DamagedIndexException.class)
        .hasMessageContaining("move " + dir + " away")
        .hasMessageNotContaining("check --fix");
    assertThatThrownBy(() -> PaperSearcher.open(data)).isInstanceOf(DamagedIndexException.class);
    // nothing was created over it and no segment file was deleted
    assertThat(files(dir)).isEqualTo(left);
    assertThat(new IndexRepair(Clock.systemUTC()).run(data, true).repairable()).isFalse();
    assertThat(files(dir)).isEqualTo(left);
  }

  @Test
  void aTruncatedFileFailsTheQuickCheck(@TempDir Path data) throws IOException {
    ingestSeeds(data);
    Path postings = largest(data);
    try (RandomAccessFile f = new RandomAccessFile(postings.toFile(), "rw")) {
      f.setLength(f.length() - 100);
    }
    assertThat(IndexIntegrity.check(data, IndexIntegrity.Depth.QUICK).problem()).isNotNull();
    assertThatThrownBy(() -> PaperIndex.open(data)).isInstanceOf(DamagedIndexException.class);
  }
}
