package nl.koers.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.koers.read.KoopMetadata;
import nl.koers.read.ReadException;
import nl.koers.read.SafeXml;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a downloaded file before it is stored: an error page in HTML where XML or a PDF was
 * expected, XML that is not well-formed or unsafe (read with {@link SafeXml}, so no XXE), a PDF or
 * DOCX cut off before its end. Returns the reason it is refused, or null when it may be stored.
 */
final class ContentCheck {
  private ContentCheck() {}

  static String xml(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (looksLikeHtml(bytes)) {
      return "the source sent an HTML page, not XML";
    }
    try {
      SafeXml.parse(bytes, new DefaultHandler());
    } catch (ReadException e) {
      return "not well-formed XML: " + e.getMessage();
    }
    return null;
  }

  static String metadata(Path file) throws IOException {
    String xml = xml(file);
    if (xml != null) {
      return xml;
    }
    byte[] bytes = Files.readAllBytes(file);
    if (!KoopMetadata.isMetadataFile(bytes)) {
      return "not a KOOP metadata.xml (no <metadata_gegevens>)";
    }
    return null;
  }

  /** A document file: PDF and DOCX must be whole; HTML is an error page. */
  static String document(Path file) throws IOException {
    byte[] head = new byte[1024];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n == 0) {
      return "the source sent an empty file";
    }
    byte[] start = java.util.Arrays.copyOf(head, n);
    if (looksLikeHtml(start)) {
      return "the source sent an HTML page, not a document";
    }
    String magic = new String(start, 0, Math.min(n, 5), StandardCharsets.ISO_8859_1);
    if (magic.startsWith("%PDF")) {
      // a PDF ends with %%EOF (trailing whitespace or an incremental update may follow it)
      return tail(file, 1024).contains("%%EOF") ? null : "PDF ends without %%EOF (truncated)";
    }
    if (magic.startsWith("PK\u0003\u0004")) {
      // a zip (DOCX) ends with its central directory's end record
      return tail(file, 66 * 1024).contains("PK\u0005\u0006")
          ? null
          : "DOCX/zip without its end record (truncated)";
    }
    return null;
  }

  private static String tail(Path file, int size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long len = f.length();
      int n = (int) Math.min(len, size);
      byte[] b = new byte[n];
      f.seek(len - n);
      f.readFully(b);
      return new String(b, StandardCharsets.ISO_8859_1);
    }
  }

  static boolean looksLikeHtml(byte[] bytes) {
    String start =
        new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.contains("<html");
  }
}
