package nl.koers.annotate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureUnitsTest {
  private static String percent(String text, String number) {
    int b = text.indexOf(number);
    return FigureUnits.percent(text, b, text.indexOf('%', b) + 1);
  }

  @Test
  void aPercentageTakesTheBaseNamedInItsClause() {
    assertThat(percent("bijna 50% van het wereld-BNP", "50")).isEqualTo("percent_gdp");
    assertThat(percent("een NAVO-norm van 5% in 2032", "5")).isEqualTo("percent_gdp");
    assertThat(percent("komen uit op 0,62% van het bni", "0,62")).isEqualTo("percent_gni");
  }

  @Test
  void aBaseBeyondTheCommaIsAnotherClause() {
    assertThat(
            percent("bijdrage aan het EPF is ca. 5,9%, gebaseerd op de BNI-verdeelsleutel", "5,9"))
        .isEqualTo("percent");
  }

  @Test
  void countNounsAndCurrenciesMapToNormalisedUnits() {
    assertThat(FigureUnits.NOUNS)
        .containsEntry("banen", "jobs")
        .containsEntry("manschappen", "persons");
    assertThat(FigureUnits.NOUNS).doesNotContainKeys("leden", "jaar", "maanden");
    assertThat(FigureUnits.currency("US$")).isEqualTo("USD");
    assertThat(FigureUnits.currency("£")).isEqualTo("GBP");
    assertThat(FigureUnits.currency("€")).isEqualTo("EUR");
  }

  @Test
  void aMoneyNounMayEndACompound() {
    assertThat(FigureUnits.namesMoney("met een financieringsplafond van ")).isTrue();
    assertThat(FigureUnits.namesMoney("In totaal werd ruim ")).isFalse();
  }
}
