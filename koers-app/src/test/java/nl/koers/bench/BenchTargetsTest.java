package nl.koers.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdicts against issue 19's targets, on figures written out here. */
class BenchTargetsTest {
  private static Map<String, Object> engine(double ingestSeconds, double p50, double p99) {
    return Map.of("ingestSeconds", ingestSeconds, "p50Millis", p50, "p99Millis", p99);
  }

  private static Map<String, Map<String, Object>> engines(double koersIngest, double koersP50) {
    Map<String, Map<String, Object>> e = new LinkedHashMap<>();
    e.put("koers", engine(koersIngest, koersP50, 20));
    e.put("lucene-plain", engine(10, 0.5, 2));
    e.put("sqlite-fts5", engine(20, 9, 40));
    e.put("ripgrep", engine(1, 600, 900));
    return e;
  }

  @Test
  void atAMillionPassagesEveryTargetIsJudged() {
    List<BenchTargets.Verdict> v = BenchTargets.ratios(1_000_000, engines(25, 3), 1073.7);
    assertThat(v)
        .extracting(BenchTargets.Verdict::name, BenchTargets.Verdict::word)
        .contains(
            tuple("ingest time koers / lucene-plain (target ≤ 3)", "met"),
            tuple("p50 sqlite-fts5 / koers (target ≥ 3)", "met"),
            tuple("p50 ripgrep / koers (target ≥ 50)", "met"),
            tuple("koers p50 ms (target ≤ 5 at 1M)", "met"),
            tuple("koers p99 ms (target ≤ 30 at 1M)", "met"),
            tuple("max heap MB, run completed (target ≤ 1074 at 1M)", "met"),
            tuple("ingest time koers / sqlite-fts5", ""));
    assertThat(v.get(0).value()).isEqualTo(2.5);
  }

  @Test
  void atTenThousandOnlyTheFts5TargetAppliesAndASlowIngestIsNotJudged() {
    List<BenchTargets.Verdict> v = BenchTargets.ratios(10_000, engines(170, 4), 4000);
    assertThat(v)
        .extracting(BenchTargets.Verdict::name, BenchTargets.Verdict::word)
        .contains(
            tuple("ingest time koers / lucene-plain (target ≤ 3)", ""),
            tuple("p50 sqlite-fts5 / koers (target ≥ 3)", "missed"),
            tuple("p50 ripgrep / koers (target ≥ 50)", ""),
            tuple("max heap MB, run completed (target ≤ 1074 at 1M)", ""));
    assertThat(v.get(2).value()).isEqualTo(2.25);
  }

  @Test
  void ingestMustGrowLinearlyAndQueriesSlowerThanTheCorpus() {
    Map<String, Object> small =
        Map.of("passages", 10_000, "engines", Map.of("koers", engine(10, 2, 10)));
    Map<String, Object> large =
        Map.of("passages", 100_000, "engines", Map.of("koers", engine(150, 4, 20)));
    assertThat(BenchTargets.growth(List.of(small, large)))
        .extracting(
            BenchTargets.Verdict::name, BenchTargets.Verdict::value, BenchTargets.Verdict::word)
        .containsExactly(
            tuple("koers ingest time ×, 10,000→100,000 (linear: ≤ 12.5)", 15.0, "missed"),
            tuple("koers p50 ×, 10,000→100,000 (sublinear: < 10.0)", 2.0, "met"));
  }
}
