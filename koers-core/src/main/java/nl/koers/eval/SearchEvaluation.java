package nl.koers.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a ranker on a judged query set: nDCG@10, recall@20 and MRR per query, overall and per
 * language. The ranker maps a query to paper ids (file names without extension), best first.
 */
public final class SearchEvaluation {
  public static final int NDCG_AT = 10;
  public static final int RECALL_AT = 20;

  /** Ranks papers for a query: ids best first, at least {@value #RECALL_AT} when there are. */
  @FunctionalInterface
  public interface Ranker {
    List<String> rank(String query) throws IOException;
  }

  /** One query's figures and the ids it ranked first. */
  public record QueryScore(
      SearchJudgments.Topic topic, double ndcg, double recall, double rr, List<String> top) {}

  /** Mean figures of a group of queries. */
  public record Means(int queries, double ndcg, double recall, double mrr) {}

  /** Every query's figures, the overall means and the means per language. */
  public record Report(List<QueryScore> queries, Means overall, Map<String, Means> byLanguage) {
    /** The queries that scored worst, lowest nDCG first. */
    public List<QueryScore> worst(int n) {
      return queries.stream()
          .sorted(Comparator.comparingDouble(QueryScore::ndcg).thenComparing(q -> q.topic().qid()))
          .limit(n)
          .toList();
    }

    /** {@code ndcg10=… recall20=… mrr=… en_ndcg10=… nl_ndcg10=…}. */
    public String summary() {
      StringBuilder b =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "ndcg10=%.3f recall20=%.3f mrr=%.3f",
                  overall.ndcg(),
                  overall.recall(),
                  overall.mrr()));
      byLanguage.forEach(
          (lang, m) -> b.append(String.format(Locale.ROOT, " %s_ndcg10=%.3f", lang, m.ndcg())));
      return b.toString();
    }
  }

  private SearchEvaluation() {}

  /** A paper's id in judgments: its file name without extension. */
  public static String paperId(String source) {
    String name = java.nio.file.Path.of(source).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Koers' own search as a ranker: the first {@value #RECALL_AT} papers of a plain search. */
  public static Ranker koers(nl.koers.engine.PaperEngine searcher) {
    return q -> {
      List<String> ids = new ArrayList<>();
      for (nl.koers.search.SearchHit h :
          searcher.search(nl.koers.search.SearchRequest.of(q).page(0, RECALL_AT)).hits()) {
        ids.add(paperId(h.source()));
      }
      return ids;
    };
  }

  /** Koers and the plain BM25 baseline on the same judged queries over the same papers. */
  public record Comparison(int papers, Report koers, Report baseline) {}

  /** Runs both rankers of a {@link Comparison} over an index, in one run. */
  public static Comparison compare(SearchJudgments judgments, nl.koers.engine.PaperEngine searcher)
      throws IOException {
    Map<String, String> texts = texts(searcher);
    Report koers = run(judgments, koers(searcher));
    try (PlainBm25 bm25 = new PlainBm25(texts)) {
      return new Comparison(texts.size(), koers, run(judgments, bm25));
    }
  }

  /** Every indexed paper's text by its judgment id: the input of the plain BM25 baseline. */
  public static Map<String, String> texts(nl.koers.engine.PaperEngine searcher) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    searcher.forEachPaper(d -> texts.put(paperId(d.source()), d.text()));
    return texts;
  }

  public static Report run(SearchJudgments judgments, Ranker ranker) throws IOException {
    List<QueryScore> scores = new ArrayList<>();
    for (SearchJudgments.Topic t : judgments.topics()) {
      List<String> ranked = ranker.rank(t.query());
      Map<String, Integer> judged = judgments.judged(t.qid());
      scores.add(
          new QueryScore(
              t,
              RankingMetrics.ndcg(ranked, judged, NDCG_AT),
              RankingMetrics.recall(ranked, judged, RECALL_AT),
              RankingMetrics.reciprocalRank(ranked, judged),
              ranked.stream().limit(3).toList()));
    }
    Map<String, List<QueryScore>> byLang = new TreeMap<>();
    scores.forEach(s -> byLang.computeIfAbsent(s.topic().lang(), k -> new ArrayList<>()).add(s));
    Map<String, Means> means = new LinkedHashMap<>();
    byLang.forEach((lang, list) -> means.put(lang, means(list)));
    return new Report(scores, means(scores), means);
  }

  private static Means means(List<QueryScore> scores) {
    int n = scores.size();
    if (n == 0) {
      return new Means(0, 0, 0, 0);
    }
    return new Means(
        n,
        scores.stream().mapToDouble(QueryScore::ndcg).sum() / n,
        scores.stream().mapToDouble(QueryScore::recall).sum() / n,
        scores.stream().mapToDouble(QueryScore::rr).sum() / n);
  }
}
