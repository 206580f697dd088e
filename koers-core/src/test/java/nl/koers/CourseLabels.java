package nl.koers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's course labels ({@code eval/course/}, issue 15), found by walking up from the
 * working directory: the label files and the project-written probe papers.
 */
public final class CourseLabels {
  private CourseLabels() {}

  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("eval").resolve("course");
      if (Files.isDirectory(candidate.resolve("probes"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("eval/course not found above " + Path.of("").toAbsolutePath());
  }

  public static Path probes() {
    return root().resolve("probes");
  }

  /** A probe paper by file name without extension. */
  public static Path probe(String name) {
    return probes().resolve("docs").resolve(name + ".txt");
  }
}
