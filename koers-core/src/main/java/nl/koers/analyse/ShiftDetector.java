package nl.koers.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags the periods of a {@link Timeline} whose stance or salience moved against the preceding
 * window of up to {@code window} periods with data — only with enough evidence on both sides and a
 * stated test (docs/analysis.md).
 *
 * <p>Stance: each side needs at least {@code minSentences} scored sentences from at least {@code
 * minPapers} papers; Welch's two-sided t-test of the period's sentence scores against the window's
 * must give p &lt; {@code alpha}, and the means must differ by at least {@code minDelta}.
 *
 * <p>Salience (passages about the subject per paper): each side needs at least {@code minPapers}
 * papers and the period at least three passages; the rate must change by a factor of at least
 * {@code salienceRatio}, and an exact binomial test (the period's share of all passages against its
 * share of the papers) must give p &lt; {@code alpha}.
 */
public final class ShiftDetector {
  /**
   * A flagged period with the evidence on both sides: the means (or rates) before and after, the
   * test's statistic and p-value, and how many sentences (or passages) and papers each side has.
   */
  public record Shift(
      String period,
      String kind,
      String direction,
      double before,
      double after,
      double statistic,
      double p,
      String test,
      int nBefore,
      int nAfter,
      int papersBefore,
      int papersAfter,
      Timeline.Quote beforeQuote,
      Timeline.Quote afterQuote) {}

  private final int window;
  private final int minSentences;
  private final int minPapers;
  private final double alpha;
  private final double minDelta;
  private final double salienceRatio;

  public ShiftDetector(
      int window,
      int minSentences,
      int minPapers,
      double alpha,
      double minDelta,
      double salienceRatio) {
    this.window = window;
    this.minSentences = minSentences;
    this.minPapers = minPapers;
    this.alpha = alpha;
    this.minDelta = minDelta;
    this.salienceRatio = salienceRatio;
  }

  /**
   * Window 2 periods; per side ≥ 5 sentences from ≥ 2 papers; Welch p &lt; 0.05 and Δ ≥ 0.25;
   * salience ×2 with binomial p &lt; 0.05.
   */
  public static ShiftDetector standard() {
    return new ShiftDetector(2, 5, 2, 0.05, 0.25, 2.0);
  }

  /** The thresholds in words, for the people reading a chart or a CSV. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "stance shift: per side ≥ %d sentences from ≥ %d papers, Welch's t-test p < %.2f and"
            + " |Δ mean| ≥ %.2f, against the %d periods before; salience shift: passages per"
            + " paper ×%.1f or ÷%.1f, ≥ %d papers per side, exact binomial test p < %.2f",
        minSentences,
        minPapers,
        alpha,
        minDelta,
        window,
        salienceRatio,
        salienceRatio,
        minPapers,
        alpha);
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
      Shift stance = stance(now, before);
      if (stance != null) {
        out.add(stance);
      }
      Shift salience = salience(now, before);
      if (salience != null) {
        out.add(salience);
      }
    }
    return out;
  }

  private Shift stance(Timeline.Point now, List<Timeline.Point> before) {
    List<Double> a = new ArrayList<>();
    int papersA = 0;
    for (Timeline.Point p : before) {
      a.addAll(p.scores());
      papersA += p.stancePapers();
    }
    List<Double> b = now.scores();
    if (a.size() < minSentences
        || b.size() < minSentences
        || papersA < minPapers
        || now.stancePapers() < minPapers) {
      return null;
    }
    Stats.Test t = Stats.welch(a, b);
    double ma = Stats.mean(a);
    double mb = Stats.mean(b);
    if (t == null || t.p() >= alpha || Math.abs(mb - ma) < minDelta) {
      return null;
    }
    boolean up = mb > ma;
    return new Shift(
        now.period(),
        "stance",
        up ? "more supportive" : "more critical",
        round(ma),
        round(mb),
        round(t.statistic()),
        round4(t.p()),
        "Welch t",
        a.size(),
        b.size(),
        papersA,
        now.stancePapers(),
        extreme(before, !up),
        extreme(List.of(now), up));
  }

  private Shift salience(Timeline.Point now, List<Timeline.Point> before) {
    int papersA = before.stream().mapToInt(Timeline.Point::papers).sum();
    int passagesA = before.stream().mapToInt(Timeline.Point::passages).sum();
    if (papersA < minPapers || now.papers() < minPapers || now.passages() < 3 || passagesA == 0) {
      return null;
    }
    double ra = (double) passagesA / papersA;
    double rb = (double) now.passages() / now.papers();
    if (rb / ra < salienceRatio && rb / ra > 1 / salienceRatio) {
      return null;
    }
    // Under no change every passage falls in the period with the period's share of the papers.
    double share = (double) now.papers() / (now.papers() + papersA);
    double p = Stats.binomialTwoSided(now.passages(), now.passages() + passagesA, share);
    if (p >= alpha) {
      return null;
    }
    boolean up = rb > ra;
    return new Shift(
        now.period(),
        "salience",
        up ? "more prominent" : "less prominent",
        round(ra),
        round(rb),
        round(rb / ra),
        round4(p),
        "exact binomial",
        passagesA,
        now.passages(),
        papersA,
        now.papers(),
        extreme(before, true),
        extreme(List.of(now), true));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static double round4(double x) {
    return Math.round(x * 10000) / 10000.0;
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
