package nl.koers.read;

/** A file whose pages are images without a text layer: readable only after OCR. */
public final class NeedsOcrException extends ReadException {
  private static final long serialVersionUID = 1L;

  public NeedsOcrException(String reason) {
    super(reason);
  }
}
