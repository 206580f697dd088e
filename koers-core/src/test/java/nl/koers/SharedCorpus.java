package nl.koers;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real papers in ../shared/corpus, found by walking up from the working directory. When the
 * folder is missing, tests fail loudly under CI ({@code CI=true}) and are skipped with a visible
 * message elsewhere.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(candidate.resolve("seeds"))) {
        return candidate;
      }
      Path inside = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(inside.resolve("seeds"))) {
        return inside;
      }
    }
    String message =
        "../shared/corpus not found beside the repository; real-document tests need it";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    throw new IllegalStateException(message);
  }

  public static Path seeds() {
    return root().resolve("seeds");
  }

  public static Path dev() {
    return root().resolve("dev");
  }

  /** A seed by its number prefix, e.g. {@code seed("003")}. */
  public static Path seed(String prefix) {
    try (var files = Files.list(seeds())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails under CI, and skips visibly elsewhere, when a file the project's scripts install is
   * missing (the launcher installs Debian packages before the tests).
   */
  public static void requireFile(Path file, String what) {
    if (Files.isReadable(file)) {
      return;
    }
    String message = file + " missing: " + what + " is needed (./koers test installs it)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
  }
}
