package nl.koers.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.index.IngestResult;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import nl.koers.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of good and hostile files goes into a real on-disk index: the good ones only. */
class MixedBatchIngestTest {
  @Test
  void badFilesGetTheirOutcomeAndTheIndexStaysIntact(@TempDir Path tmp) throws Exception {
    Fixtures fixtures = new Fixtures();
    Path data = tmp.resolve("data");
    Path in = Files.createDirectories(tmp.resolve("in"));
    PaperProcessor processor = PaperProcessor.standard();
    try (PaperIndex index = PaperIndex.open(data)) {
      assertThat(index.ingest(SharedCorpus.seed("002"), processor).status())
          .isEqualTo(IngestResult.Status.INDEXED);
    }
    Files.write(in.resolve("a-letter.docx"), fixtures.docx());
    Files.write(in.resolve("b-locked.pdf"), fixtures.pdf(new Fixtures.PdfOptions(false, "o", "u")));
    Files.write(in.resolve("c-bomb.docx"), BadInputTest.docxBomb(150_000_000));
    Files.write(in.resolve("d-scan.pdf"), Fixtures.scannedPdf(1));
    try (RandomAccessFile f = new RandomAccessFile(in.resolve("e-huge.pdf").toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    Files.writeString(in.resolve("f-laughs.xml"), "<?xml version=\"1.0\"?><kamerstuk><al>x</al");
    Files.write(in.resolve("g-noise.bin"), new byte[] {1, 2, 3, 4, 5, 0, 0, 9});

    Map<String, IngestResult.Status> outcomes = new LinkedHashMap<>();
    try (PaperIndex index = PaperIndex.open(data);
        var files = Files.list(in)) {
      for (Path f : files.sorted().toList()) {
        IngestResult r = index.ingest(f, processor);
        outcomes.put(f.getFileName().toString(), r.status());
        if (r.status() != IngestResult.Status.INDEXED) {
          assertThat(r.reason()).as(f.toString()).isNotBlank().doesNotContain("internal error");
        }
      }
    }
    assertThat(outcomes)
        .containsEntry("a-letter.docx", IngestResult.Status.INDEXED)
        .containsEntry("b-locked.pdf", IngestResult.Status.FAILED)
        .containsEntry("c-bomb.docx", IngestResult.Status.FAILED)
        .containsEntry("d-scan.pdf", IngestResult.Status.NEEDS_OCR)
        .containsEntry("e-huge.pdf", IngestResult.Status.FAILED)
        .containsEntry("f-laughs.xml", IngestResult.Status.FAILED)
        .containsEntry("g-noise.bin", IngestResult.Status.UNSUPPORTED);
    try (PaperSearcher searcher = PaperSearcher.open(data)) {
      assertThat(searcher.stats().papers()).isEqualTo(2);
      // the paper indexed before the batch is still there, and so is the Word letter
      assertThat(searcher.search(SearchRequest.of("Piri")).hits()).isNotEmpty();
      assertThat(searcher.search(SearchRequest.of("luchtverdediging")).hits())
          .extracting(h -> h.id())
          .containsExactly("kst-21501-02-3101");
    }
  }
}
