package nl.koers.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a watch remembers between runs.
 *
 * @param since papers that entered the index after this time (epoch ms) are looked at next run
 * @param reported paper id to the version fingerprint reported: a paper is reported once, a
 *     replaced version again only when asked
 * @param latest the newest reported items, newest first, at most {@value #LATEST}: the feed
 * @param pending items found but not yet sent in an e-mail digest (daily and weekly watches)
 * @param lastDigest when the last e-mail digest went out (epoch ms), 0 for never
 * @param lastRun when the watch last ran (epoch ms), 0 for never
 * @param lastError why the last run could not deliver, or null
 */
public record WatchState(
    long since,
    Map<String, String> reported,
    List<Item> latest,
    List<Item> pending,
    long lastDigest,
    long lastRun,
    String lastError) {
  /** Items a feed keeps. */
  public static final int LATEST = 50;

  public WatchState {
    reported = reported == null ? Map.of() : new LinkedHashMap<>(reported);
    latest = latest == null ? List.of() : List.copyOf(latest);
    pending = pending == null ? List.of() : List.copyOf(pending);
  }

  /** The state of a watch just added at {@code created}. */
  public static WatchState fresh(long created) {
    return new WatchState(created, Map.of(), List.of(), List.of(), 0, 0, null);
  }

  /** This state after a run at {@code start} reported {@code items} and sent {@code digest}. */
  WatchState advance(long start, List<Item> items, boolean digestSent) {
    Map<String, String> r = new LinkedHashMap<>(reported);
    items.forEach(i -> r.put(i.id(), i.fingerprint()));
    List<Item> l = new ArrayList<>(items);
    l.addAll(latest);
    List<Item> p = new ArrayList<>(digestSent ? List.of() : pending);
    if (!digestSent) {
      p.addAll(items);
    }
    return new WatchState(
        start,
        r,
        l.subList(0, Math.min(LATEST, l.size())),
        p,
        digestSent ? start : lastDigest,
        start,
        null);
  }

  /** This state after a run that could not deliver: nothing advances but the error. */
  WatchState failed(long start, String error) {
    return new WatchState(since, reported, latest, pending, lastDigest, start, error);
  }
}
