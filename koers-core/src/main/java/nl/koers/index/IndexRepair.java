package nl.koers.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Runs Lucene's {@link CheckIndex} over a data folder's index and, when asked, repairs it: first a
 * copy of the whole index folder beside it ({@code index.backup-<time>}), then {@code
 * exorciseIndex}, which drops the damaged segments (their papers must be ingested again). An index
 * without a commit point cannot be repaired this way; the report says so.
 */
public final class IndexRepair {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", java.util.Locale.ROOT);

  /**
   * What the check found. {@code lostDocs} counts Lucene entries (papers and their passages) in
   * broken segments; {@code backup} is set when a repair made one.
   */
  public record Result(
      boolean clean,
      boolean repairable,
      int brokenSegments,
      int lostDocs,
      boolean repaired,
      Path backup,
      String details) {}

  private final Clock clock;

  public IndexRepair(Clock clock) {
    this.clock = clock;
  }

  /** Checks (slow, every byte) and, with {@code fix}, repairs after a backup. */
  public Result run(Path dataDir, boolean fix) throws IOException {
    Path dir = PaperIndex.indexPath(dataDir);
    if (!Files.isDirectory(dir) || IndexIntegrity.indexFiles(dir).isEmpty()) {
      throw new IOException("no index in " + dataDir);
    }
    IndexIntegrity.Report quick = IndexIntegrity.check(dataDir, IndexIntegrity.Depth.QUICK);
    if (quick.problem() != null && quick.problem().contains(IndexIntegrity.NO_COMMIT)) {
      return new Result(false, false, 0, 0, false, null, quick.problem());
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory directory = FSDirectory.open(dir);
        CheckIndex checker = new CheckIndex(directory)) {
      checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
      checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
      CheckIndex.Status status = checker.checkIndex();
      String details = log.toString(StandardCharsets.UTF_8);
      if (status.clean) {
        return new Result(true, true, 0, 0, false, null, details);
      }
      if (status.missingSegments || status.toolOutOfDate) {
        return new Result(false, false, status.numBadSegments, 0, false, null, details);
      }
      if (!fix) {
        return new Result(
            false, true, status.numBadSegments, status.totLoseDocCount, false, null, details);
      }
      Path backup = backup(dir);
      checker.exorciseIndex(status);
      return new Result(
          false, true, status.numBadSegments, status.totLoseDocCount, true, backup, details);
    }
  }

  /** Copies the index folder to a new sibling folder; never overwrites an earlier backup. */
  private Path backup(Path dir) throws IOException {
    String stamp = LocalDateTime.now(clock).format(STAMP);
    Path target = dir.resolveSibling(dir.getFileName() + ".backup-" + stamp);
    for (int n = 2; Files.exists(target); n++) {
      target = dir.resolveSibling(dir.getFileName() + ".backup-" + stamp + "-" + n);
    }
    Files.createDirectory(target);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }
}
