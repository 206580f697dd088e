package nl.koers.index;

/** What ingest did with one file. {@code id} is set unless the file failed or is unsupported. */
public record IngestResult(String source, Status status, String id, String reason) {
  public enum Status {
    INDEXED,
    REPLACED,
    UNCHANGED,
    UNSUPPORTED,
    NEEDS_OCR,
    FAILED
  }
}
