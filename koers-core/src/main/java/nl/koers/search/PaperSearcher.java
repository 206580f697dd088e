package nl.koers.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.koers.document.Document;
import nl.koers.index.DocumentMapper;
import nl.koers.index.DutchSearchAnalyzer;
import nl.koers.index.Fields;
import nl.koers.index.PaperIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a data folder's index: BM25 over passages, grouped by paper (a paper ranks by its best
 * passage), filters on kind, dossier and date, and the best passage highlighted. Holds one
 * point-in-time reader; thread-safe.
 */
public final class PaperSearcher implements Closeable {
  /** How many passage hits are grouped into papers. */
  static final int GROUPING_WINDOW = 5000;

  /** Values listed per facet; the rest are left out of the counts shown. */
  static final int MAX_FACET_VALUES = 50;

  /** Passages longer than this are highlighted only in their first part. */
  private static final int MAX_HIGHLIGHT = 100_000;

  private static final java.util.regex.Pattern SPACED_DOSSIER =
      java.util.regex.Pattern.compile("(?<![\\d])(\\d{2}) (\\d{3})(?![\\d])");

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new DutchSearchAnalyzer();

  private PaperSearcher(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index of a data folder for reading. */
  public static PaperSearcher open(Path dataDir) throws IOException {
    Path dir = PaperIndex.indexPath(dataDir);
    FSDirectory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException(
          "no index in " + dataDir + " (run: koers ingest PATH --data " + dataDir + ")");
    }
    return new PaperSearcher(DirectoryReader.open(directory));
  }

  public SearchResults search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    String raw = request.query().strip();
    Query query = raw.equals("*") ? new MatchAllDocsQuery() : parse(request.query());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (raw.matches("[\\p{L}\\p{N}._-]+")) {
      // A query that is a paper's id finds that paper first.
      Query exact =
          new org.apache.lucene.search.BoostQuery(
              new TermQuery(new Term(Fields.DOC_ID, raw)), 100f);
      b.add(
          new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.SHOULD)
              .add(exact, BooleanClause.Occur.SHOULD)
              .setMinimumNumberShouldMatch(1)
              .build(),
          BooleanClause.Occur.MUST);
    } else {
      b.add(query, BooleanClause.Occur.MUST);
    }
    b.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), BooleanClause.Occur.FILTER);
    if (request.kind() != null) {
      b.add(new TermQuery(new Term(Fields.KIND, request.kind())), BooleanClause.Occur.FILTER);
    }
    if (request.dossier() != null) {
      b.add(
          new TermQuery(
              new Term(
                  Fields.DOSSIER, nl.koers.annotate.reference.KstIds.dossier(request.dossier()))),
          BooleanClause.Occur.FILTER);
    }
    if (request.entity() != null) {
      b.add(new TermQuery(new Term(Fields.ENTITY, request.entity())), BooleanClause.Occur.FILTER);
    }
    if (request.topic() != null) {
      b.add(new TermQuery(new Term(Fields.TOPIC, request.topic())), BooleanClause.Occur.FILTER);
    }
    if (request.author() != null) {
      b.add(new TermQuery(new Term(Fields.AUTHOR, request.author())), BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long lo = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
      long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DATE_DAYS, lo, hi), BooleanClause.Occur.FILTER);
    }
    Query filtered = b.build();
    TopDocs passages = searcher.search(filtered, GROUPING_WINDOW);
    StoredFields stored = searcher.storedFields();
    String[] ids = paperIds(passages.scoreDocs);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int i = 0; i < passages.scoreDocs.length; i++) {
      ScoreDoc sd = passages.scoreDocs[i];
      String id = ids[i];
      Group g = groups.get(id);
      if (g == null) {
        groups.put(id, new Group(sd));
      } else {
        g.count++;
      }
    }
    List<Group> ordered = new ArrayList<>(groups.values());
    if (request.sort() == SearchRequest.Sort.DATE) {
      Map<Group, String> dates = new java.util.HashMap<>();
      for (Group g : ordered) {
        String date = stored.document(g.best.doc, java.util.Set.of(Fields.DATE)).get(Fields.DATE);
        dates.put(g, date == null ? "" : date);
      }
      ordered.sort(Comparator.comparing((Group g) -> dates.get(g)).reversed());
    }
    Map<String, Map<String, Integer>> facets =
        request.facets() ? facets(ordered.stream().map(g -> g.best.doc).toList()) : Map.of();
    int from = Math.min(request.offset(), ordered.size());
    int to = Math.min(ordered.size(), from + request.limit());
    List<Group> page = ordered.subList(from, to);
    String[] highlights = highlight(query, page);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      Group g = page.get(i);
      org.apache.lucene.document.Document d = stored.document(g.best.doc);
      hits.add(
          new SearchHit(
              d.get(Fields.DOC_ID),
              d.get(Fields.SOURCE),
              d.get(Fields.TITLE),
              d.get(Fields.DATE),
              "true".equals(d.get(Fields.DATE_INFERRED)),
              d.get(Fields.KIND),
              d.get(Fields.DOSSIER),
              g.best.score,
              d.getField(Fields.PASSAGE_BEGIN).numericValue().intValue(),
              highlights[i],
              g.count));
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResults(request.query(), groups.size(), hits, facets, took);
  }

  /** Facet counts over entries (one per paper), from sorted-set doc values, top values first. */
  private Map<String, Map<String, Integer>> facets(List<Integer> docs) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    List<Integer> sorted = new ArrayList<>(docs);
    java.util.Collections.sort(sorted);
    List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
    for (String field : Fields.FACETS) {
      Map<String, Integer> counts = new java.util.HashMap<>();
      int leafIndex = -1;
      org.apache.lucene.index.SortedSetDocValues values = null;
      for (int doc : sorted) {
        int leaf = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
        if (leaf != leafIndex) {
          leafIndex = leaf;
          values = leaves.get(leaf).reader().getSortedSetDocValues(field);
        }
        if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
          for (int i = 0; i < values.docValueCount(); i++) {
            counts.merge(values.lookupOrd(values.nextOrd()).utf8ToString(), 1, Integer::sum);
          }
        }
      }
      Map<String, Integer> top = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(MAX_FACET_VALUES)
          .forEach(e -> top.put(e.getKey(), e.getValue()));
      out.put(field, top);
    }
    return out;
  }

  /** Papers per value of a facet field over the whole index: entity or topic counts. */
  /** How many papers carry {@code value} in a facet field (an entity, a topic, a kind …). */
  public int paperCount(String field, String value) throws IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
            .build());
  }

  public Map<String, Integer> paperCounts(String field) throws IOException {
    Map<String, Integer> counts = new java.util.HashMap<>();
    org.apache.lucene.search.Weight papers =
        searcher.createWeight(
            searcher.rewrite(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC))),
            org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES,
            1f);
    // one pass per segment over its papers, reading the field's doc values in doc order
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.SortedSetDocValues values =
          leaf.reader().getSortedSetDocValues(field);
      org.apache.lucene.search.Scorer scorer = papers.scorer(leaf);
      if (values == null || scorer == null) {
        continue;
      }
      org.apache.lucene.search.DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc();
          doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          for (int k = 0; k < values.docValueCount(); k++) {
            counts.merge(values.lookupOrd(values.nextOrd()).utf8ToString(), 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  /** Every indexed paper, oldest first, undated last. */
  public List<Document> papers() throws IOException {
    return papers(null, null, null, null, null);
  }

  /**
   * Every paper that matches the filters (null means any), oldest first, undated last: the input of
   * entity pages, figure and commitment tables, timelines and the citation graph.
   */
  public List<Document> papers(
      String entity, String topic, String kind, java.time.LocalDate from, java.time.LocalDate to)
      throws IOException {
    return papers(entity, topic, kind, null, from, to, 0, Integer.MAX_VALUE);
  }

  /**
   * One page of the papers that match the filters (null means any), in the same order: oldest
   * first, undated last. Only the papers of the page are read from the index.
   */
  public List<Document> papers(
      String entity,
      String topic,
      String kind,
      String dossier,
      java.time.LocalDate from,
      java.time.LocalDate to,
      int offset,
      int limit)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER);
    if (entity != null) {
      b.add(new TermQuery(new Term(Fields.ENTITY, entity)), BooleanClause.Occur.FILTER);
    }
    if (topic != null) {
      b.add(new TermQuery(new Term(Fields.TOPIC, topic)), BooleanClause.Occur.FILTER);
    }
    if (kind != null) {
      b.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
    }
    if (dossier != null) {
      b.add(
          new TermQuery(
              new Term(Fields.DOSSIER, nl.koers.annotate.reference.KstIds.dossier(dossier))),
          BooleanClause.Occur.FILTER);
    }
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE + 1 : from.toEpochDay();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DATE_DAYS, lo, hi), BooleanClause.Occur.FILTER);
    }
    TopDocs top =
        searcher.search(
            b.build(),
            Math.max(1, reader.maxDoc()),
            new org.apache.lucene.search.Sort(
                new org.apache.lucene.search.SortField(
                    Fields.DATE_DAYS, org.apache.lucene.search.SortField.Type.LONG)));
    // Undated papers sort first (their day is Long.MIN_VALUE): rotate them to the end.
    ScoreDoc[] hits = top.scoreDocs;
    int undated = 0;
    while (undated < hits.length
        && ((Long) ((org.apache.lucene.search.FieldDoc) hits[undated]).fields[0])
            == Long.MIN_VALUE) {
      undated++;
    }
    List<Document> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    long end = Math.min(hits.length, (long) offset + limit);
    for (long i = offset; i < end; i++) {
      int at = (int) ((i + undated) % hits.length);
      out.add(DocumentMapper.fromStored(stored.document(hits[at].doc)));
    }
    return out;
  }

  /**
   * Hands every indexed paper to {@code each}, one at a time in index order, without keeping them:
   * for whole-corpus views (the citation graph) over more papers than fit in memory.
   */
  public void forEachPaper(java.util.function.Consumer<Document> each) throws IOException {
    StoredFields stored = searcher.storedFields();
    TopDocs top =
        searcher.search(
            new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), Math.max(1, reader.maxDoc()));
    int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray();
    for (int doc : docs) {
      each.accept(DocumentMapper.fromStored(stored.document(doc)));
    }
  }

  /**
   * The paper id of each hit, read from doc values (hits visited in index order per segment) rather
   * than by decompressing stored fields for every one of up to {@value #GROUPING_WINDOW} passages.
   */
  private String[] paperIds(ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    String[] ids = new String[hits.length];
    List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    org.apache.lucene.index.SortedDocValues values = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int leaf = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        values = leaves.get(leaf).reader().getSortedDocValues(Fields.DOC_ID);
      }
      int local = doc - leaves.get(leaf).docBase;
      if (values != null && values.advanceExact(local)) {
        ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
      } else {
        ids[i] =
            searcher
                .storedFields()
                .document(doc, java.util.Set.of(Fields.DOC_ID))
                .get(Fields.DOC_ID);
      }
    }
    return ids;
  }

  private String[] highlight(Query query, List<Group> page) throws IOException {
    if (page.isEmpty()) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
            .withMaxLength(MAX_HIGHLIGHT)
            .build();
    ScoreDoc[] docs = page.stream().map(g -> g.best).toArray(ScoreDoc[]::new);
    // The highlighter wants doc ids in index order; map the answers back to page order.
    ScoreDoc[] sorted = docs.clone();
    java.util.Arrays.sort(sorted, Comparator.comparingInt(sd -> sd.doc));
    TopDocs top = new TopDocs(new TotalHits(sorted.length, TotalHits.Relation.EQUAL_TO), sorted);
    String[] bySorted = highlighter.highlight(Fields.TEXT, query, top, 2);
    Map<Integer, String> byDoc = new TreeMap<>();
    for (int i = 0; i < sorted.length; i++) {
      byDoc.put(sorted[i].doc, bySorted[i]);
    }
    String[] out = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = byDoc.get(docs[i].doc);
    }
    return out;
  }

  /** Parses a user's query; hyphenated words become phrases, so {@code staakt-het-vuren} works. */
  Query parse(String text) {
    // Facts weigh less than text: they decide between papers that both use the words.
    QueryParser parser =
        new org.apache.lucene.queryparser.classic.MultiFieldQueryParser(
            new String[] {Fields.TEXT, Fields.FACTS},
            analyzer,
            Map.of(Fields.TEXT, 1.0f, Fields.FACTS, 0.5f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    try {
      // "21 501-02" is one dossier number: join it before the parser splits on the space.
      return parser.parse(SPACED_DOSSIER.matcher(text).replaceAll("$1$2"));
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "cannot parse query \"" + text + "\": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * One side of a comparison: the paper with this id, else the papers dated in the period ({@code
   * 2018}, {@code 2020-Q4}, {@code 2024-11}).
   *
   * @throws IllegalArgumentException when the key is neither
   */
  public List<Document> paperOrPeriod(String key) throws IOException {
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
    java.time.LocalDate[] range = nl.koers.analyse.Period.range(key);
    return nl.koers.analyse.Period.papersIn(key, papers(null, null, null, range[0], range[1]));
  }

  /** Whether this reader still sees the newest commit of the index on disk. */
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  /** The stored document with this id (a kst-id or the id search printed), if indexed. */
  public Optional<Document> get(String id) throws IOException {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(q, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(
        DocumentMapper.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
  }

  /** Counts of papers and passages, and papers per kind, dossier and year. */
  public IndexStats stats() throws IOException {
    // counted from doc values, not stored fields: fast enough to answer on every page load
    int papers = searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)));
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
    int passages = searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)));
    return new IndexStats(papers, passages, kinds, dossiers, years);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    reader.directory().close();
  }

  private static final class Group {
    final ScoreDoc best;
    int count = 1;

    Group(ScoreDoc best) {
      this.best = best;
    }
  }
}
