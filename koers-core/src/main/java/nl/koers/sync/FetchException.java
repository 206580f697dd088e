package nl.koers.sync;

import java.io.IOException;
import java.net.URI;

/** A fetch that failed for good: names the URL and the reason, in words a user can act on. */
public final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient URI uri;

  public FetchException(URI uri, String reason) {
    super(uri + ": " + reason);
    this.uri = uri;
  }

  public URI uri() {
    return uri;
  }
}
