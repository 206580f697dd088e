package nl.koers.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  static Path save(Path dataDir, String clientName, byte[] bytes) throws IOException {
    String sha = PaperProcessor.sha256(bytes);
    Path dir = Files.createDirectories(dataDir.resolve("uploads").resolve(sha));
    Path target = dir.resolve(safeName(clientName));
    if (!Files.exists(target)) {
      Path tmp = Files.createTempFile(dir, ".upload", ".part");
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
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
