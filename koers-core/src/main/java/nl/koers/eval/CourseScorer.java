package nl.koers.eval;

import java.util.List;

/**
 * Scores one analysis (stance, commitments, figures) of the extracted papers against its course
 * labels. Implementations locate each label's sentence with {@link CourseDocs#locate} and report
 * the labels whose paper or anchor is missing in {@link CourseReport#broken()} instead of skipping
 * them silently.
 */
public interface CourseScorer {
  /** The analysis' name as on the command line ({@code stance}). */
  String name();

  CourseReport score(List<CourseLabel> labels, CourseDocs docs);
}
