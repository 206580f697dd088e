package nl.koers.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags the periods of a {@link Timeline} whose stance or salience moved against the preceding
 * window of up to {@code window} periods with data.
 *
 * <p>Stance: Welch's t statistic of the period's sentence scores against the window's, flagged when
 * |t| ≥ {@code minT} and the means differ by at least {@code minDelta}; with fewer than two
 * sentences on a side the variance is taken as {@code priorVariance}, so one strong quote cannot
 * flag a shift alone unless the difference is large. Salience: passages about the subject per
 * paper, flagged when the ratio to the window's is ≥ {@code salienceRatio} or ≤ its inverse and the
 * period has at least three passages.
 */
public final class ShiftDetector {
  /** A flagged period with the evidence on both sides. */
  public record Shift(
      String period,
      String kind,
      String direction,
      double before,
      double after,
      double statistic,
      Timeline.Quote beforeQuote,
      Timeline.Quote afterQuote) {}

  private final int window;
  private final double minT;
  private final double minDelta;
  private final double priorVariance;
  private final double salienceRatio;

  public ShiftDetector(
      int window, double minT, double minDelta, double priorVariance, double salienceRatio) {
    this.window = window;
    this.minT = minT;
    this.minDelta = minDelta;
    this.priorVariance = priorVariance;
    this.salienceRatio = salienceRatio;
  }

  /** Window 2 periods, |t| ≥ 2.0, Δ ≥ 0.25, prior variance 0.09 (sd 0.3), salience ×2. */
  public static ShiftDetector standard() {
    return new ShiftDetector(2, 2.0, 0.25, 0.09, 2.0);
  }

  public List<Shift> detect(List<Timeline.Point> points) {
    List<Shift> out = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      Timeline.Point now = points.get(i);
      List<Timeline.Point> before = new ArrayList<>();
      for (int j = i - 1; j >= 0 && before.size() < window; j--) {
        if (points.get(j).papers() > 0) {
          before.add(points.get(j));
        }
      }
      if (before.isEmpty()) {
        continue;
      }
      List<Double> a = new ArrayList<>();
      before.forEach(p -> a.addAll(p.scores()));
      List<Double> b = now.scores();
      if (!a.isEmpty() && !b.isEmpty()) {
        double ma = mean(a);
        double mb = mean(b);
        double t = (mb - ma) / Math.sqrt(variance(a) / a.size() + variance(b) / b.size());
        if (Math.abs(t) >= minT && Math.abs(mb - ma) >= minDelta) {
          boolean up = mb > ma;
          out.add(
              new Shift(
                  now.period(),
                  "stance",
                  up ? "more supportive" : "more critical",
                  round(ma),
                  round(mb),
                  round(t),
                  extreme(before, !up),
                  extreme(List.of(now), up)));
        }
      }
      double sa =
          before.stream().mapToDouble(p -> (double) p.passages() / p.papers()).average().orElse(0);
      double sb = now.papers() == 0 ? 0 : (double) now.passages() / now.papers();
      if (now.passages() >= 3
          && sa > 0
          && (sb / sa >= salienceRatio || sb / sa <= 1 / salienceRatio)) {
        boolean up = sb > sa;
        out.add(
            new Shift(
                now.period(),
                "salience",
                up ? "more prominent" : "less prominent",
                round(sa),
                round(sb),
                round(sb / sa),
                extreme(before, true),
                extreme(List.of(now), true)));
      }
    }
    return out;
  }

  private double variance(List<Double> xs) {
    if (xs.size() < 2) {
      return priorVariance;
    }
    double m = mean(xs);
    double v = xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
    return Math.max(v, priorVariance / 4);
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(x -> x).average().orElse(0);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** The strongest quote of the periods, most supportive when {@code up}, else most critical. */
  private static Timeline.Quote extreme(List<Timeline.Point> periods, boolean up) {
    Timeline.Quote best = null;
    for (Timeline.Point p : periods) {
      for (Timeline.Quote q : up ? p.supportive() : p.critical()) {
        if (best == null || (up ? q.score() > best.score() : q.score() < best.score())) {
          best = q;
        }
      }
    }
    return best;
  }
}
