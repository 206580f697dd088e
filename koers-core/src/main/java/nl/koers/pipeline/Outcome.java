package nl.koers.pipeline;

import nl.koers.document.Document;

/**
 * What became of one file. Exactly one of {@code document} (when {@link Status#READ}) or {@code
 * reason} is set.
 */
public record Outcome(String source, Status status, Document document, String reason) {
  public enum Status {
    READ,
    UNSUPPORTED,
    /** A scanned paper without a text layer: readable only after OCR. */
    NEEDS_OCR,
    FAILED
  }

  public static Outcome read(String source, Document document) {
    return new Outcome(source, Status.READ, document, null);
  }

  public static Outcome unsupported(String source, String reason) {
    return new Outcome(source, Status.UNSUPPORTED, null, reason);
  }

  public static Outcome needsOcr(String source, String reason) {
    return new Outcome(source, Status.NEEDS_OCR, null, reason);
  }

  public static Outcome failed(String source, String reason) {
    return new Outcome(source, Status.FAILED, null, reason);
  }
}
