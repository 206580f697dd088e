package nl.koers.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.document.Document;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded index of a data folder, open for writing. Ingest is idempotent: the same bytes are
 * "unchanged" and skip the pipeline; a changed file replaces its old entries atomically (paper and
 * passages are one block). Commits every {@value #BATCH} papers and on close; a crash loses at most
 * the uncommitted batch and never corrupts what was committed.
 *
 * <p>One writer per data folder (Lucene's write lock enforces it); not thread-safe.
 */
public final class PaperIndex implements Closeable {
  static final int BATCH = 200;

  private final Directory directory;
  private final IndexWriter writer;
  private final DocumentMapper mapper = new DocumentMapper();

  /** sha256 → source of every indexed paper, to answer "unchanged" without a reader refresh. */
  private final Map<String, String> shaToSource = new HashMap<>();

  /** source → sha256 of every indexed paper. */
  private final Map<String, String> sourceToSha = new HashMap<>();

  private int uncommitted;

  private PaperIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    if (DirectoryReader.indexExists(directory)) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        int n = Math.max(1, reader.maxDoc());
        for (ScoreDoc sd :
            searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), n).scoreDocs) {
          org.apache.lucene.document.Document d =
              stored.document(sd.doc, java.util.Set.of(Fields.SHA256, Fields.SOURCE));
          shaToSource.put(d.get(Fields.SHA256), d.get(Fields.SOURCE));
          sourceToSha.put(d.get(Fields.SOURCE), d.get(Fields.SHA256));
        }
      }
    }
  }

  /** Opens (creating if needed) the index under {@code dataDir/index}. */
  public static PaperIndex open(Path dataDir) throws IOException {
    Path dir = indexPath(dataDir);
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(new DutchSearchAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    return new PaperIndex(directory, new IndexWriter(directory, config));
  }

  public static Path indexPath(Path dataDir) {
    return dataDir.resolve("index");
  }

  /** Reads, annotates and indexes one file; never throws on a bad file. */
  public IngestResult ingest(Path file, PaperProcessor processor) throws IOException {
    String source = file.toAbsolutePath().normalize().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > processor.maxBytes()) {
        return new IngestResult(source, IngestResult.Status.FAILED, null, processor.tooLarge(size));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new IngestResult(
          source, IngestResult.Status.FAILED, null, "file vanished before it could be read");
    } catch (IOException | OutOfMemoryError e) {
      return new IngestResult(
          source, IngestResult.Status.FAILED, null, "cannot read file: " + e.getMessage());
    }
    return ingest(source, bytes, processor, nl.koers.pipeline.Sidecar.metadataFor(file));
  }

  /** Indexes bytes from {@code source}; the same bytes again are reported unchanged. */
  public IngestResult ingest(String source, byte[] bytes, PaperProcessor processor)
      throws IOException {
    return ingest(source, bytes, processor, java.util.Map.of());
  }

  /** Indexes bytes with metadata found beside the file ({@link nl.koers.pipeline.Sidecar}). */
  public IngestResult ingest(
      String source, byte[] bytes, PaperProcessor processor, java.util.Map<String, String> sidecar)
      throws IOException {
    String sha = DocumentMapper.fingerprint(PaperProcessor.sha256(bytes));
    if (shaToSource.containsKey(sha)) {
      String same = shaToSource.get(sha);
      String reason = same.equals(source) ? null : "same content as " + same;
      return new IngestResult(source, IngestResult.Status.UNCHANGED, null, reason);
    }
    Outcome outcome = processor.process(source, bytes, sidecar);
    switch (outcome.status()) {
      case UNSUPPORTED:
        return new IngestResult(source, IngestResult.Status.UNSUPPORTED, null, outcome.reason());
      case NEEDS_OCR:
        return new IngestResult(source, IngestResult.Status.NEEDS_OCR, null, outcome.reason());
      case FAILED:
        return new IngestResult(source, IngestResult.Status.FAILED, null, outcome.reason());
      default:
        break;
    }
    Document d = outcome.document();
    boolean replaced = sourceToSha.containsKey(source);
    try {
      List<org.apache.lucene.document.Document> block = mapper.toLucene(d);
      writer.updateDocuments(new Term(Fields.DOC_ID, d.id()), block);
      // Only once the new version is in: drop an older version of this file stored under another
      // id.
      writer.deleteDocuments(
          new org.apache.lucene.search.BooleanQuery.Builder()
              .add(
                  new TermQuery(new Term(Fields.SOURCE, source)),
                  org.apache.lucene.search.BooleanClause.Occur.FILTER)
              .add(
                  new TermQuery(new Term(Fields.DOC_ID, d.id())),
                  org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)
              .build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Lucene rejected this paper (e.g. a term too long); nothing of it was written.
      return new IngestResult(
          source,
          IngestResult.Status.FAILED,
          d.id(),
          "index rejected the paper: " + e.getMessage());
    }
    String old = sourceToSha.put(source, sha);
    if (old != null) {
      shaToSource.remove(old);
    }
    shaToSource.put(sha, source);
    if (++uncommitted >= BATCH) {
      commit();
    }
    return new IngestResult(
        source,
        replaced ? IngestResult.Status.REPLACED : IngestResult.Status.INDEXED,
        d.id(),
        null);
  }

  public void commit() throws IOException {
    writer.commit();
    uncommitted = 0;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.commit();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
