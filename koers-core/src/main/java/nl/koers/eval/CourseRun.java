package nl.koers.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the course scorers over one set of extracted papers: for each analysis given a label file,
 * its {@link CourseReport}; the summary figures of all of them in order. The registry of analyses
 * is {@link #scorer(String)}: one name per label file ({@code stance}, later {@code commitments},
 * {@code figures}).
 */
public final class CourseRun {
  private CourseRun() {}

  /** The analyses that have a scorer, in summary-line order. */
  public static List<String> analyses() {
    return List.of("stance", "commitments", "figures");
  }

  /**
   * The scorer for an analysis name.
   *
   * @throws IllegalArgumentException for a name without scorer, listing the valid ones
   */
  public static CourseScorer scorer(String analysis) {
    return switch (analysis) {
      case "stance" -> new StanceScore(nl.koers.annotate.stance.StanceHolders.standard()::at);
      case "commitments" -> new CommitmentScore();
      case "figures" -> new FigureScore();
      default ->
          throw new IllegalArgumentException(
              "no course scorer for \"" + analysis + "\"; valid: " + analyses());
    };
  }

  /** Scores each analysis' label file (analysis name → file), in the given order. */
  public static List<CourseReport> score(Map<String, Path> labelFiles, CourseDocs docs)
      throws IOException {
    List<CourseReport> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : labelFiles.entrySet()) {
      out.add(scorer(e.getKey()).score(CourseLabel.read(e.getValue()), docs));
    }
    return out;
  }

  /** All summary figures, in report order. */
  public static Map<String, Double> summary(List<CourseReport> reports) {
    Map<String, Double> out = new LinkedHashMap<>();
    reports.forEach(r -> out.putAll(r.summary()));
    return out;
  }
}
