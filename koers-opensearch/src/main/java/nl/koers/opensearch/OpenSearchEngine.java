package nl.koers.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.koers.annotate.reference.KstIds;
import nl.koers.document.Document;
import nl.koers.engine.Deadline;
import nl.koers.engine.EngineConfig;
import nl.koers.engine.PaperEngine;
import nl.koers.index.Fields;
import nl.koers.search.IndexStats;
import nl.koers.search.PaperQueryParser;
import nl.koers.search.QueryVocabulary;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchRequest;
import nl.koers.search.SearchResults;
import nl.koers.search.SearchTimeoutException;

/**
 * Reads papers from a cluster with the embedded engine's semantics: the query is parsed by the same
 * {@link PaperQueryParser} and sent as the same Lucene query ({@link QueryTranslator}) over the
 * same terms ({@link PaperDocs}), with DFS so every shard scores with the index-wide statistics:
 * the same BM25 scores, hence the same order. Facets are terms aggregations over the same keyword
 * fields; the best passage is chosen by the same rule and highlighted by the same highlighter
 * ({@link Highlights}). Thread-safe; always sees the newest refreshed state.
 */
final class OpenSearchEngine implements PaperEngine {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Papers read per request while streaming. */
  private static final int PAGE = 500;

  private final Cluster cluster;
  private final String index;
  private final PaperQueryParser parser = new PaperQueryParser(QueryVocabulary.standard());
  private final Highlights highlights = new Highlights();
  private final long openedAtGeneration;

  OpenSearchEngine(Cluster cluster, EngineConfig config) throws IOException {
    this.cluster = cluster;
    this.index = IndexTemplate.index(config);
    Cluster.Answer exists = cluster.send("HEAD", "/" + index, null, Map.of());
    if (exists.status() == 404) {
      throw new IOException(
          "no index "
              + index
              + " on "
              + cluster.url()
              + " (run: koers ingest PATH --backend opensearch --url "
              + cluster.url()
              + ")");
    }
    if (!exists.ok()) {
      throw cluster.failure("HEAD", "/" + index, exists);
    }
    IndexTemplate.check(cluster, index);
    this.openedAtGeneration = generation();
  }

  static ObjectNode termFilter(String field, String value) {
    ObjectNode q = F.objectNode();
    q.putObject("term").put(field, value);
    return q;
  }

  @Override
  public SearchResults search(SearchRequest request, Deadline deadline) throws IOException {
    return search(request, deadline, null, null);
  }

  /**
   * As the embedded engine: the search with a range filter on {@code ingested} (or {@code changed})
   * added, in the search's order, each hit with the times and fingerprint of its paper entry.
   */
  @Override
  public List<Fresh> fresh(SearchRequest request, long afterMillis, boolean changed)
      throws IOException {
    ObjectNode after = F.objectNode();
    after
        .putObject("range")
        .putObject(changed ? Fields.CHANGED : Fields.INGESTED)
        .put("gt", afterMillis);
    Map<String, JsonNode> sources = new java.util.HashMap<>();
    List<Fresh> out = new ArrayList<>();
    for (SearchHit hit : search(request, null, after, sources).hits()) {
      JsonNode s = sources.get(hit.id());
      out.add(
          new Fresh(
              hit,
              s.path(Fields.INGESTED).asLong(0),
              s.path(Fields.CHANGED).asLong(0),
              text(s, Fields.SHA256)));
    }
    return out;
  }

  /**
   * A search; {@code also} (may be null) is one more filter, and {@code sources} (may be null)
   * receives each hit's {@code _source} by paper id, with its ingest times and fingerprint.
   */
  private SearchResults search(
      SearchRequest request, Deadline deadline, ObjectNode also, Map<String, JsonNode> sources)
      throws IOException {
    long start = System.nanoTime();
    PaperQueryParser.Parsed parsed = parser.parse(request.query());
    ObjectNode query = F.objectNode();
    ObjectNode bool = query.putObject("bool");
    bool.putArray("must").add(QueryTranslator.translate(parsed.papers()));
    ArrayNode filters = filters(request);
    if (also != null) {
      filters.add(also);
    }
    bool.set("filter", filters);
    ObjectNode body = F.objectNode();
    body.set("query", query);
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    ArrayNode fields =
        body.putArray("_source")
            .add(Fields.DOC_ID)
            .add(Fields.SOURCE)
            .add(Fields.TITLE)
            .add(Fields.DATE)
            .add(Fields.DATE_INFERRED)
            .add(Fields.KIND)
            .add(Fields.DOSSIER);
    if (sources != null) {
      fields.add(Fields.INGESTED).add(Fields.CHANGED).add(Fields.SHA256);
    }
    if (request.sort() == SearchRequest.Sort.DATE) {
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject(Fields.DATE_DAYS).put("order", "desc");
      sort.addObject().put("_score", "desc");
      body.put("track_scores", true);
    }
    if (request.facets()) {
      ObjectNode aggs = body.putObject("aggs");
      for (String f : Fields.FACETS) {
        aggs.putObject(f).putObject("terms").put("field", f).put("size", 65_536);
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("search_type", "dfs_query_then_fetch");
    if (deadline != null) {
      long ms = Math.max(1, deadline.remaining().toMillis());
      if (deadline.passed()) {
        throw new SearchTimeoutException(request.query());
      }
      body.put("timeout", ms + "ms");
    }
    JsonNode answer = searchCall(body, params);
    if (answer.path("timed_out").asBoolean(false) || (deadline != null && deadline.passed())) {
      throw new SearchTimeoutException(request.query());
    }
    int total = answer.path("hits").path("total").path("value").asInt();
    List<JsonNode> page = new ArrayList<>();
    answer.path("hits").path("hits").forEach(page::add);
    Map<String, Highlights.Passage> passages =
        highlights.best(
            this, parsed.passages(), page.stream().map(h -> h.path("_id").asText()).toList());
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode h : page) {
      JsonNode s = h.path("_source");
      String id = s.path(Fields.DOC_ID).asText();
      if (sources != null) {
        sources.put(id, s);
      }
      Highlights.Passage best = passages.get(id);
      double score = h.path("_score").isNumber() ? h.path("_score").asDouble() : 0;
      hits.add(
          new SearchHit(
              id,
              text(s, Fields.SOURCE),
              text(s, Fields.TITLE),
              text(s, Fields.DATE),
              "true".equals(text(s, Fields.DATE_INFERRED)),
              text(s, Fields.KIND),
              text(s, Fields.DOSSIER),
              (float) score,
              best == null ? 0 : best.begin(),
              best == null ? null : best.highlight(),
              best == null ? 0 : best.matching()));
    }
    Map<String, Map<String, Integer>> facets =
        request.facets() ? facets(answer.path("aggregations"), request.facetLimit()) : Map.of();
    List<String> suggestions = total == 0 ? suggestions(parsed) : List.of();
    return new SearchResults(
        request.query(),
        total,
        hits,
        facets,
        (System.nanoTime() - start) / 1_000_000,
        parsed.english(),
        parsed.expansions(),
        parsed.notice(),
        suggestions);
  }

  private static String text(JsonNode source, String field) {
    JsonNode v = source.get(field);
    return v == null || v.isNull() ? null : v.isArray() ? v.get(0).asText() : v.asText();
  }

  JsonNode searchCall(ObjectNode body, Map<String, String> params) throws IOException {
    String path = "/" + index + "/_search";
    Cluster.Answer a = cluster.send("POST", path, body, params);
    if (a.status() == 400 && a.body() != null && a.body().toString().contains("too_many_clauses")) {
      throw new IllegalArgumentException("the query expands to too many terms; use fewer words");
    }
    if (!a.ok()) {
      throw cluster.failure("POST", path, a);
    }
    return a.body();
  }

  /** Facet counts, most frequent first, then by value: the embedded engine's order. */
  private static Map<String, Map<String, Integer>> facets(JsonNode aggs, int limit) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String field : Fields.FACETS) {
      List<Map.Entry<String, Integer>> counts = new ArrayList<>();
      aggs.path(field)
          .path("buckets")
          .forEach(b -> counts.add(Map.entry(b.path("key").asText(), b.path("doc_count").asInt())));
      counts.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      Map<String, Integer> top = new LinkedHashMap<>();
      counts.stream()
          .limit(limit <= 0 ? Long.MAX_VALUE : limit)
          .forEach(e -> top.put(e.getKey(), e.getValue()));
      out.put(field, top);
    }
    return out;
  }

  /** The embedded engine's first suggestion: how many papers match without the filters. */
  private List<String> suggestions(PaperQueryParser.Parsed parsed) throws IOException {
    ObjectNode query = F.objectNode();
    ObjectNode bool = query.putObject("bool");
    bool.putArray("must").add(QueryTranslator.translate(parsed.papers()));
    bool.putArray("filter").add(termFilter(Fields.TYPE, Fields.TYPE_DOC));
    int without = count(query);
    List<String> out = new ArrayList<>();
    if (without > 0) {
      out.add(without + " paper(s) match without the filters");
    }
    return out;
  }

  private static ArrayNode filters(SearchRequest r) {
    return paperFilter(r.entity(), r.topic(), r.kind(), r.dossier(), r.from(), r.to(), r.author());
  }

  private static ArrayNode paperFilter(
      String entity,
      String topic,
      String kind,
      String dossier,
      LocalDate from,
      LocalDate to,
      String author) {
    ArrayNode f = F.arrayNode();
    f.add(termFilter(Fields.TYPE, Fields.TYPE_DOC));
    if (kind != null) {
      f.add(termFilter(Fields.KIND, kind));
    }
    if (dossier != null) {
      f.add(termFilter(Fields.DOSSIER, KstIds.dossier(dossier)));
    }
    if (entity != null) {
      f.add(termFilter(Fields.ENTITY, entity));
    }
    if (topic != null) {
      f.add(termFilter(Fields.TOPIC, topic));
    }
    if (author != null) {
      f.add(termFilter(Fields.AUTHOR, author));
    }
    if (from != null || to != null) {
      ObjectNode range = f.addObject().putObject("range").putObject(Fields.DATE_DAYS);
      range.put("gte", from == null ? Long.MIN_VALUE + 1 : from.toEpochDay());
      range.put("lte", to == null ? Long.MAX_VALUE : to.toEpochDay());
    }
    return f;
  }

  private static ObjectNode filterQuery(ArrayNode filters) {
    ObjectNode q = F.objectNode();
    q.putObject("bool").set("filter", filters);
    return q;
  }

  int count(ObjectNode query) throws IOException {
    ObjectNode body = F.objectNode();
    body.set("query", query);
    return cluster.call("POST", "/" + index + "/_count", body).path("count").asInt();
  }

  @Override
  public List<SearchHit> similar(String id, int limit) throws IOException {
    if (get(id).isEmpty()) {
      throw new IllegalArgumentException("no indexed paper " + id);
    }
    int papers = paperCount(Fields.TYPE, Fields.TYPE_DOC);
    ObjectNode body = F.objectNode();
    ObjectNode bool = body.putObject("query").putObject("bool");
    ObjectNode mlt = bool.putArray("must").addObject().putObject("more_like_this");
    mlt.putArray("fields").add(Fields.BODY);
    mlt.putArray("like").addObject().put("_index", index).put("_id", id);
    mlt.put("min_term_freq", 2);
    mlt.put("min_doc_freq", 1);
    mlt.put("max_query_terms", 30);
    mlt.put("max_doc_freq", Math.max(1, papers / 2));
    mlt.put("include", false);
    bool.putArray("filter").add(termFilter(Fields.TYPE, Fields.TYPE_DOC));
    bool.putArray("must_not").add(termFilter(Fields.DOC_ID, id));
    body.put("size", limit);
    List<SearchHit> out = new ArrayList<>();
    for (JsonNode h : searchCall(body, Map.of()).path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      out.add(
          new SearchHit(
              text(s, Fields.DOC_ID),
              text(s, Fields.SOURCE),
              text(s, Fields.TITLE),
              text(s, Fields.DATE),
              "true".equals(text(s, Fields.DATE_INFERRED)),
              text(s, Fields.KIND),
              text(s, Fields.DOSSIER),
              (float) h.path("_score").asDouble(),
              0,
              null,
              0));
    }
    return out;
  }

  @Override
  public int paperCount(String field, String value) throws IOException {
    ArrayNode f = F.arrayNode();
    f.add(termFilter(Fields.TYPE, Fields.TYPE_DOC));
    f.add(termFilter(field, value));
    return count(filterQuery(f));
  }

  @Override
  public Map<String, Integer> paperCounts(String field) throws IOException {
    ObjectNode body = F.objectNode();
    body.set("query", termFilter(Fields.TYPE, Fields.TYPE_DOC));
    body.put("size", 0);
    body.putObject("aggs")
        .putObject("v")
        .putObject("terms")
        .put("field", field)
        .put("size", 65_536);
    Map<String, Integer> out = new java.util.HashMap<>();
    searchCall(body, Map.of())
        .path("aggregations")
        .path("v")
        .path("buckets")
        .forEach(b -> out.put(b.path("key").asText(), b.path("doc_count").asInt()));
    return out;
  }

  @Override
  public List<Document> papers(
      String entity,
      String topic,
      String kind,
      String dossier,
      LocalDate from,
      LocalDate to,
      int offset,
      int limit)
      throws IOException {
    // oldest first, undated (date_days = Long.MIN_VALUE) last, ties in id order
    ArrayNode filters = paperFilter(entity, topic, kind, dossier, from, to, null);
    List<Document> out = new ArrayList<>();
    ArrayNode dated = filters.deepCopy();
    dated.addObject().putObject("range").putObject(Fields.DATE_DAYS).put("gt", Long.MIN_VALUE);
    int[] seen = {0};
    long end = (long) offset + limit;
    for (ObjectNode q : List.of(filterQuery(dated), undated(filters))) {
      if (seen[0] >= end) {
        break;
      }
      int total = count(q);
      if (seen[0] + total <= offset) {
        seen[0] += total;
        continue;
      }
      scanSorted(
          q,
          hit -> {
            if (seen[0] >= offset && seen[0] < end) {
              try {
                out.add(PaperDocs.document(hit));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
            seen[0]++;
            return seen[0] < end;
          });
    }
    return out;
  }

  private static ObjectNode undated(ArrayNode filters) {
    ArrayNode f = filters.deepCopy();
    f.add(termFilter(Fields.DATE_DAYS, Long.toString(Long.MIN_VALUE)));
    return filterQuery(f);
  }

  /** Paper sources in date order (then id), handed on while {@code each} answers true. */
  private void scanSorted(ObjectNode query, java.util.function.Predicate<JsonNode> each)
      throws IOException {
    JsonNode after = null;
    while (true) {
      ObjectNode body = F.objectNode();
      body.set("query", query);
      body.put("size", PAGE);
      ArrayNode sort = body.putArray("sort");
      sort.addObject().put(Fields.DATE_DAYS, "asc");
      sort.addObject().put(Fields.DOC_ID, "asc");
      body.putArray("_source").add(Fields.JSON);
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = searchCall(body, Map.of()).path("hits").path("hits");
      for (JsonNode h : hits) {
        if (!each.test(h.path("_source"))) {
          return;
        }
        after = h.path("sort");
      }
      if (hits.size() < PAGE) {
        return;
      }
    }
  }

  /** Every document matching {@code filter}, its {@code fields} only, in id order. */
  static void scan(
      Cluster cluster,
      String index,
      ObjectNode filter,
      List<String> fields,
      Consumer<JsonNode> each)
      throws IOException {
    JsonNode after = null;
    while (true) {
      ObjectNode body = F.objectNode();
      body.set("query", filter);
      body.put("size", PAGE);
      body.putArray("sort").addObject().put(Fields.DOC_ID, "asc");
      ArrayNode src = body.putArray("_source");
      fields.forEach(src::add);
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits =
          cluster.call("POST", "/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode h : hits) {
        each.accept(h.path("_source"));
        after = h.path("sort");
      }
      if (hits.size() < PAGE) {
        return;
      }
    }
  }

  @Override
  public int countPapers(
      String entity, String topic, String kind, String dossier, LocalDate from, LocalDate to)
      throws IOException {
    return count(filterQuery(paperFilter(entity, topic, kind, dossier, from, to, null)));
  }

  @Override
  public void forEachPaper(Consumer<Document> each) throws IOException {
    IOException[] failed = {null};
    scan(
        cluster,
        index,
        termFilter(Fields.TYPE, Fields.TYPE_DOC),
        List.of(Fields.JSON),
        hit -> {
          try {
            each.accept(PaperDocs.document(hit));
          } catch (IOException e) {
            failed[0] = e;
          }
        });
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  /** Documents and deletions the index has seen: changes whenever anything was written. */
  private long generation() throws IOException {
    JsonNode stats = cluster.call("GET", "/" + index + "/_stats/indexing,refresh", null);
    JsonNode p = stats.path("_all").path("primaries");
    return p.path("indexing").path("index_total").asLong()
        + p.path("indexing").path("delete_total").asLong();
  }

  @Override
  public boolean isCurrent() throws IOException {
    return generation() == openedAtGeneration;
  }

  @Override
  public Optional<Document> get(String id) throws IOException {
    String path =
        "/"
            + index
            + "/_doc/"
            + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    Cluster.Answer a = cluster.send("GET", path, null, Map.of());
    if (a.status() == 404) {
      return Optional.empty();
    }
    if (!a.ok()) {
      throw cluster.failure("GET", path, a);
    }
    JsonNode source = a.body().path("_source");
    if (!Fields.TYPE_DOC.equals(source.path(Fields.TYPE).asText()) || !source.has(Fields.JSON)) {
      return Optional.empty();
    }
    return Optional.of(PaperDocs.document(source));
  }

  @Override
  public IndexStats stats() throws IOException {
    int papers = paperCount(Fields.TYPE, Fields.TYPE_DOC);
    Map<String, Integer> kinds = new TreeMap<>(paperCounts(Fields.KIND));
    int kindless = papers - kinds.values().stream().mapToInt(Integer::intValue).sum();
    if (kindless > 0) {
      kinds.merge("unknown", kindless, Integer::sum);
    }
    Map<String, Integer> years = new TreeMap<>(paperCounts(Fields.YEAR));
    int undated = papers - years.values().stream().mapToInt(Integer::intValue).sum();
    if (undated > 0) {
      years.put("undated", undated);
    }
    Map<String, Integer> dossiers = new TreeMap<>(paperCounts(Fields.DOSSIER));
    int passages = count(termFilter(Fields.TYPE, Fields.TYPE_PASSAGE));
    return new IndexStats(papers, passages, kinds, dossiers, years);
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
