package nl.koers.eval;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class AnchorsTest {
  private final Document seed002 =
      PaperProcessor.standard().process(SharedCorpus.seed("002")).document();

  @Test
  void findsTheSentenceIgnoringCaseAndWhitespace() {
    TextSpan s = Anchors.sentence(seed002, "sterke  TRANS-Atlantische\nbetrekkingen");
    assertThat(seed002.quote(s))
        .isEqualTo("Sterke trans-Atlantische betrekkingen zijn cruciaal in dat perspectief.");
  }

  @Test
  void anAnchorThatIsNotInThePaperFindsNothing() {
    assertThat(Anchors.sentence(seed002, "de Raad veroordeelt de Verenigde Staten")).isNull();
    assertThat(Anchors.sentence(seed002, "  ")).isNull();
  }
}
