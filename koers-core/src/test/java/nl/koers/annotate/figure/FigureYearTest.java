package nl.koers.annotate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.koers.document.Document;
import nl.koers.document.SegmentType;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class FigureYearTest {
  private static String yearOf(String text, String number) {
    Document d =
        PaperProcessor.standard()
            .process("x.txt", text.getBytes(StandardCharsets.UTF_8))
            .document();
    return FigureYear.of(d.text(), d.segments(SegmentType.SENTENCE), d.text().indexOf(number));
  }

  @Test
  void theNearestStatedYearInTheSentence() {
    assertThat(yearOf("De NAVO-bondgenoten spraken af in 2035 5% van het bbp te besteden.", "5%"))
        .isEqualTo("2035");
  }

  @Test
  void aTotalSinceAYearHasNoYear() {
    assertThat(yearOf("De totale steun sinds 2022 komt uit op ruim 4 miljard euro.", "4 miljard"))
        .isNull();
  }

  @Test
  void aYearInTheNextSentenceDoesNotCount() {
    assertThat(yearOf("Het budget daalt met 7,3 procent. In 2025 volgt meer.", "7,3")).isNull();
  }
}
