package nl.koers.eval;

import java.util.List;
import java.util.Map;

/**
 * The usual ranking measures over graded judgments: nDCG@k with gain {@code 2^rel − 1} and a {@code
 * log2(rank + 1)} discount against the ideal order of all judged papers; recall@k and the
 * reciprocal rank of the first relevant paper, where relevant means grade ≥ 1. Unjudged papers
 * count as not relevant.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal =
        judged.values().stream().filter(r -> r > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(r -> r > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(id -> judged.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  public static double reciprocalRank(List<String> ranked, Map<String, Integer> judged) {
    for (int i = 0; i < ranked.size(); i++) {
      if (judged.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double gain(int rel) {
    return Math.pow(2, Math.max(0, rel)) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
