package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class PaperDateTest {
  private static Document paper(String text) {
    return PaperProcessor.standard()
        .process("probe.txt", text.getBytes(StandardCharsets.UTF_8))
        .document();
  }

  @Test
  void datesUndatedSeed003AfterTheEventsItReportsAsPast() {
    // The report names its meeting (19 November) but says the Kamer was informed on 23 November
    // "jl." and that the donor conference of 23 and 24 November 2020 took place.
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("003")).document();
    assertThat(PaperDate.of(d))
        .isEqualTo(
            new PaperDate(LocalDate.of(2020, 11, 24), true, "after an event reported as past"));
  }

  @Test
  void aPastEventLaterThanTheHeadingMovesTheDateForward() {
    Document d =
        paper(
            "Verslag van de Raad Buitenlandse Zaken van 3 maart 2022\n\n"
                + "De ministers spraken over de oorlog in Oekraïne. Over de uitkomst van het beraad"
                + " in Parijs is de Kamer op 9 maart jl. per brief op de hoogte gesteld.\n");
    assertThat(PaperDate.of(d).date()).isEqualTo(LocalDate.of(2022, 3, 9));
    assertThat(PaperDate.of(d).inferred()).isTrue();
  }

  @Test
  void aComingEventDoesNotMoveTheDate() {
    Document d =
        paper(
            "Verslag van de Raad Buitenlandse Zaken van 3 maart 2022\n\n"
                + "De ministers bereiden de top van 24 en 25 maart a.s. voor. Een conferentie die"
                + " op 30 april 2022 zal worden gehouden, staat nog niet vast.\n");
    assertThat(PaperDate.of(d)).isEqualTo(new PaperDate(LocalDate.of(2022, 3, 3), true, "heading"));
  }

  @Test
  void aFullDateThatTookPlaceCountsUpToItsLastDay() {
    assertThat(
            PaperDate.latestPastEvent(
                "De bijeenkomst die op 12 tot en met 14 mei 2019 in Genève plaatsvond, was"
                    + " productief.",
                LocalDate.of(2019, 5, 1)))
        .isEqualTo(LocalDate.of(2019, 5, 14));
  }
}
