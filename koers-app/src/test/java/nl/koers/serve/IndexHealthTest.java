package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health tells the truth about a real index that was damaged on disk. */
class IndexHealthTest {
  @Test
  void reportsFlippedBytesInThePostingsThatOnlyTheFullCheckSees(@TempDir Path data)
      throws IOException {
    try (PaperIndex index = PaperIndex.open(data);
        Stream<Path> files = Files.list(SharedCorpus.seeds())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        index.ingest(f, PaperProcessor.standard());
      }
    }
    IndexHealth health = new IndexHealth(data, Runnable::run);
    assertThat(health.problem()).isNull();
    Path largest;
    try (Stream<Path> s = Files.list(PaperIndex.indexPath(data))) {
      largest = s.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
      f.seek(f.length() / 2);
      byte[] b = new byte[16];
      f.readFully(b);
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) ~b[i];
      }
      f.seek(f.length() / 2);
      f.write(b);
    }
    // same commit: the full check already ran on it; a new health (a restarted server) checks again
    assertThat(new IndexHealth(data, Runnable::run).problem()).isNotNull();
  }
}
