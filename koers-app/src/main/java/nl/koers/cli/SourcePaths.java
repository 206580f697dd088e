package nl.koers.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How a paper's source file is printed. The index keeps absolute paths (a paper must be found again
 * whatever folder the next command runs in); printed, a path under the working folder is shown
 * relative to it, one under the home folder as {@code ~/…}, so output is short and a pasted report
 * does not reveal the machine's layout.
 */
final class SourcePaths {
  private SourcePaths() {}

  static String display(String source) {
    return display(source, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
  }

  static String display(String source, Path workingDir, Path home) {
    if (source == null) {
      return null;
    }
    Path p;
    try {
      p = Path.of(source);
    } catch (InvalidPathException e) {
      return source;
    }
    if (!p.isAbsolute()) {
      return source; // an upload's name, or already relative
    }
    p = p.normalize();
    if (p.startsWith(workingDir) && !p.equals(workingDir)) {
      return workingDir.relativize(p).toString();
    }
    if (p.startsWith(home) && !p.equals(home)) {
      return "~/" + home.relativize(p);
    }
    return source;
  }
}
