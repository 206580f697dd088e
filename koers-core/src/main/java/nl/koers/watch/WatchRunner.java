package nl.koers.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.koers.document.Document;
import nl.koers.document.OfficialLinks;
import nl.koers.document.Segment;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.Engines;
import nl.koers.engine.PaperEngine;

/**
 * Runs watches: for each, the papers that match it and entered the index since its last run, less
 * those it reported already; delivers them; then remembers them. Idempotent: a second run right
 * after the first finds nothing. A watch whose delivery fails keeps its state (the next run tries
 * the same papers again) and reports why. Works on any engine ({@link PaperEngine#fresh}); the
 * watches themselves ({@code watches.json}) stay in the engine's data folder.
 */
public final class WatchRunner {
  /**
   * How far before the previous run's start the next run looks again: a paper committed while a run
   * was reading is not missed; the reported set keeps it from being reported twice.
   */
  static final long OVERLAP_MILLIS = 10 * 60 * 1000;

  /** Papers one watch reports in one run at most. */
  static final int MAX_ITEMS = 200;

  /** Characters of a passage an item keeps. */
  static final int PASSAGE_CHARS = 400;

  /**
   * How a run goes.
   *
   * @param only run just the watch of this name (null: all)
   * @param includeReplaced report a paper again when a new version of it replaced the one reported
   */
  public record Options(String only, boolean includeReplaced) {
    public static Options all() {
      return new Options(null, false);
    }
  }

  /** What one watch's run found, or why it could not deliver (then its items stay unreported). */
  public record Outcome(String watch, List<Item> items, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final EngineConfig engine;
  private final Path dataDir;
  private final List<Delivery> deliveries;
  private final Clock clock;

  /** Runs over the embedded index of {@code dataDir}. */
  public WatchRunner(Path dataDir, List<Delivery> deliveries, Clock clock) {
    this(EngineConfig.embedded(dataDir), deliveries, clock);
  }

  /** Runs over the index {@code engine} names, opened afresh for each run. */
  public WatchRunner(EngineConfig engine, List<Delivery> deliveries, Clock clock) {
    this.engine = engine;
    this.dataDir = engine.dataDir();
    this.deliveries = List.copyOf(deliveries);
    this.clock = clock;
  }

  /** Runs the watches under the store's lock; throws when a named watch does not exist. */
  public List<Outcome> run(Options options) throws IOException {
    WatchStore store = new WatchStore(dataDir);
    return store.locked(
        () -> {
          List<WatchStore.Entry> entries = store.load();
          if (options.only() != null
              && entries.stream().noneMatch(e -> e.watch().name().equals(options.only()))) {
            throw new IllegalArgumentException("no watch named \"" + options.only() + "\"");
          }
          List<Outcome> outcomes = new ArrayList<>();
          List<WatchStore.Entry> next = new ArrayList<>();
          if (entries.isEmpty()) {
            return outcomes;
          }
          try (PaperEngine searcher = Engines.open(engine)) {
            for (WatchStore.Entry e : entries) {
              if (options.only() != null && !e.watch().name().equals(options.only())) {
                next.add(e);
                continue;
              }
              long start = clock.millis();
              List<Item> items = find(searcher, e, options.includeReplaced(), start);
              WatchStore.Entry after;
              try {
                deliver(e, items, start);
                after =
                    new WatchStore.Entry(
                        e.watch(), e.state().advance(start, items, due(e, items, start)));
                outcomes.add(new Outcome(e.watch().name(), items, null));
              } catch (IOException | RuntimeException failure) {
                String why =
                    failure.getMessage() == null ? failure.toString() : failure.getMessage();
                after = new WatchStore.Entry(e.watch(), e.state().failed(start, why));
                outcomes.add(new Outcome(e.watch().name(), items, why));
              }
              next.add(after);
            }
          }
          store.save(next);
          return outcomes;
        });
  }

  /** Whether an e-mail digest goes out this run. */
  private static boolean due(WatchStore.Entry e, List<Item> items, long now) {
    Watch w = e.watch();
    if (w.email() == null) {
      return false;
    }
    boolean something = !items.isEmpty() || !e.state().pending().isEmpty();
    return something && now - e.state().lastDigest() >= w.digestPeriodMillis();
  }

  private void deliver(WatchStore.Entry e, List<Item> items, long now) throws IOException {
    List<Item> digest = new ArrayList<>();
    if (due(e, items, now)) {
      digest.addAll(e.state().pending());
      digest.addAll(items);
    }
    if (items.isEmpty() && digest.isEmpty()) {
      return;
    }
    for (Delivery d : deliveries) {
      d.deliver(e.watch(), items, digest);
    }
  }

  /** The papers new to this watch, newest paper date first. */
  List<Item> find(PaperEngine searcher, WatchStore.Entry e, boolean includeReplaced, long now)
      throws IOException {
    Watch w = e.watch();
    WatchState s = e.state();
    // never before the watch existed: what the index held when it was added is not news
    long after = Math.max(w.created(), s.lastRun() == 0 ? s.since() : s.since() - OVERLAP_MILLIS);
    List<Item> out = new ArrayList<>();
    for (PaperEngine.Fresh f : searcher.fresh(w.request(MAX_ITEMS), after, includeReplaced)) {
      String id = f.hit().id();
      String reported = s.reported().get(id);
      boolean seen =
          reported != null && (!includeReplaced || sameContent(reported, f.fingerprint()));
      if (seen || id.equals(w.paper())) {
        continue;
      }
      out.add(
          new Item(
              w.name(),
              id,
              f.hit().title(),
              f.hit().date(),
              f.hit().kind(),
              passage(searcher, f.hit().highlight(), id),
              OfficialLinks.first(id),
              f.ingested(),
              f.fingerprint(),
              now));
    }
    return out;
  }

  /**
   * Whether two fingerprints ({@code sha256@pipeline/dictionary}) are of the same file content: a
   * paper read again by a newer pipeline is no new version of it.
   */
  static boolean sameContent(String a, String b) {
    int ia = a.indexOf('@');
    int ib = b.indexOf('@');
    return (ia < 0 ? a : a.substring(0, ia)).equals(ib < 0 ? b : b.substring(0, ib));
  }

  /** The search's best passage without its marks, else the paper's first real paragraph. */
  static String passage(PaperEngine searcher, String highlight, String id) throws IOException {
    if (highlight != null && !highlight.isBlank()) {
      return cut(highlight.replace("«", "").replace("»", ""));
    }
    Optional<Document> d = searcher.get(id);
    if (d.isEmpty()) {
      return "";
    }
    String first = "";
    for (Segment seg : d.get().segments()) {
      if (!seg.type().isPassage()) {
        continue;
      }
      String text = d.get().text().substring(seg.span().begin(), seg.span().end()).strip();
      if (first.isEmpty()) {
        first = text;
      }
      // a heading or address line says little; the first sentence-length paragraph says more
      if (text.length() >= 120) {
        return cut(text);
      }
    }
    return cut(first);
  }

  private static String cut(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (t.length() <= PASSAGE_CHARS) {
      return t;
    }
    int space = t.lastIndexOf(' ', PASSAGE_CHARS);
    return t.substring(0, space > PASSAGE_CHARS / 2 ? space : PASSAGE_CHARS) + " …";
  }
}
