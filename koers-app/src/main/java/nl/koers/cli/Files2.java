package nl.koers.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user gives into the files under them, in a stable order. */
final class Files2 {
  private Files2() {}

  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              // KOOP metadata.xml files are read with the paper beside them
              .filter(f -> !nl.koers.pipeline.Sidecar.isSidecar(f))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Deletes a folder and everything under it (a temporary index), deepest first. */
  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
