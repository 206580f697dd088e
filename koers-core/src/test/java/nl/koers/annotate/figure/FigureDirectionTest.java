package nl.koers.annotate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureDirectionTest {
  private static String direction(String text, String number) {
    int b = text.indexOf(number);
    return FigureDirection.of(text, 0, b, b + number.length());
  }

  @Test
  void aCueBeforeTheNumberSetsTheDirection() {
    assertThat(
            direction(
                "worden het verplichtingenbedrag en het uitgavenbedrag verlaagd met € 2.500",
                "2.500"))
        .isEqualTo("down");
    assertThat(direction("Dit betekent een bezuiniging van 3,5 miljoen euro", "3,5"))
        .isEqualTo("down");
    assertThat(direction("Het aantal ontheemden steeg met 120.000 tot 1,3 miljoen", "1,3"))
        .isEqualTo("up");
  }

  @Test
  void theFromValueHasNoDirectionAndTheNewLevelRises() {
    String s = "een uitbreiding van Phare (van 1 miljard naar 1,5 miljard Euro op jaarbasis)";
    assertThat(direction(s, "1 miljard")).isNull();
    assertThat(direction(s, "1,5")).isEqualTo("up");
  }

  @Test
  void aMinusSignIsACutButARangeDashIsNot() {
    assertThat(direction("Vredesopbouw 48.250 −3.500 44.750", "3.500")).isEqualTo("down");
    assertThat(direction("van de huidige 200 naar 600–700 manschappen", "700"))
        .isNotEqualTo("down");
  }

  @Test
  void aVerbFinalCueAfterMetCounts() {
    assertThat(direction("De uitgaven worden met € 2,4 mld verlaagd.", "2,4")).isEqualTo("down");
  }
}
