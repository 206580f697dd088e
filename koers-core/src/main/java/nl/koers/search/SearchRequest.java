package nl.koers.search;

import java.time.LocalDate;

/**
 * A search: a query in Lucene syntax (words, {@code "phrases"}, AND/OR/NOT, {@code prefix*}) and
 * optional filters. {@code from}/{@code to} are inclusive dates; {@code entity} and {@code topic}
 * are ids; {@code author} is the author role as the facet lists it. The query {@code *} matches
 * every paper, for browsing by filters alone. Facet counts are computed only when {@code facets} is
 * set: they cost as much as the search itself; {@code facetLimit} values are listed per facet (0:
 * all).
 */
public record SearchRequest(
    String query,
    String kind,
    String dossier,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int offset,
    int limit,
    String entity,
    String topic,
    boolean facets,
    String author,
    int facetLimit) {
  /** Facet values listed when the request does not say. */
  public static final int DEFAULT_FACET_LIMIT = 50;

  public enum Sort {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty query");
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (sort == null) {
      sort = Sort.RELEVANCE;
    }
    if (facetLimit < 0) {
      throw new IllegalArgumentException("facet limit must not be negative (0 lists all values)");
    }
  }

  /** A search listing {@value #DEFAULT_FACET_LIMIT} values per facet. */
  public SearchRequest(
      String query,
      String kind,
      String dossier,
      LocalDate from,
      LocalDate to,
      Sort sort,
      int offset,
      int limit,
      String entity,
      String topic,
      boolean facets,
      String author) {
    this(
        query,
        kind,
        dossier,
        from,
        to,
        sort,
        offset,
        limit,
        entity,
        topic,
        facets,
        author,
        DEFAULT_FACET_LIMIT);
  }

  /** This search listing {@code n} values per facet (0: all). */
  public SearchRequest facetLimit(int n) {
    return new SearchRequest(
        query, kind, dossier, from, to, sort, offset, limit, entity, topic, facets, author, n);
  }

  /** This search without facet counts and with another page. */
  public SearchRequest page(int newOffset, int newLimit) {
    return new SearchRequest(
        query,
        kind,
        dossier,
        from,
        to,
        sort,
        newOffset,
        newLimit,
        entity,
        topic,
        facets,
        author,
        facetLimit);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, null, null, null, null, Sort.RELEVANCE, 0, 10, null, null, false, null);
  }
}
