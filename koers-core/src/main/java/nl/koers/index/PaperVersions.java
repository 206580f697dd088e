package nl.koers.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;

/**
 * Which of two files holding the same paper (one kst/ah id) the index keeps, and why. The richer
 * format wins: an official KOOP XML carries metadata and links, HTML and office files carry
 * structure, a PDF at least its tables, plain text nothing beyond the words. Between files of one
 * format the newer file wins (a corrected version); when that cannot be told, the one already kept
 * stays, so that ingesting the same folder twice changes nothing.
 */
final class PaperVersions {
  /** Poorest first. */
  private static final List<String> RICHNESS =
      List.of("text", "markdown", "pdf", "rtf", "doc", "odt", "docx", "html", "koop-xml");

  /** One file's version of a paper. */
  record Version(String source, String format) {}

  /** The outcome: keep the incoming version or the one held, with the reason in words. */
  record Choice(boolean keepIncoming, String why) {}

  private PaperVersions() {}

  static Choice choose(Version held, Version incoming) {
    int h = richness(held.format());
    int i = richness(incoming.format());
    if (i != h) {
      Version richer = i > h ? incoming : held;
      Version poorer = i > h ? held : incoming;
      return new Choice(i > h, richer.format() + " is a richer format than " + poorer.format());
    }
    FileTime heldTime = modified(held.source());
    FileTime incomingTime = modified(incoming.source());
    if (heldTime == null && incomingTime != null) {
      return new Choice(true, "the other file is gone");
    }
    if (heldTime != null && incomingTime != null && incomingTime.compareTo(heldTime) > 0) {
      return new Choice(true, "it is the newer file");
    }
    if (heldTime != null && incomingTime != null && incomingTime.compareTo(heldTime) < 0) {
      return new Choice(false, "it is the newer file");
    }
    return new Choice(false, "it was indexed first");
  }

  static int richness(String format) {
    return RICHNESS.indexOf(format == null ? "text" : format);
  }

  /** The format of an entry indexed before formats were stored, from its file name. */
  static String formatOfName(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    int dot = s.lastIndexOf('.');
    String ext = dot < 0 ? "" : s.substring(dot + 1);
    return switch (ext) {
      case "xml" -> "koop-xml";
      case "html", "htm", "xhtml" -> "html";
      case "docx", "odt", "doc", "rtf", "pdf" -> ext;
      case "md", "markdown" -> "markdown";
      default -> "text";
    };
  }

  private static FileTime modified(String source) {
    try {
      Path p = Path.of(source);
      return p.isAbsolute() && Files.isRegularFile(p) ? Files.getLastModifiedTime(p) : null;
    } catch (IOException | InvalidPathException e) {
      return null;
    }
  }
}
