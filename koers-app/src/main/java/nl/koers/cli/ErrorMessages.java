package nl.koers.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * One line for a user about why a command stopped. Java's file exceptions carry only a path as
 * their message ({@code /data/index}), which leaves the user guessing whether it could not be read
 * or written and why; this says it.
 */
final class ErrorMessages {
  private ErrorMessages() {}

  static String describe(Throwable e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied: cannot read or write "
          + a.getFile()
          + (a.getOtherFile() == null ? "" : " (or " + a.getOtherFile() + ")")
          + "; the user running Koers needs access to it (check: ls -ld "
          + a.getFile()
          + ")";
    }
    if (e instanceof NoSuchFileException n) {
      return n.getReason() != null ? n.getMessage() : n.getFile() + ": no such file or folder";
    }
    if (e instanceof NotDirectoryException n) {
      return n.getFile() + ": is a file, a folder was expected";
    }
    if (e instanceof FileSystemException f) {
      String reason = f.getReason();
      if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
        return "cannot write " + f.getFile() + ": the file system is read-only";
      }
      return f.getFile() + ": " + (reason == null ? f.getClass().getSimpleName() : reason);
    }
    if (e instanceof ReadOnlyFileSystemException) {
      return "cannot write: the file system is read-only";
    }
    if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause());
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Dates on the command line: a bad one is a one-line usage error, not a stack of exceptions. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01");
    }
  }
}
