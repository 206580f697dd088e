package nl.koers.read;

import java.util.List;
import java.util.Optional;

/**
 * The explicit list of readers, asked in order; the first that accepts a file reads it. Content
 * comes before the name: a {@code .txt} holding Markdown is read as Markdown.
 */
public final class ReaderRegistry {
  private final List<DocumentReader> readers;

  public ReaderRegistry(List<DocumentReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** The readers built into Koers, with the default limits. */
  public static ReaderRegistry standard() {
    return standard(ReadLimits.DEFAULT);
  }

  /**
   * The readers built into Koers: KOOP XML first (it knows its roots), then whatever Tika sniffs as
   * PDF, Word, OpenDocument, RTF or HTML, then Markdown, then plain text.
   */
  public static ReaderRegistry standard(ReadLimits limits) {
    return new ReaderRegistry(
        List.of(
            new KoopXmlReader(),
            new TikaReader(limits),
            new MarkdownReader(),
            new PlainTextReader()));
  }

  /** A registry that asks {@code first} before the readers of this one. */
  public ReaderRegistry with(DocumentReader first) {
    return new ReaderRegistry(
        java.util.stream.Stream.concat(java.util.stream.Stream.of(first), readers.stream())
            .toList());
  }

  public Optional<DocumentReader> readerFor(String fileName, byte[] head) {
    return readers.stream().filter(r -> r.accepts(fileName, head)).findFirst();
  }

  public List<String> names() {
    return readers.stream().map(DocumentReader::name).toList();
  }
}
