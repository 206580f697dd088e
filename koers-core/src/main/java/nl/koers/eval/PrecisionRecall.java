package nl.koers.eval;

import java.util.Locale;

/**
 * Precision over every prediction in the labelled papers and recall over the true labels: the
 * figures the commitment and figure scorers share, and the line that reports them.
 */
record PrecisionRecall(int right, int predicted, int found, int gold, int papers) {
  double precision() {
    return predicted == 0 ? 0 : right / (double) predicted;
  }

  double recall() {
    return gold == 0 ? 0 : found / (double) gold;
  }

  /** {@code figures: precision 1.000 (44/44 predicted in 24 labelled papers), recall …}. */
  String line(String what) {
    return String.format(
        Locale.ROOT,
        "%s: precision %.3f (%d/%d predicted in %d labelled papers), recall %.3f (%d/%d)",
        what,
        precision(),
        right,
        predicted,
        papers,
        recall(),
        found,
        gold);
  }

  /** A figure rounded to three decimals, as summary lines and the regression data hold them. */
  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
