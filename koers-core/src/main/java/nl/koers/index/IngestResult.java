package nl.koers.index;

/** What ingest did with one file. {@code id} is set unless the file failed or is unsupported. */
public record IngestResult(String source, Status status, String id, String reason) {
  public enum Status {
    INDEXED,
    REPLACED,
    UNCHANGED,
    /** The paper (same kst/ah id) is already kept from another, preferred file; see reason. */
    SAME_PAPER,
    UNSUPPORTED,
    NEEDS_OCR,
    FAILED
  }
}
