package nl.koers.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one sync did: files per outcome, records stored, requests sent, and one line per failure.
 *
 * @param outcomes how many listed files ended how
 * @param failures what failed and why, in order
 * @param records Tweede Kamer records written to the store (deletions included)
 * @param requests HTTP requests sent, retries and redirects included
 */
public record SyncReport(
    Map<Outcome, Integer> outcomes, List<Failure> failures, int records, int requests) {

  /** What became of one listed file. */
  public enum Outcome {
    /** New in the index. */
    INDEXED,
    /** Changed at the source; its new version replaced the old one in the index. */
    REPLACED,
    /** Fetched again, but its bytes were those the index holds. */
    UNCHANGED,
    /** Not fetched: the source's version marker or a 304 said it had not changed. */
    UP_TO_DATE,
    /** Stored, but the index keeps this paper from another file (e.g. KOOP XML over TK PDF). */
    SAME_PAPER,
    /** Stored, but not indexable: unsupported or needs OCR (see the failure line). */
    NOT_INDEXED,
    /** Not stored: see the failure line; the next sync tries again. */
    FAILED
  }

  /** One failure: the URL or item and the reason. */
  public record Failure(String what, String reason) {
    @Override
    public String toString() {
      return what + ": " + reason;
    }
  }

  public SyncReport {
    outcomes = Map.copyOf(outcomes);
    failures = List.copyOf(failures);
  }

  public int count(Outcome o) {
    return outcomes.getOrDefault(o, 0);
  }

  /** Files fetched and stored in this run (indexed, replaced, unchanged, same paper). */
  public int fetched() {
    return count(Outcome.INDEXED)
        + count(Outcome.REPLACED)
        + count(Outcome.UNCHANGED)
        + count(Outcome.SAME_PAPER)
        + count(Outcome.NOT_INDEXED);
  }

  /** Collects a report while a sync runs. Not thread-safe. */
  static final class Tally {
    final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    final List<Failure> failures = new ArrayList<>();
    int records;

    void count(Outcome o) {
      outcomes.merge(o, 1, Integer::sum);
    }

    void fail(String what, String reason) {
      failures.add(new Failure(what, reason));
    }

    SyncReport report(int requests) {
      return new SyncReport(outcomes, failures, records, requests);
    }
  }
}
