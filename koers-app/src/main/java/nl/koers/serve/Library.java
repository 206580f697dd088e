package nl.koers.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.koers.analyse.CitationGraph;
import nl.koers.analyse.CommitmentTable;
import nl.koers.analyse.EntityMentions;
import nl.koers.analyse.FigureTable;
import nl.koers.analyse.Timeline;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.topic.Taxonomy;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.Engines;
import nl.koers.engine.PaperEngine;
import nl.koers.engine.PaperStore;
import nl.koers.index.IngestResult;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.tk.TkLinks;
import nl.koers.tk.TkStore;

/**
 * The index a server reads, as a point-in-time snapshot that is swapped after an upload or when a
 * command-line ingest changed the index on disk. Requests keep the snapshot they started with; a
 * replaced snapshot is closed a while later, once requests using it have finished.
 */
final class Library implements Closeable {
  /** How long a replaced snapshot stays open for requests still reading it. */
  private static final long RETIRE_SECONDS = 60;

  /**
   * Entities and topics whose timeline and figures are prepared in the background after a (re)open.
   */
  private static final int WARM_SUBJECTS = 8;

  /** How often at most the index folder is checked for changes made by another process. */
  private static final long CHECK_MILLIS = 2000;

  private final Path dataDir;
  private final EngineConfig engine;
  private final Gazetteer gazetteer;
  private final Taxonomy taxonomy;
  private final PaperProcessor processor;
  private final MemoryBreaker breaker;
  private final ScheduledExecutorService retirer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "koers-snapshot-retirer");
            t.setDaemon(true);
            return t;
          });
  private volatile Snapshot current;
  private volatile long checkedAt;
  private TkLinks tk;
  private java.nio.file.attribute.FileTime tkTime;

  Library(
      Path dataDir,
      Gazetteer gazetteer,
      Taxonomy taxonomy,
      PaperProcessor processor,
      MemoryBreaker breaker)
      throws IOException {
    this(EngineConfig.embedded(dataDir), gazetteer, taxonomy, processor, breaker);
  }

  /** A library on any engine; uploads and imported records stay in the engine's data folder. */
  Library(
      EngineConfig engine,
      Gazetteer gazetteer,
      Taxonomy taxonomy,
      PaperProcessor processor,
      MemoryBreaker breaker)
      throws IOException {
    this.engine = engine;
    Path dataDir = engine.dataDir();
    this.dataDir = dataDir;
    this.breaker = breaker;
    this.gazetteer = gazetteer;
    this.taxonomy = taxonomy;
    this.processor = processor;
    if (!engine.embedded() || !Files.isDirectory(PaperIndex.indexPath(dataDir))) {
      // An empty library is fine: the first upload fills it.
      try (PaperStore created = Engines.openForWriting(engine)) {
        created.commit();
      }
    }
    this.current = new Snapshot(Engines.open(engine), breaker);
    calibrate(current);
    warm(current);
  }

  /** Tells the breaker what a paper of this index version holds in memory. */
  private void calibrate(Snapshot s) throws IOException {
    if (!engine.embedded()) {
      return; // no index folder to measure: the breaker keeps its default estimate
    }
    long bytes = 0;
    try (var files = Files.list(PaperIndex.indexPath(dataDir))) {
      for (Path f : files.toList()) {
        try {
          bytes += Files.size(f);
        } catch (java.nio.file.NoSuchFileException e) {
          // merged away while we counted
        }
      }
    }
    breaker.calibrate(
        bytes, s.searcher().paperCount(nl.koers.index.Fields.TYPE, nl.koers.index.Fields.TYPE_DOC));
  }

  /** The values of a facet field that most papers carry. */
  private static List<String> top(Snapshot s, String field) throws IOException {
    return s.searcher().paperCounts(field).entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(WARM_SUBJECTS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Builds the citation graph in the background, so the first paper page does not wait for it. */
  private void warm(Snapshot s) {
    retirer.execute(
        () -> {
          try {
            s.graph();
            // the subjects most papers discuss are the likely first visits: prepare their pages
            for (String id : top(s, nl.koers.index.Fields.ENTITY)) {
              s.timeline(id, Timeline.By.YEAR, null, null, null);
              s.figures(id, null, null, null, null);
            }
            for (String id : top(s, nl.koers.index.Fields.TOPIC)) {
              s.timeline("topic:" + id, Timeline.By.YEAR, null, null, null);
              s.figures(null, id, null, null, null);
            }
          } catch (IOException | RuntimeException e) {
            // the first request that needs the graph will build it and report the problem
          }
        });
  }

  /** The breaker requests reserve the memory of the papers they read against. */
  MemoryBreaker breaker() {
    return breaker;
  }

  Path dataDir() {
    return dataDir;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * The Tweede Kamer records imported with {@code koers import tk}, reloaded when the import
   * changed them.
   */
  synchronized TkLinks tk() throws IOException {
    Path file = TkStore.path(dataDir);
    java.nio.file.attribute.FileTime time =
        Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
    if (tk == null || !java.util.Objects.equals(time, tkTime)) {
      tk = new TkLinks(TkStore.load(dataDir));
      tkTime = time;
    }
    return tk;
  }

  long maxBytes() {
    return processor.maxBytes();
  }

  /** The snapshot to answer a request from, refreshed when the index changed on disk. */
  Snapshot snapshot() throws IOException {
    long now = System.currentTimeMillis();
    if (now - checkedAt > CHECK_MILLIS) {
      checkedAt = now;
      if (!current.searcher.isCurrent()) {
        refresh();
      }
    }
    return current;
  }

  /** One file of an upload. */
  record Upload(String name, byte[] bytes) {}

  /**
   * Stores each upload under {@code DATA/uploads/<sha256>/<name>} and ingests it, one outcome per
   * file as the command line reports them; a bad file never stops the batch.
   */
  synchronized List<IngestResult> ingest(List<Upload> uploads) throws IOException {
    List<IngestResult> results = new ArrayList<>();
    try (PaperStore index = openForWriting()) {
      for (Upload u : uploads) {
        boolean known = Files.exists(UploadStore.target(dataDir, u.name(), u.bytes()));
        Path target = UploadStore.save(dataDir, u.name(), u.bytes());
        IngestResult r = index.ingest(target, processor);
        if (!known && !KEPT.contains(r.status())) {
          // a refused file is no paper: keeping it would only fill the disk (issue 16)
          UploadStore.delete(target);
        }
        results.add(r);
      }
      index.commit();
    }
    refresh();
    return results;
  }

  /** Outcomes whose uploaded file stays: the index points at it (or at its twin). */
  private static final java.util.Set<IngestResult.Status> KEPT =
      java.util.EnumSet.of(
          IngestResult.Status.INDEXED, IngestResult.Status.REPLACED, IngestResult.Status.UNCHANGED);

  /**
   * The index opened for an upload, or a 503 the client can act on: retry later when another
   * process (a command-line ingest) holds the write lock, or tell the operator when the folder
   * cannot be written.
   */
  private PaperStore openForWriting() throws IOException {
    try {
      return Engines.openForWriting(engine);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new ApiError(
          503,
          "the index is being written by another process (a koers ingest?); retry when it is done",
          Limits.RETRY_AFTER_SECONDS * 5);
    }
  }

  private synchronized void refresh() throws IOException {
    Snapshot old = current;
    current = new Snapshot(Engines.open(engine), breaker);
    calibrate(current);
    warm(current);
    retirer.schedule(old::close, RETIRE_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    retirer.shutdownNow();
    current.close();
  }

  /** A reader over one version of the index, with the citation graph computed once. */
  static final class Snapshot {
    /** Answers kept per snapshot: analyses of thousands of papers are worth not repeating. */
    private static final int CACHED_ANSWERS = 64;

    private final PaperEngine searcher;
    private final MemoryBreaker breaker;
    private CitationGraph graph;

    /** Answers being computed: a second request for one waits for it instead of repeating it. */
    private final java.util.concurrent.ConcurrentHashMap<
            String, java.util.concurrent.CompletableFuture<Object>>
        computing = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Object> answers =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHED_ANSWERS;
          }
        };

    Snapshot(PaperEngine searcher, MemoryBreaker breaker) {
      this.searcher = searcher;
      this.breaker = breaker;
    }

    PaperEngine searcher() {
      return searcher;
    }

    /** The citation graph of every paper; built on first use, a paper at a time. */
    synchronized CitationGraph graph() throws IOException {
      if (graph == null) {
        CitationGraph g = CitationGraph.empty();
        searcher.forEachPaper(g::add);
        graph = g;
      }
      return graph;
    }

    /** How a subject (an entity id or {@code topic:<id>}) moved over time. */
    Timeline.Result timeline(
        String subject, Timeline.By by, String kind, LocalDate from, LocalDate to)
        throws IOException {
      return timeline(subject, by, kind, from, to, Timeline.DEFAULT_HOLDER);
    }

    /** As above, with the stance of one holder (government, parliament, council, other, any). */
    Timeline.Result timeline(
        String subject, Timeline.By by, String kind, LocalDate from, LocalDate to, String holder)
        throws IOException {
      boolean topic = subject.startsWith("topic:");
      String entity = topic ? null : subject;
      String topicId = topic ? subject.substring("topic:".length()) : null;
      return cached(
          key("timeline", subject, by, kind, from, to, holder),
          () -> searcher.countPapers(entity, topicId, kind, null, from, to),
          "the timeline of " + subject,
          () ->
              Timeline.of(
                  searcher.papers(
                      topic ? null : subject,
                      topic ? subject.substring("topic:".length()) : null,
                      kind,
                      from,
                      to),
                  subject,
                  by,
                  holder));
    }

    /** The newest {@code limit} of the {@code total} papers naming an entity, with quotes. */
    List<EntityMentions.Paper> mentions(String entity, int total, int limit) throws IOException {
      return cached(
          key("mentions", entity, limit),
          () -> Math.min(total, limit),
          "the papers naming " + entity,
          () ->
              EntityMentions.of(
                  searcher.papers(
                      entity, null, null, null, null, null, Math.max(0, total - limit), limit),
                  entity));
    }

    List<FigureTable.Row> figures(
        String entity, String topic, String kind, LocalDate from, LocalDate to) throws IOException {
      return cached(
          key("figures", entity, topic, kind, from, to),
          () -> searcher.countPapers(entity, topic, kind, null, from, to),
          "the figures table",
          () -> FigureTable.rows(searcher.papers(entity, topic, kind, from, to), entity, topic));
    }

    List<CommitmentTable.Row> commitments(
        String entity, String topic, String kind, LocalDate from, LocalDate to) throws IOException {
      return cached(
          key("commitments", entity, topic, kind, from, to),
          () -> searcher.countPapers(entity, topic, kind, null, from, to),
          "the commitments table",
          () ->
              CommitmentTable.rows(searcher.papers(entity, topic, kind, from, to), entity, topic));
    }

    private static String key(Object... parts) {
      StringBuilder b = new StringBuilder();
      for (Object p : parts) {
        b.append(p).append('\u0000');
      }
      return b.toString();
    }

    /**
     * What {@code compute} answers for {@code key}, computed once per snapshot: a request that asks
     * while another computes it waits for that answer; the one that computes it first reserves the
     * memory of the {@code papers} it reads with the breaker.
     */
    @SuppressWarnings("unchecked")
    <T> T cached(String key, Count papers, String what, Computation<T> compute) throws IOException {
      synchronized (answers) {
        Object known = answers.get(key);
        if (known != null) {
          return (T) known;
        }
      }
      java.util.concurrent.CompletableFuture<Object> mine =
          new java.util.concurrent.CompletableFuture<>();
      java.util.concurrent.CompletableFuture<Object> theirs = computing.putIfAbsent(key, mine);
      if (theirs != null) {
        try {
          return (T) theirs.join();
        } catch (java.util.concurrent.CompletionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw e;
        }
      }
      try (MemoryBreaker.Reservation r = breaker.reserve(papers.get(), what)) {
        T value = compute.get();
        synchronized (answers) {
          answers.put(key, value);
        }
        mine.complete(value);
        return value;
      } catch (IOException | RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        computing.remove(key, mine);
      }
    }

    /** A number of papers a computation would read. */
    interface Count {
      long get() throws IOException;
    }

    /** A computation over the index. */
    interface Computation<T> {
      T get() throws IOException;
    }

    void close() {
      try {
        searcher.close();
      } catch (IOException e) {
        // the snapshot is gone either way; nothing a client can do about it
      }
    }
  }
}
