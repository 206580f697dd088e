package nl.koers.sync;

/**
 * Hears a sync's progress (the CLI draws its progress bar from it). Called on the sync's thread; an
 * exception thrown here stops the sync as a kill would, which the tests use to check resuming.
 */
public interface SyncListener {
  SyncListener NONE = new SyncListener() {};

  /** All sources listed: this many files will be looked at. */
  default void planned(int files) {}

  /** One listed file is done. */
  default void done(SyncItem item, SyncReport.Outcome outcome) {}

  /** Something failed; the sync goes on. */
  default void failed(String what, String reason) {}
}
