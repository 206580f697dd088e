package nl.koers.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.index.DutchSearchAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Text as the cluster receives it: the embedded analyzer's terms, same-position terms joined by
 * {@code |}, a position a stop word left empty as {@code _}. Probe sentences of our own.
 */
class TokensTest {
  private final DutchSearchAnalyzer analyzer = new DutchSearchAnalyzer();

  @Test
  void aCompoundCarriesItsPartsAtItsOwnPosition() {
    assertThat(Tokens.encode(analyzer, "body", "Sanctiepakket aangenomen"))
        .isEqualTo("sanctiepakket|sanctie|pakket aangenom");
  }

  @Test
  void aStopWordLeavesAGapThatKeepsPhrasesApart() {
    assertThat(Tokens.encode(analyzer, "body", "staakt het vuren")).isEqualTo("staakt _ vur");
  }

  @Test
  void aLeadingStopWordShiftsTheFirstTermByOnePositionOnly() {
    assertThat(Tokens.encode(analyzer, "body", "de Oekraïne")).isEqualTo("_ oekrain");
  }

  @Test
  void aSpacedDossierNumberIsClosedAsTheEmbeddedEngineCloses() {
    assertThat(Tokens.encode(analyzer, "body", "Kamerstuk 21 501-02"))
        .isEqualTo("kamerstuk|kamer|stuk 21501 02");
  }
}
