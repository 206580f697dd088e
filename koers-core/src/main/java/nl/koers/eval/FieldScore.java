package nl.koers.eval;

/**
 * The score of one field over a corpus: for scalar fields {@code correct} of {@code total}; for
 * list fields true positives, items extracted and items in gold.
 */
public record FieldScore(
    String field, boolean list, int correct, int total, int tp, int got, int gold) {
  public double accuracy() {
    return total == 0 ? 1.0 : (double) correct / total;
  }

  public double precision() {
    return got == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) tp / got;
  }

  public double recall() {
    return gold == 0 ? (got == 0 ? 1.0 : 0.0) : (double) tp / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
