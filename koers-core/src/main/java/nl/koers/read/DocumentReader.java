package nl.koers.read;

/** Turns the bytes of one file format into {@link SourceText}. Implementations are stateless. */
public interface DocumentReader {
  /** The name shown in outcomes and stored as the document's format. */
  String name();

  /** Whether this reader takes a file with this name whose content begins with {@code head}. */
  boolean accepts(String fileName, byte[] head);

  SourceText read(String fileName, byte[] bytes) throws ReadException;
}
