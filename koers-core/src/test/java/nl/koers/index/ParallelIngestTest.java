package nl.koers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.koers.SharedCorpus;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.read.Fixtures;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest on several threads gives what ingest on one gives: the same outcomes, the same index. */
class ParallelIngestTest {
  private static final PaperProcessor PROCESSOR = PaperProcessor.standard();

  private static List<IngestResult> ingest(Path data, List<Path> files, int threads, long budget)
      throws IOException {
    List<IngestResult> results = new ArrayList<>();
    try (PaperIndex index = PaperIndex.open(data)) {
      new ParallelIngest(index, PROCESSOR, threads, budget)
          .run(files.stream().map(ParallelIngest.Input::file).toList(), results::add);
    }
    return results;
  }

  /** Every paper's stored JSON by id: what search, show and the analyses read back. */
  private static Map<String, String> storedPapers(Path data) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (FSDirectory dir = FSDirectory.open(PaperIndex.indexPath(data));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd :
          searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), 10_000)
              .scoreDocs) {
        org.apache.lucene.document.Document d = stored.document(sd.doc);
        out.put(d.get(Fields.DOC_ID), d.get(Fields.JSON));
      }
    }
    return out;
  }

  private static List<Path> devPapers() throws IOException {
    try (Stream<Path> s = Files.list(SharedCorpus.dev().resolve("docs"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void theDevPapersOnFourThreadsGiveTheOneThreadOutcomesAndIndex(
      @TempDir Path one, @TempDir Path four) throws IOException {
    List<Path> files = devPapers();
    List<IngestResult> sequential = ingest(one, files, 1, ParallelIngest.defaultBudget());
    // a small budget: the window fills, the writer waits on the oldest paper, big ones go alone
    List<IngestResult> parallel = ingest(four, files, 4, 64 * 1024);

    assertThat(sequential).hasSize(40);
    assertThat(sequential)
        .extracting(IngestResult::status)
        .containsOnly(IngestResult.Status.INDEXED);
    assertThat(parallel).containsExactlyElementsOf(sequential);
    Map<String, String> expected = storedPapers(one);
    assertThat(expected).hasSize(40).containsKey("kst-21501-02-2893");
    assertThat(storedPapers(four)).isEqualTo(expected);
  }

  @Test
  void onePaperInThreeFormatsIsDecidedInInputOrderWhateverTheThreadsDo(
      @TempDir Path data, @TempDir Path folder) throws IOException {
    Fixtures fixtures = new Fixtures();
    // the Word file first: it is the richest, so the two later ones are only versions of it
    List<Path> files =
        List.of(
            Files.write(folder.resolve("verslag.docx"), fixtures.docx()),
            Files.write(folder.resolve("verslag.pdf"), fixtures.pdf(Fixtures.PdfOptions.LAYOUT)),
            Files.writeString(
                folder.resolve("verslag.txt"), fixtures.text(), StandardCharsets.UTF_8),
            // the same bytes as the text file under another name, in the same batch
            Files.writeString(
                folder.resolve("kopie.txt"), fixtures.text(), StandardCharsets.UTF_8));

    List<IngestResult> first = ingest(data, files, 3, ParallelIngest.defaultBudget());
    assertThat(first)
        .extracting(IngestResult::status)
        .containsExactly(
            IngestResult.Status.INDEXED,
            IngestResult.Status.SAME_PAPER,
            IngestResult.Status.SAME_PAPER,
            IngestResult.Status.UNCHANGED);
    assertThat(first.get(1).reason())
        .isEqualTo(
            "same paper as "
                + files.get(0)
                + "; keeping that one: docx is a richer format than pdf");
    assertThat(first.get(3).reason()).isEqualTo("same paper as " + files.get(0));

    List<IngestResult> again = ingest(data, files, 3, ParallelIngest.defaultBudget());
    assertThat(again).extracting(IngestResult::status).containsOnly(IngestResult.Status.UNCHANGED);
  }

  @Test
  void aFileThatVanishedFailsAloneAndTheBatchGoesOn(@TempDir Path data) throws IOException {
    List<Path> files = new ArrayList<>(devPapers().subList(0, 3));
    files.add(1, data.resolve("weg.txt"));

    List<IngestResult> results = ingest(data, files, 2, ParallelIngest.defaultBudget());
    assertThat(results)
        .extracting(IngestResult::status)
        .containsExactly(
            IngestResult.Status.INDEXED,
            IngestResult.Status.FAILED,
            IngestResult.Status.INDEXED,
            IngestResult.Status.INDEXED);
    assertThat(results.get(1).reason()).isEqualTo("file vanished before it could be read");
  }

  @Test
  void zeroThreadsIsRefused(@TempDir Path data) throws IOException {
    try (PaperIndex index = PaperIndex.open(data)) {
      assertThatThrownBy(() -> new ParallelIngest(index, PROCESSOR, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least 1");
    }
  }
}
