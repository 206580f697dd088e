package nl.koers.bench;

import java.time.LocalDate;
import java.util.List;
import nl.koers.search.SearchRequest;

/**
 * One query of the fixed mix, written for each engine. {@code grep} is the literal ripgrep looks
 * for (null when ripgrep cannot answer it: boolean, filtered and facet queries).
 */
public record BenchQuery(
    String label,
    String kind,
    String koers,
    boolean filtered,
    String lucene,
    String fts5,
    String grep) {

  /**
   * The query as Koers is asked it, the same for every Koers engine measured (embedded or on a
   * cluster): the first ten papers, filtered to letters since 2020 when the query is filtered,
   * facets only for facet queries.
   */
  public SearchRequest koersRequest() {
    return new SearchRequest(
        koers,
        filtered ? "brief" : null,
        null,
        filtered ? LocalDate.of(2020, 1, 1) : null,
        null,
        SearchRequest.Sort.RELEVANCE,
        0,
        10,
        null,
        null,
        kind.equals("facets"),
        null);
  }

  /** Single Dutch terms, phrases, boolean, filtered by date and kind, and facet counts. */
  public static List<BenchQuery> mix() {
    return List.of(
        new BenchQuery("defensie", "term", "defensie", false, "defensie", "defensie", "defensie"),
        new BenchQuery("sancties", "term", "sancties", false, "sancties", "sancties", "sancties"),
        new BenchQuery("Oekraïne", "term", "Oekraïne", false, "Oekraïne", "Oekraïne", "Oekraïne"),
        new BenchQuery("migratie", "term", "migratie", false, "migratie", "migratie", "migratie"),
        new BenchQuery("handel", "term", "handel", false, "handel", "handel", "handel"),
        new BenchQuery(
            "\"Raad Buitenlandse Zaken\"",
            "phrase",
            "\"Raad Buitenlandse Zaken\"",
            false,
            "\"Raad Buitenlandse Zaken\"",
            "\"Raad Buitenlandse Zaken\"",
            "Raad Buitenlandse Zaken"),
        new BenchQuery(
            "\"internationaal recht\"",
            "phrase",
            "\"internationaal recht\"",
            false,
            "\"internationaal recht\"",
            "\"internationaal recht\"",
            "internationaal recht"),
        new BenchQuery(
            "NAVO AND Rusland",
            "boolean",
            "NAVO AND Rusland",
            false,
            "NAVO AND Rusland",
            "NAVO AND Rusland",
            null),
        new BenchQuery(
            "China OR Taiwan",
            "boolean",
            "China OR Taiwan",
            false,
            "China OR Taiwan",
            "China OR Taiwan",
            null),
        new BenchQuery(
            "veiligheid, brief, ≥2020",
            "filtered",
            "veiligheid",
            true,
            "veiligheid",
            "veiligheid",
            null),
        new BenchQuery(
            "Europese Unie + facets",
            "facets",
            "\"Europese Unie\"",
            false,
            "\"Europese Unie\"",
            "\"Europese Unie\"",
            null));
  }
}
