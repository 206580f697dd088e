package nl.koers.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits; {@code totalPapers} counts all matching papers (up to the grouping window), and
 * {@code facets} counts them per kind, year, dossier, author, entity and topic (top values first).
 */
public record SearchResults(
    String query,
    int totalPapers,
    List<SearchHit> hits,
    Map<String, Map<String, Integer>> facets,
    long tookMillis) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
