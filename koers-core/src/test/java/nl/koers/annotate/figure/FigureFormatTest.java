package nl.koers.annotate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureFormatTest {
  private static String human(String v, String unit, String direction) {
    return FigureFormat.human(new BigDecimal(v), unit, direction);
  }

  @Test
  void moneyInMillionsAndBillionsTheDutchWay() {
    assertThat(human("474300000", "EUR", "down")).isEqualTo("−€ 474,3 mln");
    assertThat(human("2100000000", "USD", null)).isEqualTo("$ 2,1 mld");
    assertThat(human("850000", "EUR", null)).isEqualTo("€ 850.000");
  }

  @Test
  void sharesAndCounts() {
    assertThat(human("5", "percent_gdp", null)).isEqualTo("5% van het bbp");
    assertThat(human("3.5", "percent", "up")).isEqualTo("+3,5%");
    assertThat(human("825000", "jobs", null)).isEqualTo("825.000 banen");
  }
}
