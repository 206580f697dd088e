package nl.koers.analyse;

import java.util.List;

/**
 * The few statistics the timeline states: a mean's 95% confidence interval by Student's t, Welch's
 * unequal-variance t-test, and an exact two-sided binomial test. The t distribution comes from the
 * regularised incomplete beta function (continued fraction, as in Numerical Recipes §6.4), so no
 * statistics library is needed. Pure functions; thread-safe.
 */
public final class Stats {
  private Stats() {}

  /** A confidence interval. */
  public record Interval(double low, double high) {}

  /** A test's outcome: the statistic, its degrees of freedom (NaN when none), the p-value. */
  public record Test(double statistic, double df, double p) {}

  public static double mean(List<Double> xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return xs.isEmpty() ? Double.NaN : s / xs.size();
  }

  /** The sample variance (n − 1), NaN below two values. */
  public static double variance(List<Double> xs) {
    if (xs.size() < 2) {
      return Double.NaN;
    }
    double m = mean(xs);
    double s = 0;
    for (double x : xs) {
      s += (x - m) * (x - m);
    }
    return s / (xs.size() - 1);
  }

  /**
   * The 95% interval of the mean, mean ± t(0.975, n − 1) · s / √n; null below two values (one
   * sentence has no spread to measure).
   */
  public static Interval meanInterval95(List<Double> xs) {
    if (xs.size() < 2) {
      return null;
    }
    double m = mean(xs);
    double half = tQuantile(0.975, xs.size() - 1) * Math.sqrt(variance(xs) / xs.size());
    return new Interval(m - half, m + half);
  }

  /**
   * Welch's t-test of two samples' means, two-sided; null when either has fewer than two values.
   * Equal constant samples give p = 1 when their means agree, else p = 0.
   */
  public static Test welch(List<Double> a, List<Double> b) {
    if (a.size() < 2 || b.size() < 2) {
      return null;
    }
    double va = variance(a) / a.size();
    double vb = variance(b) / b.size();
    double diff = mean(b) - mean(a);
    if (va + vb == 0) {
      return new Test(
          diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff), 0, diff == 0 ? 1 : 0);
    }
    double t = diff / Math.sqrt(va + vb);
    double df = (va + vb) * (va + vb) / (va * va / (a.size() - 1) + vb * vb / (b.size() - 1));
    return new Test(t, df, 2 * (1 - tCdf(Math.abs(t), df)));
  }

  /**
   * The exact two-sided binomial test of {@code k} successes in {@code n} trials with success
   * probability {@code p}: the summed probability of every outcome no likelier than {@code k}.
   */
  public static double binomialTwoSided(int k, int n, double p) {
    double observed = binomialPmf(k, n, p);
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double q = binomialPmf(i, n, p);
      if (q <= observed * (1 + 1e-7)) {
        sum += q;
      }
    }
    return Math.min(1, sum);
  }

  private static double binomialPmf(int k, int n, double p) {
    if (p <= 0) {
      return k == 0 ? 1 : 0;
    }
    if (p >= 1) {
      return k == n ? 1 : 0;
    }
    double log = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
    return Math.exp(log + k * Math.log(p) + (n - k) * Math.log(1 - p));
  }

  /** P(T ≤ t) for Student's t with {@code df} degrees of freedom. */
  public static double tCdf(double t, double df) {
    double x = df / (df + t * t);
    double tail = 0.5 * incompleteBeta(df / 2, 0.5, x);
    return t >= 0 ? 1 - tail : tail;
  }

  /** The {@code q}-quantile of Student's t, by bisection of {@link #tCdf}. */
  public static double tQuantile(double q, double df) {
    double lo = -1000;
    double hi = 1000;
    for (int i = 0; i < 200 && hi - lo > 1e-10; i++) {
      double mid = (lo + hi) / 2;
      if (tCdf(mid, df) < q) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** The regularised incomplete beta function I_x(a, b). */
  static double incompleteBeta(double a, double b, double x) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaFraction(a, b, x) / a;
    }
    return 1 - front * betaFraction(b, a, 1 - x) / b;
  }

  private static double betaFraction(double a, double b, double x) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 300; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-12) {
        break;
      }
    }
    return h;
  }

  /** ln Γ(x) by the Lanczos approximation (g = 7, n = 9). */
  static double logGamma(double x) {
    double[] g = {
      0.99999999999980993,
      676.5203681218851,
      -1259.1392167224028,
      771.32342877765313,
      -176.61502916214059,
      12.507343278686905,
      -0.13857109526572012,
      9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double a = g[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
