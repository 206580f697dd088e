package nl.koers.eval;

import java.util.List;
import java.util.Map;

/**
 * What a {@link CourseScorer} found: human-readable metric lines, the misses (label vs output), the
 * broken labels (paper or anchor not found) and the summary figures ({@code stance_acc} → 0.85)
 * that go into the one summary line, in order.
 */
public record CourseReport(
    String name,
    List<String> lines,
    List<String> misses,
    List<String> broken,
    Map<String, Double> summary) {
  public CourseReport {
    lines = List.copyOf(lines);
    misses = List.copyOf(misses);
    broken = List.copyOf(broken);
    summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
  }
}
