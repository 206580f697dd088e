package nl.koers.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Whether a data folder's index can be trusted, checked at two depths. {@link Depth#QUICK} reads
 * the commit point ({@code segments_N}, checksummed) and every segment's small descriptor files,
 * and checks that each file the commit names exists with its full length and a well-formed checksum
 * footer: milliseconds, enough to catch a deleted or truncated file. {@link Depth#FULL} also
 * recomputes the checksum of every byte of every file (Lucene's {@code checkIntegrity}), which
 * catches a flipped byte inside a postings file; it reads the whole index once.
 *
 * <p>Lucene's own footers make both checks exact: a file either matches its recorded checksum or it
 * is damaged. Repairs are {@link IndexRepair}'s job.
 */
public final class IndexIntegrity {
  public enum Depth {
    QUICK,
    FULL
  }

  /** What a check found. {@code problem} is null when the index is sound (or absent). */
  public record Report(boolean exists, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /** Part of the problem text when {@code segments_N} is gone: nothing to repair from. */
  static final String NO_COMMIT = "no commit point";

  private IndexIntegrity() {}

  /** Checks the index of a data folder; never throws for damage, only reports it. */
  public static Report check(Path dataDir, Depth depth) {
    Path dir = PaperIndex.indexPath(dataDir);
    if (!Files.isDirectory(dir)) {
      return new Report(false, null);
    }
    List<String> indexFiles;
    try {
      indexFiles = indexFiles(dir);
    } catch (IOException e) {
      return new Report(true, "cannot list " + dir + ": " + describe(e));
    }
    if (indexFiles.isEmpty()) {
      return new Report(false, null);
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (indexFiles.stream().noneMatch(f -> f.startsWith("segments_"))) {
        return new Report(
            true,
            "the index holds "
                + indexFiles.size()
                + " segment file(s) but "
                + NO_COMMIT
                + " (segments_N is missing)");
      }
      SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
      for (SegmentCommitInfo info : infos) {
        for (String file : info.files()) {
          checkFooter(directory, file);
        }
      }
      if (depth == Depth.FULL) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          for (LeafReaderContext leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
          }
        }
      }
      return new Report(true, null);
    } catch (IOException | RuntimeException e) {
      // CorruptIndexException, NoSuchFileException, IndexFormatTooOldException, ...: all damage
      return new Report(true, describe(e));
    }
  }

  /** The files of a folder that belong to a Lucene index (not its lock, not stray files). */
  static List<String> indexFiles(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith("segments_") || n.startsWith("_")) {
          names.add(n);
        }
      }
    }
    return names;
  }

  /** The file's length and footer are what its writer recorded; reads only the last 16 bytes. */
  private static void checkFooter(Directory directory, String file) throws IOException {
    try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
      CodecUtil.retrieveChecksum(in);
    }
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
