package nl.koers.annotate.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.koers.document.PaperFacts;
import nl.koers.document.Request;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/** Signatures and authors on short letters written for this test. */
class SignatureAnnotatorTest {
  private static PaperFacts facts(String text) {
    return PaperProcessor.standard()
        .process("brief.txt", text.getBytes(StandardCharsets.UTF_8))
        .document()
        .facts();
  }

  @Test
  void readsMultiLetterInitialsAndTheStateSecretarysRole() {
    PaperFacts f =
        facts(
            "35 300 V Begroting\n\nNr. 60 BRIEF VAN DE STAATSSECRETARIS VAN BUITENLANDSE ZAKEN\n\n"
                + "Den Haag, 3 juni 2020\n\nHierbij reageer ik op het verzoek van de leden Koopmans en"
                + " Van Helvert van 2 juni 2020.\n\nDe Staatssecretaris van Buitenlandse Zaken,\nS.A.Th. Knapen\n");
    assertThat(f.signatories()).containsExactly("S.A.Th. Knapen");
    assertThat(f.authorRole()).isEqualTo("staatssecretaris van Buitenlandse Zaken");
    assertThat(f.requests()).containsExactly(new Request("Koopmans", null, "2020-06-02"));
  }

  @Test
  void listsAMotionsSubmittersAfterItsClosingFormula() {
    PaperFacts f =
        facts(
            "36 045 Situatie in Oekraïne\n\nNr. 190 MOTIE VAN DE LEDEN BRUGGE EN DASSEN\n\n"
                + "Voorgesteld 12 februari 2025\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                + "verzoekt de regering zich in te zetten voor een tribunaal,\n\n"
                + "en gaat over tot de orde van de dag.\n\nBrugge\n\nDassen\n");
    assertThat(f.kind()).isEqualTo("motie");
    assertThat(f.date()).isEqualTo("2025-02-12");
    assertThat(f.signatories()).containsExactly("Brugge", "Dassen");
    assertThat(f.authorRole()).isNull();
  }

  @Test
  void doesNotTakeASentenceAboutMinistersForASignature() {
    PaperFacts f =
        facts(
            "De Minister van Buitenlandse Zaken en de Minister van Defensie willen de Kamer, mede\n"
                + "namens de Minister van Financiën, informeren over de inzet.\n");
    assertThat(f.signatories()).isEmpty();
  }
}
