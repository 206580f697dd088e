package nl.koers.read;

/** A file could not be read as a paper; the message is the reason shown to the user. */
public class ReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReadException(String reason) {
    super(reason);
  }
}
