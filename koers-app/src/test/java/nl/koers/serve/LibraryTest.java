package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.SharedCorpus;
import nl.koers.analyse.Timeline;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.topic.Taxonomy;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot's answers over the seeds: kept once computed, and guarded by the breaker. */
class LibraryTest {
  private static Library library(Path data, MemoryBreaker breaker) throws IOException {
    PaperProcessor processor = PaperProcessor.standard();
    try (PaperIndex index = PaperIndex.open(data);
        var files = Files.list(SharedCorpus.seeds())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        index.ingest(f, processor);
      }
      index.commit();
    }
    return new Library(data, Gazetteer.standard(), Taxonomy.standard(), processor, breaker);
  }

  @Test
  void anAnswerIsComputedOnceAndItsMemoryGivenBack(@TempDir Path data) throws IOException {
    MemoryBreaker breaker = new MemoryBreaker(1L << 30, 1024);
    try (Library library = library(data, breaker)) {
      Library.Snapshot s = library.snapshot();
      AtomicInteger computed = new AtomicInteger();
      for (int i = 0; i < 3; i++) {
        String answer =
            s.cached("k", () -> 5, "a test answer", () -> "answer " + computed.incrementAndGet());
        assertThat(answer).isEqualTo("answer 1");
      }
      assertThat(computed.get()).isEqualTo(1);
      assertThat(breaker.reserved()).isZero();
    }
  }

  @Test
  void aTimelineOverMorePapersThanTheBudgetIsRefusedEveryTimeAndHoldsNothing(@TempDir Path data)
      throws IOException {
    // a budget of one paper
    MemoryBreaker breaker = new MemoryBreaker(1024, 1024);
    try (Library library = library(data, breaker)) {
      Library.Snapshot s = library.snapshot();
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> s.timeline("united-states", Timeline.By.YEAR, null, null, null))
            .isInstanceOfSatisfying(
                ApiError.class, e -> assertThat(e.getMessage()).contains("united-states"));
      }
      assertThat(breaker.reserved()).isZero();
    }
  }
}
