package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void yearsQuartersAndMonthsAreRecognised() {
    assertThat(Period.isPeriod("2018")).isTrue();
    assertThat(Period.isPeriod("2020-Q4")).isTrue();
    assertThat(Period.isPeriod("2024-11")).isTrue();
    assertThat(Period.isPeriod("2024-13")).isFalse();
    assertThat(Period.isPeriod("2020-Q5")).isFalse();
    assertThat(Period.isPeriod("kst-21501-02-2976")).isFalse();
    assertThat(Period.isPeriod(null)).isFalse();
  }

  @Test
  void aDateFallsInItsYearQuarterAndMonthOnly() {
    LocalDate d = LocalDate.of(2024, 11, 13);
    assertThat(Period.contains("2024", d)).isTrue();
    assertThat(Period.contains("2024-Q4", d)).isTrue();
    assertThat(Period.contains("2024-11", d)).isTrue();
    assertThat(Period.contains("2024-Q3", d)).isFalse();
    assertThat(Period.contains("2024-10", d)).isFalse();
    assertThat(Period.contains("2023", d)).isFalse();
    assertThat(Period.contains("2024", null)).isFalse();
  }

  @Test
  void aPeriodSpansItsFirstToItsLastDay() {
    assertThat(Period.range("2024"))
        .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(Period.range("2020-Q4"))
        .containsExactly(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 12, 31));
    assertThat(Period.range("2024-02"))
        .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
  }
}
