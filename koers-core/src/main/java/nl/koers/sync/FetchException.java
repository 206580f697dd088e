package nl.koers.sync;

import java.io.IOException;
import java.net.URI;

/** A fetch that failed for good: names the URL and the reason, in words a user can act on. */
public final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient URI uri;
  private final int status;

  public FetchException(URI uri, String reason) {
    this(uri, reason, 0);
  }

  /** A refusal by the source with this HTTP status. */
  public FetchException(URI uri, String reason, int status) {
    super(uri + ": " + reason);
    this.uri = uri;
    this.status = status;
  }

  /** The HTTP status the source answered, or 0 when the failure was not an answer. */
  public int status() {
    return status;
  }

  public URI uri() {
    return uri;
  }
}
