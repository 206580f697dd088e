package nl.koers.search;

import java.util.List;

/** A page of hits; {@code totalPapers} counts all matching papers (up to the grouping window). */
public record SearchResults(String query, int totalPapers, List<SearchHit> hits, long tookMillis) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
