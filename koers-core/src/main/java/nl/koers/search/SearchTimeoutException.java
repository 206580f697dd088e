package nl.koers.search;

/**
 * A search that ran out of its time limit before every matching paper was ranked. Its totals and
 * facets would be wrong, so there is no answer; the caller says so (the API with a 503).
 */
public final class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchTimeoutException(String query) {
    super(
        "the search for \""
            + (query.length() > 80 ? query.substring(0, 80) + "…" : query)
            + "\" took longer than this server allows; use fewer or more specific words",
        null,
        false,
        false);
  }
}
