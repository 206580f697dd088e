package nl.koers.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.koers.document.Document;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
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
 * <p>One writer per data folder (Lucene's write lock enforces it). Only {@link #prepare} is
 * thread-safe; {@code write}, {@code ingest} and {@code commit} belong to one thread.
 */
public final class PaperIndex implements nl.koers.engine.PaperStore {
  static final int BATCH = 200;

  private final Directory directory;
  private final IndexWriter writer;
  private final DocumentMapper mapper = new DocumentMapper();

  /**
   * sha256 -> source of every indexed paper, to answer "unchanged" without a reader refresh.
   * Concurrent: {@link #prepare} threads read it while the writer changes it.
   */
  private final Map<String, String> shaToSource = new ConcurrentHashMap<>();

  /** source -> sha256 of every indexed paper. */
  private final Map<String, String> sourceToSha = new HashMap<>();

  /** paper id -> the file version the index keeps of it. */
  private final Map<String, PaperVersions.Version> kept = new HashMap<>();

  /** sha256 -> a file that holds a paper kept from another file (see {@link Fields#TYPE_ALIAS}). */
  private final Map<String, Alias> aliasBySha = new ConcurrentHashMap<>();

  /** source -> sha256 of every alias file. */
  private final Map<String, String> aliasBySource = new HashMap<>();

  private record Alias(String source, String paperId) {}

  /** paper id -> when it first entered the index (epoch ms); absent for papers from before. */
  private final Map<String, Long> firstIngested = new HashMap<>();

  /** Paper ids the index held when opened or has written since: their first time is known. */
  private final java.util.Set<String> known = new java.util.HashSet<>();

  private java.time.Clock clock = java.time.Clock.systemUTC();

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
              stored.document(
                  sd.doc,
                  java.util.Set.of(
                      Fields.SHA256, Fields.SOURCE, Fields.DOC_ID, Fields.FORMAT, Fields.INGESTED));
          String source = d.get(Fields.SOURCE);
          known.add(d.get(Fields.DOC_ID));
          org.apache.lucene.index.IndexableField ingested = d.getField(Fields.INGESTED);
          if (ingested != null) {
            firstIngested.put(d.get(Fields.DOC_ID), ingested.numericValue().longValue());
          }
          shaToSource.put(d.get(Fields.SHA256), source);
          sourceToSha.put(source, d.get(Fields.SHA256));
          String format = d.get(Fields.FORMAT);
          kept.put(
              d.get(Fields.DOC_ID),
              new PaperVersions.Version(
                  source, format != null ? format : PaperVersions.formatOfName(source)));
        }
        for (ScoreDoc sd :
            searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ALIAS)), n).scoreDocs) {
          org.apache.lucene.document.Document d = stored.document(sd.doc);
          aliasBySha.put(
              d.get(Fields.SHA256), new Alias(d.get(Fields.ALIAS_SOURCE), d.get(Fields.ALIAS_OF)));
          aliasBySource.put(d.get(Fields.ALIAS_SOURCE), d.get(Fields.SHA256));
        }
      }
    }
  }

  /**
   * Opens (creating if needed) the index under {@code dataDir/index} after a quick integrity check
   * (see {@link IndexIntegrity}).
   *
   * @throws DamagedIndexException when the folder holds index files that do not form a sound index
   */
  public static PaperIndex open(Path dataDir) throws IOException {
    return open(dataDir, IndexIntegrity.Depth.QUICK);
  }

  /**
   * Opens the index after an integrity check of the given depth. Never creates a new index over
   * files it cannot read: Lucene would delete them as unreferenced.
   */
  public static PaperIndex open(Path dataDir, IndexIntegrity.Depth depth) throws IOException {
    IndexIntegrity.Report report = IndexIntegrity.check(dataDir, depth);
    if (!report.ok()) {
      throw new DamagedIndexException(dataDir, report.problem());
    }
    Path dir = indexPath(dataDir);
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(new DutchSearchAnalyzer());
    // APPEND when the check saw an index: should its commit vanish meanwhile, fail, never recreate
    config.setOpenMode(
        report.exists()
            ? IndexWriterConfig.OpenMode.APPEND
            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    return new PaperIndex(directory, new IndexWriter(directory, config));
  }

  /** The clock ingest times are read from; tests set a fixed one. */
  public PaperIndex clock(java.time.Clock newClock) {
    this.clock = newClock;
    return this;
  }

  public static Path indexPath(Path dataDir) {
    return dataDir.resolve("index");
  }

  /** Reads, annotates and indexes one file; never throws on a bad file. */
  @Override
  public IngestResult ingest(Path file, PaperProcessor processor) throws IOException {
    return write(prepare(file, processor), processor);
  }

  /** Indexes bytes from {@code source}; the same bytes again are reported unchanged. */
  @Override
  public IngestResult ingest(String source, byte[] bytes, PaperProcessor processor)
      throws IOException {
    return ingest(source, bytes, processor, java.util.Map.of());
  }

  /** Indexes bytes with metadata found beside the file ({@link nl.koers.pipeline.Sidecar}). */
  @Override
  public IngestResult ingest(
      String source, byte[] bytes, PaperProcessor processor, java.util.Map<String, String> sidecar)
      throws IOException {
    return write(prepare(source, bytes, processor, sidecar), processor);
  }

  /**
   * Reads and annotates one file for {@link #write}; never throws on a bad file. Thread-safe: many
   * threads may prepare while one writes (see {@link ParallelIngest}).
   */
  public PreparedPaper prepare(Path file, PaperProcessor processor) {
    String source = file.toAbsolutePath().normalize().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > processor.maxBytes()) {
        return PreparedPaper.early(
            new IngestResult(source, IngestResult.Status.FAILED, null, processor.tooLarge(size)));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return PreparedPaper.early(
          new IngestResult(
              source, IngestResult.Status.FAILED, null, "file vanished before it could be read"));
    } catch (IOException | OutOfMemoryError e) {
      return PreparedPaper.early(
          new IngestResult(
              source, IngestResult.Status.FAILED, null, "cannot read file: " + e.getMessage()));
    }
    return prepare(source, bytes, processor, nl.koers.pipeline.Sidecar.metadataFor(file));
  }

  /**
   * Annotates bytes from {@code source} for {@link #write}, unless the index holds these bytes
   * already. Thread-safe.
   */
  public PreparedPaper prepare(
      String source,
      byte[] bytes,
      PaperProcessor processor,
      java.util.Map<String, String> sidecar) {
    String sha = DocumentMapper.fingerprint(PaperProcessor.sha256(bytes));
    if (shaToSource.containsKey(sha) || aliasBySha.containsKey(sha)) {
      // most likely "unchanged": the writer decides, and runs the pipeline should it be wrong
      return new PreparedPaper(source, sha, null, null, bytes, sidecar);
    }
    return new PreparedPaper(
        source, sha, null, processor.process(source, bytes, sidecar), null, null);
  }

  /**
   * Indexes a prepared file: decides, against what the index holds now, whether it is unchanged,
   * another file's paper, or new. Not thread-safe: one writer calls it, in input order, so that the
   * outcome of every file is what a one-by-one ingest would give.
   */
  public IngestResult write(PreparedPaper prepared, PaperProcessor processor) throws IOException {
    if (prepared.early() != null) {
      return prepared.early();
    }
    String source = prepared.source();
    String sha = prepared.sha();
    if (shaToSource.containsKey(sha)) {
      String same = shaToSource.get(sha);
      String reason = same.equals(source) ? null : "same content as " + same;
      return new IngestResult(source, IngestResult.Status.UNCHANGED, null, reason);
    }
    if (aliasBySha.containsKey(sha)) {
      Alias alias = aliasBySha.get(sha);
      PaperVersions.Version held = kept.get(alias.paperId());
      return new IngestResult(
          source,
          IngestResult.Status.UNCHANGED,
          alias.paperId(),
          "same paper as " + (held == null ? alias.paperId() : held.source()));
    }
    Outcome outcome =
        prepared.outcome() != null
            ? prepared.outcome()
            : processor.process(source, prepared.bytes(), prepared.sidecar());
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
    PaperVersions.Version incoming = new PaperVersions.Version(source, d.format());
    PaperVersions.Version held = kept.get(d.id());
    String sameReason = null;
    if (held != null && !held.source().equals(source)) {
      PaperVersions.Choice choice = PaperVersions.choose(held, incoming);
      if (!choice.keepIncoming()) {
        // Another file already gave the index this paper: remember this file as a version of it.
        forget(source);
        addAlias(source, sha, d.id());
        countUncommitted();
        return new IngestResult(
            source,
            IngestResult.Status.SAME_PAPER,
            d.id(),
            "same paper as " + held.source() + "; keeping that one: " + choice.why());
      }
      sameReason = "same paper as " + held.source() + "; keeping this one: " + choice.why();
    }
    boolean replaced = sourceToSha.containsKey(source) || sameReason != null;
    long now = clock.millis();
    // a paper the index had before ingest times were kept stays old (0): it alerts nobody
    long first = firstIngested.getOrDefault(d.id(), known.contains(d.id()) ? 0L : now);
    try {
      List<org.apache.lucene.document.Document> block = mapper.toLucene(d, first, now);
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
    } catch (OutOfMemoryError e) {
      if (writer.getTragicException() != null) {
        throw new IOException(
            "the index writer ran out of memory on "
                + source
                + " and closed; papers since the last commit must be ingested again"
                + " (give Koers more memory or lower --max-chars)",
            e);
      }
      return new IngestResult(
          source, IngestResult.Status.FAILED, d.id(), "ran out of memory while indexing");
    }
    forgetAlias(source);
    if (held != null && !held.source().equals(source)) {
      // the version it replaces stays known, so ingesting that file again is "unchanged"
      String heldSha = sourceToSha.remove(held.source());
      if (heldSha != null) {
        shaToSource.remove(heldSha);
        addAlias(held.source(), heldSha, d.id());
      }
    }
    kept.values().removeIf(v -> v.source().equals(source)); // an older id of this same file
    kept.put(d.id(), incoming);
    known.add(d.id());
    if (first > 0) {
      firstIngested.put(d.id(), first);
    }
    String old = sourceToSha.put(source, sha);
    if (old != null) {
      shaToSource.remove(old);
    }
    shaToSource.put(sha, source);
    countUncommitted();
    return new IngestResult(
        source,
        replaced ? IngestResult.Status.REPLACED : IngestResult.Status.INDEXED,
        d.id(),
        sameReason);
  }

  /** Records {@code source} as a file holding paper {@code id}, which another file gave us. */
  private void addAlias(String source, String sha, String id) throws IOException {
    forgetAlias(source);
    org.apache.lucene.document.Document alias = new org.apache.lucene.document.Document();
    alias.add(new StringField(Fields.TYPE, Fields.TYPE_ALIAS, Field.Store.NO));
    alias.add(new StringField(Fields.ALIAS_SOURCE, source, Field.Store.YES));
    alias.add(new StringField(Fields.ALIAS_OF, id, Field.Store.YES));
    alias.add(new StringField(Fields.SHA256, sha, Field.Store.YES));
    writer.addDocument(alias);
    aliasBySha.put(sha, new Alias(source, id));
    aliasBySource.put(source, sha);
  }

  private void forgetAlias(String source) throws IOException {
    String sha = aliasBySource.remove(source);
    if (sha != null) {
      aliasBySha.remove(sha);
      writer.deleteDocuments(new Term(Fields.ALIAS_SOURCE, source));
    }
  }

  /** Drops what the index holds from {@code source} as a paper of its own. */
  private void forget(String source) throws IOException {
    String sha = sourceToSha.remove(source);
    if (sha != null) {
      shaToSource.remove(sha);
      writer.deleteDocuments(new Term(Fields.SOURCE, source));
      kept.values().removeIf(v -> v.source().equals(source));
    }
  }

  private void countUncommitted() throws IOException {
    if (++uncommitted >= BATCH) {
      commit();
    }
  }

  @Override
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
