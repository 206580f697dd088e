package nl.koers.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The targets of issue 19 as verdict lines: each ratio of one run with its target and whether the
 * run met it. A target is judged only at the sizes it is set for (ingest ≤ 3× plain Lucene from
 * 100k passages, query latency and ripgrep from 1M, FTS5 from 10k); elsewhere the ratio is shown
 * for information. Timings are this machine's; the verdicts compare engines within one run.
 */
final class BenchTargets {
  /** One line: {@code met} is null when no target applies at this size. */
  record Verdict(String name, double value, Boolean met) {
    String word() {
      return met == null ? "" : met ? "met" : "missed";
    }
  }

  private BenchTargets() {}

  /** The ratios of one size, from each engine's figures as {@code BenchCommand} records them. */
  static List<Verdict> ratios(
      int passages, Map<String, Map<String, Object>> e, double maxHeapMegabytes) {
    List<Verdict> out = new ArrayList<>();
    Map<String, Object> k = e.get("koers");
    Map<String, Object> l = e.get("lucene-plain");
    Map<String, Object> s = e.get("sqlite-fts5");
    double ingest = num(k, "ingestSeconds") / num(l, "ingestSeconds");
    out.add(
        new Verdict(
            "ingest time koers / lucene-plain (target ≤ 3)",
            ingest,
            passages >= 100_000 ? ingest <= 3 : null));
    out.add(
        new Verdict(
            "ingest time koers / sqlite-fts5",
            num(k, "ingestSeconds") / num(s, "ingestSeconds"),
            null));
    double fts = num(s, "p50Millis") / num(k, "p50Millis");
    out.add(
        new Verdict(
            "p50 sqlite-fts5 / koers (target ≥ 3)", fts, passages >= 10_000 ? fts >= 3 : null));
    out.add(
        new Verdict("p50 koers / lucene-plain", num(k, "p50Millis") / num(l, "p50Millis"), null));
    if (e.containsKey("ripgrep")) {
      double rg = num(e.get("ripgrep"), "p50Millis") / num(k, "p50Millis");
      out.add(
          new Verdict(
              "p50 ripgrep / koers (target ≥ 50)", rg, passages >= 1_000_000 ? rg >= 50 : null));
    }
    boolean big = passages >= 1_000_000;
    double p50 = num(k, "p50Millis");
    double p99 = num(k, "p99Millis");
    out.add(new Verdict("koers p50 ms (target ≤ 5 at 1M)", p50, big ? p50 <= 5 : null));
    out.add(new Verdict("koers p99 ms (target ≤ 30 at 1M)", p99, big ? p99 <= 30 : null));
    // the heap target is checked only when the run had no more than 1 GB (-Xmx1g) to use
    out.add(
        new Verdict(
            "max heap MB, run completed (target ≤ 1074 at 1M)",
            maxHeapMegabytes,
            big ? maxHeapMegabytes <= 1074 : null));
    return out;
  }

  /**
   * How Koers' ingest and query times grow from one size to the next: ingest should grow like the
   * corpus (linear, within 25%), the median query slower than the corpus (sublinear).
   */
  static List<Verdict> growth(List<Map<String, Object>> scales) {
    List<Verdict> out = new ArrayList<>();
    for (int i = 1; i < scales.size(); i++) {
      Map<String, Object> a = scales.get(i - 1);
      Map<String, Object> b = scales.get(i);
      double size = num(b, "passages") / num(a, "passages");
      Map<String, Object> ka = koers(a);
      Map<String, Object> kb = koers(b);
      String step =
          String.format(
              java.util.Locale.ROOT, "%,.0f→%,.0f", num(a, "passages"), num(b, "passages"));
      double ingest = num(kb, "ingestSeconds") / num(ka, "ingestSeconds");
      out.add(
          new Verdict(
              "koers ingest time ×, " + step + " (linear: ≤ " + fmt(size * 1.25) + ")",
              ingest,
              ingest <= size * 1.25));
      double query = num(kb, "p50Millis") / num(ka, "p50Millis");
      out.add(
          new Verdict(
              "koers p50 ×, " + step + " (sublinear: < " + fmt(size) + ")", query, query < size));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> koers(Map<String, Object> scale) {
    return ((Map<String, Map<String, Object>>) scale.get("engines")).get("koers");
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  private static String fmt(double d) {
    return String.format(java.util.Locale.ROOT, "%.1f", d);
  }
}
