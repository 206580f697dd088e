package nl.koers.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.koers.index.IngestResult;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.tk.TkRecord;
import nl.koers.tk.TkStore;

/**
 * Fetches what is new at the public sources into a data folder: lists every source in scope, then
 * fetches each listed file that changed since the last sync, checks it, stores it under {@code
 * DATA/sync/files/<source>/} and ingests it. Records go to the {@link TkStore}.
 *
 * <p>Resumable: the index is committed, then the store and the state saved, every {@code
 * checkpointEvery} files and at the end, in that order, so the state never claims a file the index
 * lost. A killed sync refetches at most the files since its last checkpoint, which ingest then
 * finds unchanged: no duplicates. One sync per data folder at a time (the index's write lock).
 */
public final class Sync {
  private final SyncOptions options;
  private final Path dataDir;
  private final nl.koers.engine.PaperStore index;
  private final PaperProcessor processor;
  private final SyncListener listener;
  private final PoliteHttp http;
  private final SyncReport.Tally tally = new SyncReport.Tally();
  private SyncState state;
  private TkStore store;

  private Sync(
      SyncOptions options,
      Path dataDir,
      nl.koers.engine.PaperStore index,
      PaperProcessor processor,
      SyncListener listener) {
    this.options = options;
    this.dataDir = dataDir;
    this.index = index;
    this.processor = processor;
    this.listener = listener;
    this.http = new PoliteHttp(options);
  }

  /**
   * Runs one sync into an index the caller holds open (and closes).
   *
   * @throws IOException when the index, the store or the state cannot be written; a source's
   *     failure is reported in the {@link SyncReport} instead
   */
  public static SyncReport run(
      SyncOptions options,
      Path dataDir,
      nl.koers.engine.PaperStore index,
      PaperProcessor processor,
      SyncListener listener)
      throws IOException, InterruptedException {
    return new Sync(options, dataDir, index, processor, listener).run();
  }

  /** Runs one sync, opening the data folder's index with the standard pipeline. */
  public static SyncReport run(SyncOptions options, Path dataDir, SyncListener listener)
      throws IOException, InterruptedException {
    try (PaperIndex index = PaperIndex.open(dataDir)) {
      return run(options, dataDir, index, PaperProcessor.standard(), listener);
    }
  }

  /** Where synced files are kept. */
  public static Path filesDir(Path dataDir) {
    return dataDir.resolve("sync").resolve("files");
  }

  private SyncReport run() throws IOException, InterruptedException {
    state = SyncState.load(dataDir);
    store = TkStore.load(dataDir);
    if (options.sources().contains(SyncOptions.Source.TK_FEED)) {
      for (String category : options.feedCategories()) {
        followFeed(category);
      }
    }
    Map<String, SyncItem> items = new LinkedHashMap<>();
    if (options.sources().contains(SyncOptions.Source.TK)) {
      listTk(items);
    }
    if (options.sources().contains(SyncOptions.Source.KOOP)) {
      listKoop(items);
    }
    store.save(dataDir);
    listener.planned(items.size());
    int sinceCheckpoint = 0;
    for (SyncItem item : items.values()) {
      SyncReport.Outcome outcome = fetchAndIngest(item);
      tally.count(outcome);
      if (outcome != SyncReport.Outcome.UP_TO_DATE
          && ++sinceCheckpoint >= options.checkpointEvery()) {
        checkpoint();
        sinceCheckpoint = 0;
      }
      listener.done(item, outcome);
    }
    checkpoint();
    return tally.report(http.requests());
  }

  private void checkpoint() throws IOException {
    index.commit();
    store.save(dataDir);
    state.save(dataDir);
  }

  private void fail(String what, String reason) {
    tally.fail(what, reason);
    listener.failed(what, reason);
  }

  private void fail(FetchException e) {
    String msg = e.getMessage();
    String prefix = e.uri() + ": ";
    fail(String.valueOf(e.uri()), msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
  }

  /** SyncFeed pages of one category from where the last sync stopped; state saved per page. */
  private void followFeed(String category) throws IOException, InterruptedException {
    String saved = state.feedPage(category);
    URI page = saved != null ? URI.create(saved) : TkFeed.firstPage(options, category);
    while (page != null) {
      TkFeed.Page p;
      try {
        p = TkFeed.parse(page, http.page(page));
      } catch (FetchException e) {
        fail(e);
        return;
      }
      store.putAll(p.records());
      tally.records += p.records().size();
      URI next = null;
      if (p.next() != null) {
        try {
          next = Urls.next(options.tkFeedUrl(), page, p.next());
        } catch (FetchException e) {
          fail(e);
        }
      }
      // the store first: a state that points past records the store lacks would lose them
      store.save(dataDir);
      state.feedPage(category, (next != null ? next : page).toString());
      state.save(dataDir);
      if (Objects.equals(next, page)) {
        return; // a feed that points at itself is caught up
      }
      page = next;
    }
  }

  private void listTk(Map<String, SyncItem> items) throws InterruptedException, IOException {
    for (URI first : TkOData.firstPages(options)) {
      URI page = first;
      while (page != null) {
        List<TkRecord> records = new ArrayList<>();
        List<SyncItem> found = new ArrayList<>();
        try {
          page = TkOData.page(options, page, http.page(page), records, found);
        } catch (FetchException e) {
          fail(e);
          break;
        }
        store.putAll(records);
        tally.records += records.size();
        found.forEach(i -> items.putIfAbsent(i.key(), i));
      }
    }
  }

  private void listKoop(Map<String, SyncItem> items) throws InterruptedException, IOException {
    int start = 1;
    while (start > 0) {
      URI url = KoopSru.page(options, start);
      KoopSru.Page p;
      try {
        p = KoopSru.parse(options, url, http.page(url));
      } catch (FetchException e) {
        fail(e);
        return;
      }
      p.items().forEach(i -> items.putIfAbsent(i.key(), i));
      // a next position that does not move forward would loop for ever
      start = p.nextRecordPosition() > start ? p.nextRecordPosition() : 0;
    }
  }

  private SyncReport.Outcome fetchAndIngest(SyncItem item)
      throws IOException, InterruptedException {
    Path dir = filesDir(dataDir).resolve(item.source().label());
    Path target = dir.resolve(item.fileName());
    SyncState.Entry known = state.item(item.key());
    boolean have = known != null && Files.isRegularFile(target);
    if (have && item.version() != null && item.version().equals(known.version())) {
      return SyncReport.Outcome.UP_TO_DATE;
    }
    Path tmpDir = dataDir.resolve("sync").resolve("tmp");
    PoliteHttp.Download meta = null;
    PoliteHttp.Download doc = null;
    try {
      if (item.sidecarUrl() != null) {
        meta = sidecar(item);
        if (meta != null) {
          String bad = ContentCheck.metadata(meta.file());
          if (bad != null) {
            fail(item.sidecarUrl().toString(), bad);
            return SyncReport.Outcome.FAILED;
          }
        }
      }
      PoliteHttp.Validators validators =
          have
              ? new PoliteHttp.Validators(known.etag(), known.lastModified())
              : PoliteHttp.Validators.NONE;
      doc = http.download(item.url(), validators, tmpDir);
      if (doc.notModified()) {
        state.put(
            item.key(),
            new SyncState.Entry(item.version(), known.etag(), known.lastModified(), known.file()));
        return SyncReport.Outcome.UP_TO_DATE;
      }
      String bad = item.xml() ? ContentCheck.xml(doc.file()) : ContentCheck.document(doc.file());
      if (bad != null) {
        fail(item.url().toString(), bad);
        return SyncReport.Outcome.FAILED;
      }
      // both whole and checked: only now do they replace what was stored
      Files.createDirectories(dir);
      if (meta != null) {
        String base = item.fileName().substring(0, item.fileName().lastIndexOf('.'));
        Files.move(
            meta.file(),
            dir.resolve(base + ".metadata.xml"),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(
          doc.file(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (FetchException e) {
      fail(e);
      return SyncReport.Outcome.FAILED;
    } finally {
      deleteTemp(meta);
      deleteTemp(doc);
    }
    IngestResult r = ingest(target);
    SyncReport.Outcome outcome =
        switch (r.status()) {
          case INDEXED -> SyncReport.Outcome.INDEXED;
          case REPLACED -> SyncReport.Outcome.REPLACED;
          case UNCHANGED -> SyncReport.Outcome.UNCHANGED;
          case SAME_PAPER -> SyncReport.Outcome.SAME_PAPER;
          case UNSUPPORTED, NEEDS_OCR -> SyncReport.Outcome.NOT_INDEXED;
          case FAILED -> SyncReport.Outcome.FAILED;
        };
    if (outcome == SyncReport.Outcome.FAILED) {
      fail(item.url().toString(), "stored as " + target + " but not ingested: " + r.reason());
      return outcome; // not in the state: the next sync fetches it again
    }
    if (outcome == SyncReport.Outcome.NOT_INDEXED) {
      fail(
          item.url().toString(),
          r.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + r.reason());
    }
    state.put(
        item.key(),
        new SyncState.Entry(
            item.version(),
            doc.validators().etag(),
            doc.validators().lastModified(),
            filesDir(dataDir).relativize(target).toString()));
    return outcome;
  }

  /**
   * The KOOP {@code metadata.xml} of an item, or null when the source has none (404, 410): the
   * publication's XML carries most of its metadata itself, so the paper is still whole without it.
   */
  private PoliteHttp.Download sidecar(SyncItem item) throws IOException, InterruptedException {
    try {
      return http.download(
          item.sidecarUrl(), PoliteHttp.Validators.NONE, dataDir.resolve("sync").resolve("tmp"));
    } catch (FetchException e) {
      if (e.status() == 404 || e.status() == 410) {
        return null;
      }
      throw e;
    }
  }

  /** Ingest of one stored file; whatever goes wrong inside fails this file, not the sync. */
  private IngestResult ingest(Path file) throws IOException {
    try {
      return index.ingest(file, processor);
    } catch (IOException | VirtualMachineError e) {
      throw e;
    } catch (RuntimeException e) {
      return new IngestResult(
          file.toString(), IngestResult.Status.FAILED, null, "internal error: " + e);
    }
  }

  private static void deleteTemp(PoliteHttp.Download d) throws IOException {
    if (d != null && d.file() != null) {
      Files.deleteIfExists(d.file()); // already moved when all went well
    }
  }
}
