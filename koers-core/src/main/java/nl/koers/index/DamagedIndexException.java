package nl.koers.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index of a data folder is damaged, so Koers refuses to write over it (a fresh index would
 * delete the old segment files). The message says what is wrong and what the user can do.
 */
public final class DamagedIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  public DamagedIndexException(Path dataDir, String problem) {
    super(
        "the index in "
            + PaperIndex.indexPath(dataDir)
            + " is damaged ("
            + problem
            + "); Koers leaves it as it is. "
            + (problem.contains(IndexIntegrity.NO_COMMIT)
                ? "Without a commit point it cannot be repaired: move "
                    + PaperIndex.indexPath(dataDir)
                    + " away (keep it until you are sure) and ingest your papers again."
                : "Run `koers check --fix --data "
                    + dataDir
                    + "` to repair it (it makes a backup first), or move "
                    + PaperIndex.indexPath(dataDir)
                    + " away and ingest your papers again."));
  }
}
