package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checked against published tables (Student's t) and hand-computed examples. */
class StatsTest {
  @Test
  void matchesTheTableOfStudentsT() {
    assertThat(Stats.tQuantile(0.975, 1)).isCloseTo(12.706, within(0.001));
    assertThat(Stats.tQuantile(0.975, 4)).isCloseTo(2.776, within(0.001));
    assertThat(Stats.tQuantile(0.975, 30)).isCloseTo(2.042, within(0.001));
    assertThat(Stats.tCdf(0, 7)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void givesTheMeansIntervalOnlyFromTwoValues() {
    Stats.Interval ci = Stats.meanInterval95(List.of(0.2, 0.4, 0.6));
    // mean 0.4, s = 0.2, t(0.975, 2) = 4.303: 0.4 ± 4.303 · 0.2 / √3
    assertThat(ci.low()).isCloseTo(0.4 - 0.4969, within(0.001));
    assertThat(ci.high()).isCloseTo(0.4 + 0.4969, within(0.001));
    assertThat(Stats.meanInterval95(List.of(0.9))).isNull();
  }

  @Test
  void welchSeparatesClearlyDifferentSamplesAndNotSimilarOnes() {
    Stats.Test far =
        Stats.welch(List.of(0.6, 0.7, 0.8, 0.7, 0.6), List.of(-0.5, -0.6, -0.4, -0.7, -0.5));
    assertThat(far.p()).isLessThan(0.001);
    assertThat(far.statistic()).isNegative();
    Stats.Test near = Stats.welch(List.of(0.1, 0.5, -0.2, 0.3), List.of(0.2, 0.0, 0.4, -0.1));
    assertThat(near.p()).isGreaterThan(0.5);
    assertThat(Stats.welch(List.of(1.0), List.of(-1.0, -0.9))).isNull();
  }

  @Test
  void binomialTestMatchesHandComputedTails() {
    // 10 of 10 at p = 0.5: both tails, 2 / 1024
    assertThat(Stats.binomialTwoSided(10, 10, 0.5)).isCloseTo(2.0 / 1024, within(1e-9));
    assertThat(Stats.binomialTwoSided(5, 10, 0.5)).isCloseTo(1.0, within(1e-9));
  }
}
