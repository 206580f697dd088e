package nl.koers.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import nl.koers.index.IndexIntegrity;
import nl.koers.index.PaperIndex;

/**
 * What {@code /v1/health} says about the index files: the quick check (lengths and footers of the
 * small files, milliseconds) on every call, and the full check (every byte against its checksum)
 * once per commit of the index, on a background thread, so a flipped byte in a postings file is
 * reported without making health slow.
 */
final class IndexHealth {
  private final Path dataDir;

  /** The commit the full check last ran on, and what it found (null: sound). */
  private record Full(String commit, String problem) {}

  private final AtomicReference<Full> full = new AtomicReference<>(new Full("", null));
  private final AtomicReference<String> checking = new AtomicReference<>("");

  /** Runs the full check: a daemon thread in the server, the calling thread in tests. */
  private final java.util.concurrent.Executor background;

  IndexHealth(Path dataDir) {
    this(
        dataDir,
        task -> {
          Thread t = new Thread(task, "koers-index-check");
          t.setDaemon(true);
          t.start();
        });
  }

  IndexHealth(Path dataDir, java.util.concurrent.Executor background) {
    this.dataDir = dataDir;
    this.background = background;
  }

  /** What is wrong with the index files, or null when nothing was found. */
  String problem() {
    IndexIntegrity.Report quick = IndexIntegrity.check(dataDir, IndexIntegrity.Depth.QUICK);
    if (!quick.ok()) {
      return quick.problem();
    }
    String commit = newestCommit();
    Full last = full.get();
    if (!commit.equals(last.commit()) && !commit.equals(checking.getAndSet(commit))) {
      background.execute(
          () ->
              full.set(
                  new Full(
                      commit, IndexIntegrity.check(dataDir, IndexIntegrity.Depth.FULL).problem())));
    }
    last = full.get();
    return commit.equals(last.commit()) ? last.problem() : null;
  }

  /** The name of the newest {@code segments_N}: it changes with every commit. */
  private String newestCommit() {
    Path dir = PaperIndex.indexPath(dataDir);
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("segments_"))
          .max(java.util.Comparator.comparingLong(IndexHealth::generation))
          .orElse("");
    } catch (IOException e) {
      return "";
    }
  }

  private static long generation(String segmentsFile) {
    try {
      return Long.parseLong(segmentsFile.substring("segments_".length()), Character.MAX_RADIX);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
