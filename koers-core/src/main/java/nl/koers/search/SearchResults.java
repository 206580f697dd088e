package nl.koers.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits; {@code totalPapers} counts every matching paper, and {@code facets} counts them
 * per kind, year, dossier, author, entity and topic (top values first). {@code english} tells that
 * the query was read as English, {@code expandedTo} what its words were expanded to ({@code NATO →
 * NAVO, …}), {@code notice} how a query that could not be read as typed was read instead, and
 * {@code suggestions} what to try when nothing matched.
 */
public record SearchResults(
    String query,
    int totalPapers,
    List<SearchHit> hits,
    Map<String, Map<String, Integer>> facets,
    long tookMillis,
    boolean english,
    List<String> expandedTo,
    String notice,
    List<String> suggestions) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    expandedTo = List.copyOf(expandedTo);
    suggestions = List.copyOf(suggestions);
  }
}
