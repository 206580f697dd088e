package nl.koers.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.koers.document.PaperFacts;
import org.junit.jupiter.api.Test;

/** Extraction returns what it can and nulls for the rest; it never throws on odd text. */
class HostileTextTest {
  private static Outcome process(String text) {
    return PaperProcessor.standard().process("odd.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givesNullsForAPaperWithoutHeader() {
    Outcome o = process("Het kabinet volgt de ontwikkelingen nauwlettend en informeert de Kamer.");
    assertThat(o.status()).isEqualTo(Outcome.Status.READ);
    PaperFacts f = o.document().facts();
    assertThat(f.id()).isNull();
    assertThat(f.dossier()).isNull();
    assertThat(f.date()).isNull();
    assertThat(o.document().id()).isEqualTo("odd");
  }

  @Test
  void survivesOcrNoiseTruncationAndMixedLanguage() {
    String[] texts = {
      "21 5O1-O2 Raad A1gemene Zaken\n\nNr. 29?6 BR1EF VAN DE M1N1STER\n\nDen Haag, 3l novemb er 2O24\n\nKamerstuk 21 501-02, nr.",
      "The Council welcomes the EU-US summit of 15 June 2021. De Raad Buitenlandse Zaken van 21 juni",
      "motie van het lid\n\n(Kamerstuk , nr. )\n\nverzoek van het lid (, )\n\nResolutie /2015",
      "1\n2\n3\n\u0000\u0001Tweede Kamer, vergaderjaar 2020–2021, 21 501-02, nr.",
      "-\n-\n-\n" + "a-\n".repeat(5000),
    };
    for (String t : texts) {
      Outcome o = process(t);
      assertThat(o.status()).as(t).isIn(Outcome.Status.READ, Outcome.Status.UNSUPPORTED);
    }
    Outcome mixed = process(texts[1]);
    assertThat(mixed.document().facts().meetings()).extracting(m -> m.date()).isEmpty();
  }
}
