package nl.koers.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import nl.koers.pipeline.PaperProcessor;

/**
 * Keeps uploaded files under {@code DATA/uploads/<sha256>/<name>}, so that an uploaded paper has an
 * original file like one ingested from disk. The client's file name is reduced to its last part and
 * to safe characters: it can never point outside the upload folder.
 */
final class UploadStore {
  private static final int MAX_NAME = 120;

  private UploadStore() {}

  /** Where {@link #save} keeps these bytes under this name. */
  static Path target(Path dataDir, String clientName, byte[] bytes) {
    return dataDir
        .resolve("uploads")
        .resolve(PaperProcessor.sha256(bytes))
        .resolve(safeName(clientName));
  }

  static Path save(Path dataDir, String clientName, byte[] bytes) throws IOException {
    Path target = target(dataDir, clientName, bytes);
    Path dir = Files.createDirectories(target.getParent());
    if (!Files.exists(target)) {
      Path tmp = Files.createTempFile(dir, ".upload", ".part");
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** Removes a stored upload, and its folder when nothing else is in it. */
  static void delete(Path stored) throws IOException {
    Files.deleteIfExists(stored);
    try {
      Files.deleteIfExists(stored.getParent());
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      // the same bytes were also uploaded under another name, which stays
    }
  }

  /**
   * Whether uploads can be stored and indexed: a file can be created (and removed) in the upload
   * and index folders. Probed rather than read from permissions, which say nothing of a file system
   * mounted read-only or of a process running as root.
   */
  static boolean writable(Path dataDir) {
    for (Path dir :
        List.of(dataDir.resolve("uploads"), nl.koers.index.PaperIndex.indexPath(dataDir))) {
      try {
        Files.createDirectories(dir);
        Files.delete(Files.createTempFile(dir, ".koers-probe", ".tmp"));
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return true;
  }

  /** The last part of a client's file name, with only letters, digits, dot, dash and underscore. */
  static String safeName(String clientName) {
    String name = clientName == null ? "" : clientName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[._]+", "");
    if (name.length() > MAX_NAME) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME - ext.length()) + ext;
    }
    if (name.isEmpty()) {
      return "upload";
    }
    // a file named like a KOOP sidecar would be skipped as metadata, not read as a paper
    return name.toLowerCase(Locale.ROOT).endsWith("metadata.xml")
        ? name.substring(0, name.length() - 4) + "-upload.xml"
        : name;
  }
}
