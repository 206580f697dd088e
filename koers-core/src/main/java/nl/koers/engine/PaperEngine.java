package nl.koers.engine;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.koers.document.Document;
import nl.koers.search.IndexStats;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchRequest;
import nl.koers.search.SearchResults;

/**
 * The read side of an index, whatever engine holds it: ranked search with filters, facets,
 * highlights, paging and sort; counts; papers streamed by filter (the input of timelines, tables,
 * entity pages, the citation graph and comparisons); one paper; stats. Implementations are
 * thread-safe and show one point in time until reopened. Field names for counts are those of {@link
 * nl.koers.index.Fields} ({@code kind}, {@code year}, {@code dossier}, {@code author}, {@code
 * entity}, {@code topic}).
 */
public interface PaperEngine extends Closeable {
  /** Papers ranked for a request, with facet counts and the best passage of each hit. */
  default SearchResults search(SearchRequest request) throws IOException {
    return search(request, (Deadline) null);
  }

  /**
   * As {@link #search(SearchRequest)}, but ends with {@link nl.koers.search.SearchTimeoutException}
   * once {@code deadline} passes (null: no limit).
   */
  SearchResults search(SearchRequest request, Deadline deadline) throws IOException;

  /**
   * A paper found by {@link #fresh}: the hit, when its id first entered the index and when this
   * version did (epoch ms), and the version's fingerprint ({@code sha256@pipeline/dictionary}).
   */
  record Fresh(SearchHit hit, long ingested, long changed, String fingerprint) {}

  /**
   * The papers that match a search and entered the index after {@code afterMillis} (or, with {@code
   * changed}, whose present version was indexed after it), in the search's order: what a watch
   * alerts on. Papers indexed before ingest times were kept never match.
   */
  List<Fresh> fresh(SearchRequest request, long afterMillis, boolean changed) throws IOException;

  /** Papers like this one, the paper itself left out. */
  List<SearchHit> similar(String id, int limit) throws IOException;

  /** How many papers carry {@code value} in a facet field. */
  int paperCount(String field, String value) throws IOException;

  /** How many papers carry each value of a facet field. */
  Map<String, Integer> paperCounts(String field) throws IOException;

  /** Every paper, oldest first, undated last. */
  default List<Document> papers() throws IOException {
    return papers(null, null, null, null, null);
  }

  /** Every paper that matches the filters (null means any), oldest first, undated last. */
  default List<Document> papers(
      String entity, String topic, String kind, LocalDate from, LocalDate to) throws IOException {
    return papers(entity, topic, kind, null, from, to, 0, Integer.MAX_VALUE);
  }

  /** One page of the papers that match the filters, in the order above. */
  List<Document> papers(
      String entity,
      String topic,
      String kind,
      String dossier,
      LocalDate from,
      LocalDate to,
      int offset,
      int limit)
      throws IOException;

  /** How many papers match the filters, without reading them. */
  int countPapers(
      String entity, String topic, String kind, String dossier, LocalDate from, LocalDate to)
      throws IOException;

  /** Hands every paper to {@code each}, one at a time, without keeping them. */
  void forEachPaper(Consumer<Document> each) throws IOException;

  /**
   * One side of a comparison: the paper with this id, else the papers dated in the period ({@code
   * 2018}, {@code 2020-Q4}, {@code 2024-11}).
   *
   * @throws IllegalArgumentException when the key is neither
   */
  default List<Document> paperOrPeriod(String key) throws IOException {
    Optional<Document> paper = get(key);
    if (paper.isPresent()) {
      return List.of(paper.get());
    }
    if (!nl.koers.analyse.Period.isPeriod(key)) {
      throw new IllegalArgumentException(
          "\""
              + key
              + "\" is neither an indexed paper nor a period such as 2018, 2020-Q4 or 2024-11");
    }
    LocalDate[] range = nl.koers.analyse.Period.range(key);
    return nl.koers.analyse.Period.papersIn(key, papers(null, null, null, range[0], range[1]));
  }

  /** Whether this view still shows the newest state of the index. */
  boolean isCurrent() throws IOException;

  /** The paper with this id (a kst-id or the id search printed), if indexed. */
  Optional<Document> get(String id) throws IOException;

  /** Counts of papers and passages, and papers per kind, dossier and year. */
  IndexStats stats() throws IOException;
}
