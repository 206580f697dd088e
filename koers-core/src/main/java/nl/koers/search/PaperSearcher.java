package nl.koers.search;

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
 * Searches a data folder's index: papers ranked by BM25 over their whole text, title and facts
 * (every query word helps, see {@link PaperQueryParser}), filters on kind, dossier, entity, topic,
 * author and date, exact totals and facet counts over every matching paper, and for each hit on the
 * page the passage that best shows why it matched, highlighted. Holds one point-in-time reader;
 * thread-safe.
 */
public final class PaperSearcher implements nl.koers.engine.PaperEngine {
  static {
    // synonyms and compound parts multiply a query's terms; 64 words stay well inside this
    IndexSearcher.setMaxClauseCount(8192);
  }

  /** Passages longer than this are highlighted only in their first part. */
  private static final int MAX_HIGHLIGHT = 100_000;

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer indexAnalyzer = new DutchSearchAnalyzer();
  private final Analyzer exactAnalyzer = DutchSearchAnalyzer.exact();
  private final PaperQueryParser parser = new PaperQueryParser(QueryVocabulary.standard());

  private PaperSearcher(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index of a data folder for reading. */
  public static PaperSearcher open(Path dataDir) throws IOException {
    if (!java.nio.file.Files.isDirectory(dataDir)) {
      throw new java.nio.file.NoSuchFileException(
          dataDir.toString(),
          null,
          "no such data folder (check --data, or run: koers ingest PATH --data " + dataDir + ")");
    }
    nl.koers.index.IndexIntegrity.Report report =
        nl.koers.index.IndexIntegrity.check(dataDir, nl.koers.index.IndexIntegrity.Depth.QUICK);
    if (!report.ok()) {
      throw new nl.koers.index.DamagedIndexException(dataDir, report.problem());
    }
    Path dir = PaperIndex.indexPath(dataDir);
    FSDirectory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException(
          "no index in " + dataDir + " (run: koers ingest PATH --data " + dataDir + ")");
    }
    return new PaperSearcher(DirectoryReader.open(directory));
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    return search(request, (org.apache.lucene.index.QueryTimeout) null);
  }

  /**
   * Searches within a time limit: when {@code timeout} says to stop while the papers are being
   * ranked, the search ends with {@link SearchTimeoutException} rather than a partial answer.
   *
   * @param timeout asked while matching papers are collected; null means no limit
   */
  public SearchResults search(SearchRequest request, org.apache.lucene.index.QueryTimeout timeout)
      throws IOException {
    return search(request, timeout, null);
  }

  @Override
  public List<Fresh> fresh(SearchRequest request, long afterMillis, boolean changed)
      throws IOException {
    String field = changed ? Fields.CHANGED : Fields.INGESTED;
    Query after = LongPoint.newRangeQuery(field, afterMillis + 1, Long.MAX_VALUE);
    List<Fresh> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (SearchHit hit : search(request, null, after).hits()) {
      TopDocs top =
          searcher.search(
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(Fields.DOC_ID, hit.id())), BooleanClause.Occur.FILTER)
                  .add(
                      new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)),
                      BooleanClause.Occur.FILTER)
                  .build(),
              1);
      if (top.scoreDocs.length == 0) {
        continue;
      }
      org.apache.lucene.document.Document d =
          stored.document(
              top.scoreDocs[0].doc,
              java.util.Set.of(Fields.INGESTED, Fields.CHANGED, Fields.SHA256));
      out.add(
          new Fresh(
              hit, longOf(d, Fields.INGESTED), longOf(d, Fields.CHANGED), d.get(Fields.SHA256)));
    }
    return out;
  }

  private static long longOf(org.apache.lucene.document.Document d, String field) {
    org.apache.lucene.index.IndexableField f = d.getField(field);
    return f == null ? 0 : f.numericValue().longValue();
  }

  private SearchResults search(
      SearchRequest request, org.apache.lucene.index.QueryTimeout timeout, Query also)
      throws IOException {
    long start = System.nanoTime();
    PaperQueryParser.Parsed parsed = parser.parse(request.query());
    Query filters = filters(request);
    if (also != null) {
      filters =
          new BooleanQuery.Builder()
              .add(filters, BooleanClause.Occur.FILTER)
              .add(also, BooleanClause.Occur.FILTER)
              .build();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(parsed.papers(), BooleanClause.Occur.MUST)
            .add(filters, BooleanClause.Occur.FILTER)
            .build();
    int window = request.offset() + request.limit();
    // a searcher of its own per search: the time limit and whether it ran out belong to one search
    IndexSearcher ranking = searcher;
    if (timeout != null) {
      ranking = new IndexSearcher(reader);
      ranking.setTimeout(timeout);
    }
    TopDocs top;
    try {
      top =
          request.sort() == SearchRequest.Sort.DATE
              ? ranking.search(
                  query,
                  new org.apache.lucene.search.TopFieldCollectorManager(
                      new org.apache.lucene.search.Sort(
                          new org.apache.lucene.search.SortField(
                              Fields.DATE_DAYS, org.apache.lucene.search.SortField.Type.LONG, true),
                          org.apache.lucene.search.SortField.FIELD_SCORE),
                      window,
                      Integer.MAX_VALUE))
              : ranking.search(
                  query,
                  new org.apache.lucene.search.TopScoreDocCollectorManager(
                      window, Integer.MAX_VALUE));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "the query expands to too many terms (" + e.getMessage() + "); use fewer words", e);
    }
    if (ranking.timedOut()) {
      throw new SearchTimeoutException(request.query());
    }
    int total = Math.toIntExact(top.totalHits.value());
    Map<String, Map<String, Integer>> facets =
        request.facets() ? facets(query, request.facetLimit()) : Map.of();
    ScoreDoc[] docs = top.scoreDocs;
    List<SearchHit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    List<org.apache.lucene.document.Document> page = new ArrayList<>();
    for (int i = request.offset(); i < docs.length; i++) {
      page.add(stored.document(docs[i].doc, HIT_FIELDS));
    }
    Map<String, Passage> passages =
        bestPassages(parsed.passages(), page.stream().map(d -> d.get(Fields.DOC_ID)).toList());
    for (int i = request.offset(); i < docs.length; i++) {
      org.apache.lucene.document.Document d = page.get(i - request.offset());
      String id = d.get(Fields.DOC_ID);
      Passage best = passages.get(id);
      hits.add(
          new SearchHit(
              id,
              d.get(Fields.SOURCE),
              d.get(Fields.TITLE),
              d.get(Fields.DATE),
              "true".equals(d.get(Fields.DATE_INFERRED)),
              d.get(Fields.KIND),
              d.get(Fields.DOSSIER),
              Float.isNaN(docs[i].score) ? 0f : docs[i].score,
              best == null ? 0 : best.begin(),
              best == null ? null : best.highlight(),
              best == null ? 0 : best.matching()));
    }
    List<String> suggestions = total == 0 ? suggestions(parsed, request) : List.of();
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResults(
        request.query(),
        total,
        hits,
        facets,
        took,
        parsed.english(),
        parsed.expansions(),
        parsed.notice(),
        suggestions);
  }

  private static final java.util.Set<String> HIT_FIELDS =
      java.util.Set.of(
          Fields.DOC_ID,
          Fields.SOURCE,
          Fields.TITLE,
          Fields.DATE,
          Fields.DATE_INFERRED,
          Fields.KIND,
          Fields.DOSSIER);

  /** The paper entries that pass a request's filters. */
  private static Query filters(SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER);
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
    return b.build();
  }

  /** A paper's passage to show for a query, highlighted. */
  private record Passage(int begin, String highlight, int matching) {}

  /**
   * For each paper of a page, the passage that best shows why it matched: among its passages that
   * match, the one with the highest score once passages under 200 characters are discounted in
   * proportion (a header line that merely repeats the dossier title, {@code 28 676 NAVO}, wins BM25
   * for its shortness alone). One pass over the page's matching passages, reading only doc values;
   * then one highlighter call for the chosen passages.
   */
  private Map<String, Passage> bestPassages(Query passageQuery, List<String> ids)
      throws IOException {
    if (ids.isEmpty() || passageQuery instanceof MatchAllDocsQuery) {
      return Map.of();
    }
    Query q =
        new BooleanQuery.Builder()
            .add(passageQuery, BooleanClause.Occur.MUST)
            .add(
                new org.apache.lucene.search.TermInSetQuery(
                    Fields.DOC_ID, ids.stream().map(org.apache.lucene.util.BytesRef::new).toList()),
                BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)),
                BooleanClause.Occur.FILTER)
            .build();
    org.apache.lucene.search.Weight w =
        searcher.createWeight(searcher.rewrite(q), org.apache.lucene.search.ScoreMode.COMPLETE, 1f);
    Map<String, double[]> best = new java.util.HashMap<>(); // id → {weighted score, doc, begin}
    Map<String, Integer> matching = new java.util.HashMap<>();
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      org.apache.lucene.index.SortedDocValues idValues =
          leaf.reader().getSortedDocValues(Fields.DOC_ID);
      org.apache.lucene.index.NumericDocValues lengths =
          leaf.reader().getNumericDocValues(Fields.PASSAGE_LENGTH);
      org.apache.lucene.index.NumericDocValues begins =
          leaf.reader().getNumericDocValues(Fields.PASSAGE_BEGIN);
      org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc();
          doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = it.nextDoc()) {
        if (idValues == null || !idValues.advanceExact(doc)) {
          continue;
        }
        String id = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
        long length = lengths != null && lengths.advanceExact(doc) ? lengths.longValue() : 200;
        long begin = begins != null && begins.advanceExact(doc) ? begins.longValue() : 0;
        double score = scorer.score() * Math.min(1.0, length / 200.0);
        matching.merge(id, 1, Integer::sum);
        double[] b = best.get(id);
        if (b == null || score > b[0]) {
          best.put(id, new double[] {score, leaf.docBase + doc, begin});
        }
      }
    }
    if (best.isEmpty()) {
      return Map.of();
    }
    List<Map.Entry<String, double[]>> chosen = new ArrayList<>(best.entrySet());
    chosen.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[1]));
    ScoreDoc[] sorted =
        chosen.stream()
            .map(e -> new ScoreDoc((int) e.getValue()[1], (float) e.getValue()[0]))
            .toArray(ScoreDoc[]::new);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
            .withMaxLength(MAX_HIGHLIGHT)
            .build();
    String[] marked =
        highlighter.highlight(
            Fields.TEXT,
            passageQuery,
            new TopDocs(new TotalHits(sorted.length, TotalHits.Relation.EQUAL_TO), sorted),
            2);
    Map<String, Passage> out = new java.util.HashMap<>();
    for (int i = 0; i < chosen.size(); i++) {
      Map.Entry<String, double[]> e = chosen.get(i);
      out.put(e.getKey(), new Passage((int) e.getValue()[2], marked[i], matching.get(e.getKey())));
    }
    return out;
  }

  /**
   * What to offer when nothing matched: the search without its filters when they excluded
   * everything, entities whose names are close to a word of the query (a mistyped {@code Rusand}),
   * and indexed words close to the query's words.
   */
  private List<String> suggestions(PaperQueryParser.Parsed parsed, SearchRequest request)
      throws IOException {
    List<String> out = new ArrayList<>();
    Query unfiltered =
        new BooleanQuery.Builder()
            .add(parsed.papers(), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
            .build();
    int without = searcher.count(unfiltered);
    if (without > 0) {
      out.add(without + " paper(s) match without the filters");
    }
    org.apache.lucene.search.spell.DirectSpellChecker spell =
        new org.apache.lucene.search.spell.DirectSpellChecker();
    for (String word : request.query().split("[^\\p{L}\\p{N}-]+")) {
      if (word.length() < 4) {
        continue;
      }
      nl.koers.annotate.entity.Gazetteer.standard().entities().stream()
          .filter(e -> e.labels().stream().anyMatch(l -> l.length() >= 4 && close(l, word)))
          .limit(3)
          .forEach(e -> out.add("did you mean " + e.label() + " (entity:" + e.id() + ")"));
      String term = analyzedTerm(word);
      if (term != null) {
        for (org.apache.lucene.search.spell.SuggestWord w :
            spell.suggestSimilar(
                new Term(Fields.BODY, term),
                2,
                reader,
                org.apache.lucene.search.spell.SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
          out.add("did you mean " + w.string + "*");
        }
      }
    }
    return out.stream().distinct().limit(6).toList();
  }

  private static boolean close(String label, String word) {
    String a = label.toLowerCase(java.util.Locale.ROOT);
    String b = word.toLowerCase(java.util.Locale.ROOT);
    return !a.equals(b)
        && Math.abs(a.length() - b.length()) <= 2
        && new org.apache.lucene.search.spell.LevenshteinDistance().getDistance(a, b) >= 0.75f;
  }

  /** A word as the index holds it (lower case, folded, stemmed), or null for a stop word. */
  private String analyzedTerm(String word) throws IOException {
    try (org.apache.lucene.analysis.TokenStream ts = exactAnalyzer.tokenStream(Fields.BODY, word)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute t =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? t.toString() : null;
      while (ts.incrementToken()) {
        // consume the rest, as the token stream contract asks
      }
      ts.end();
      return out;
    }
  }

  /**
   * Papers like this one: Lucene's MoreLikeThis over the paper's text (its most telling words), the
   * paper itself left out.
   */
  @Override
  public List<SearchHit> similar(String id, int limit) throws IOException {
    Optional<Document> paper = get(id);
    if (paper.isEmpty()) {
      throw new IllegalArgumentException("no indexed paper " + id);
    }
    org.apache.lucene.queries.mlt.MoreLikeThis mlt =
        new org.apache.lucene.queries.mlt.MoreLikeThis(reader);
    mlt.setAnalyzer(indexAnalyzer);
    mlt.setFieldNames(new String[] {Fields.BODY});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(30);
    mlt.setMaxDocFreqPct(50);
    Query like = mlt.like(Fields.BODY, new java.io.StringReader(paper.get().text()));
    Query q =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.MUST_NOT)
            .build();
    TopDocs top = searcher.search(q, limit);
    List<SearchHit> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      org.apache.lucene.document.Document d = stored.document(sd.doc, HIT_FIELDS);
      out.add(
          new SearchHit(
              d.get(Fields.DOC_ID),
              d.get(Fields.SOURCE),
              d.get(Fields.TITLE),
              d.get(Fields.DATE),
              "true".equals(d.get(Fields.DATE_INFERRED)),
              d.get(Fields.KIND),
              d.get(Fields.DOSSIER),
              sd.score,
              0,
              null,
              0));
    }
    return out;
  }

  /**
   * Facet counts over every paper that matches, from sorted-set doc values: exact, however many
   * papers match. {@code limit} values per facet, most frequent first; 0 lists them all.
   */
  private Map<String, Map<String, Integer>> facets(Query query, int limit) throws IOException {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String field : Fields.FACETS) {
      counts.put(field, new java.util.HashMap<>());
    }
    org.apache.lucene.search.Weight w =
        searcher.createWeight(
            searcher.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      // count by ordinal per segment; turn ordinals into values once per segment, not per paper
      List<org.apache.lucene.index.SortedSetDocValues> values = new ArrayList<>();
      List<int[]> ordCounts = new ArrayList<>();
      for (String field : Fields.FACETS) {
        org.apache.lucene.index.SortedSetDocValues v = leaf.reader().getSortedSetDocValues(field);
        values.add(v);
        ordCounts.add(v == null ? new int[0] : new int[Math.toIntExact(v.getValueCount())]);
      }
      org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc();
          doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = it.nextDoc()) {
        for (int f = 0; f < values.size(); f++) {
          org.apache.lucene.index.SortedSetDocValues v = values.get(f);
          if (v != null && v.advanceExact(doc)) {
            int[] c = ordCounts.get(f);
            for (int k = 0; k < v.docValueCount(); k++) {
              c[Math.toIntExact(v.nextOrd())]++;
            }
          }
        }
      }
      for (int f = 0; f < values.size(); f++) {
        int[] c = ordCounts.get(f);
        Map<String, Integer> into = counts.get(Fields.FACETS.get(f));
        for (int ord = 0; ord < c.length; ord++) {
          if (c[ord] > 0) {
            into.merge(values.get(f).lookupOrd(ord).utf8ToString(), c[ord], Integer::sum);
          }
        }
      }
    }
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    counts.forEach(
        (field, c) -> {
          Map<String, Integer> top = new LinkedHashMap<>();
          c.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(limit <= 0 ? Long.MAX_VALUE : limit)
              .forEach(e -> top.put(e.getKey(), e.getValue()));
          out.put(field, top);
        });
    return out;
  }

  /** How many papers carry {@code value} in a facet field (an entity, a topic, a kind …). */
  @Override
  public int paperCount(String field, String value) throws IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOC)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
            .build());
  }

  @Override
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
  @Override
  public List<Document> papers() throws IOException {
    return papers(null, null, null, null, null);
  }

  /**
   * Every paper that matches the filters (null means any), oldest first, undated last: the input of
   * entity pages, figure and commitment tables, timelines and the citation graph.
   */
  @Override
  public List<Document> papers(
      String entity, String topic, String kind, java.time.LocalDate from, java.time.LocalDate to)
      throws IOException {
    return papers(entity, topic, kind, null, from, to, 0, Integer.MAX_VALUE);
  }

  /**
   * One page of the papers that match the filters (null means any), in the same order: oldest
   * first, undated last. Only the papers of the page are read from the index.
   */
  @Override
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
    TopDocs top =
        searcher.search(
            paperFilter(entity, topic, kind, dossier, from, to),
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
   * How many papers match the filters (null means any): what {@link #papers(String, String, String,
   * String, java.time.LocalDate, java.time.LocalDate, int, int)} would read, counted without
   * reading them.
   */
  @Override
  public int countPapers(
      String entity,
      String topic,
      String kind,
      String dossier,
      java.time.LocalDate from,
      java.time.LocalDate to)
      throws IOException {
    return searcher.count(paperFilter(entity, topic, kind, dossier, from, to));
  }

  private static Query paperFilter(
      String entity,
      String topic,
      String kind,
      String dossier,
      java.time.LocalDate from,
      java.time.LocalDate to) {
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
    return b.build();
  }

  /**
   * Hands every indexed paper to {@code each}, one at a time in index order, without keeping them:
   * for whole-corpus views (the citation graph) over more papers than fit in memory.
   */
  @Override
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
   * One side of a comparison: the paper with this id, else the papers dated in the period ({@code
   * 2018}, {@code 2020-Q4}, {@code 2024-11}).
   *
   * @throws IllegalArgumentException when the key is neither
   */
  @Override
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
  @Override
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  /** The stored document with this id (a kst-id or the id search printed), if indexed. */
  @Override
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
  @Override
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

  /** Searches until {@code deadline} (null: no limit), through Lucene's own timeout. */
  @Override
  public SearchResults search(SearchRequest request, nl.koers.engine.Deadline deadline)
      throws IOException {
    return search(
        request, deadline == null ? null : (org.apache.lucene.index.QueryTimeout) deadline::passed);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    reader.directory().close();
  }
}
