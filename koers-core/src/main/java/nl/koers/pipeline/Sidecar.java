package nl.koers.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koers.read.KoopMetadata;
import nl.koers.read.ReadException;

/**
 * Finds the KOOP {@code metadata.xml} that belongs to a paper file, as officielebekendmakingen
 * publishes them: {@code kst-…-2976.xml} beside {@code kst-…-2976/metadata.xml}, or beside {@code
 * kst-…-2976.metadata.xml}. A broken sidecar is ignored: the paper still reads from its own text.
 */
public final class Sidecar {
  private static final long MAX_BYTES = 1024 * 1024;

  private Sidecar() {}

  /** Whether this file is itself a sidecar, to be read with its paper rather than as one. */
  public static boolean isSidecar(Path file) {
    String name = file.getFileName().toString();
    return name.equals("metadata.xml") || name.endsWith(".metadata.xml");
  }

  public static Map<String, String> metadataFor(Path file) {
    if (isSidecar(file)) {
      return Map.of();
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      return Map.of();
    }
    for (Path candidate :
        List.of(dir.resolve(base).resolve("metadata.xml"), dir.resolve(base + ".metadata.xml"))) {
      try {
        if (Files.isRegularFile(candidate) && Files.size(candidate) <= MAX_BYTES) {
          return KoopMetadata.parse(Files.readAllBytes(candidate));
        }
      } catch (IOException | ReadException e) {
        return Map.of();
      }
    }
    return Map.of();
  }
}
