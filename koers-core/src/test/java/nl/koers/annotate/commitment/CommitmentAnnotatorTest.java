package nl.koers.annotate.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class CommitmentAnnotatorTest {
  private static List<Annotation> commitments(Document d) {
    return d.annotations(AnnotationType.COMMITMENT);
  }

  private static Document text(String s) {
    return PaperProcessor.standard()
        .process("x.txt", s.getBytes(StandardCharsets.UTF_8))
        .document();
  }

  @Test
  void seed004CommitsTheNetherlandsToImplementingTheAgreements() {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("004")).document();
    assertThat(commitments(d))
        .anySatisfy(
            a -> {
              assertThat(d.quote(a.span()))
                  .startsWith("Nederland zet zich actief in voor het implementeren");
              assertThat(a.attribute("actor")).isEqualTo("nederland");
              assertThat(a.attribute("kind")).isEqualTo("effort");
            })
        .anySatisfy(a -> assertThat(a.attribute("kind")).isEqualTo("inform"));
  }

  @Test
  void seed001CommitsTheCabinetToDialogue() {
    Document d = PaperProcessor.standard().process(SharedCorpus.seed("001")).document();
    assertThat(commitments(d))
        .anySatisfy(
            a -> {
              assertThat(a.attribute("actor")).isEqualTo("het kabinet");
              assertThat(a.value())
                  .startsWith("zal zich blijven inspannen voor een constructieve dialoog");
            });
  }

  @Test
  void recognisesTheIssuesPhrasings() {
    Document d =
        text(
            "Het kabinet zal zich ook inzetten voor goede relaties tussen de EU en de VS. Daarna"
                + " zal het kabinet hierover in gesprek gaan met de Kamer. Over de discussie binnen de"
                + " Raad zult u worden geïnformeerd.\n");
    assertThat(commitments(d))
        .extracting(a -> a.attribute("kind"), a -> a.attribute("actor"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("will", "het kabinet"),
            org.assertj.core.groups.Tuple.tuple("will", "het kabinet"),
            org.assertj.core.groups.Tuple.tuple("inform", "de regering"));
  }

  @Test
  void whatOthersWillDoAndWhatThisLetterDoesAreNotCommitments() {
    Document d =
        text(
            "De Raad zal een besluit nemen over sancties. De VS blijft een onmisbare partner. De"
                + " Commissie zet zich in voor handel. Met deze brief informeer ik uw Kamer over de"
                + " stand van zaken. Als het amendement wordt aangenomen, zal de regering terug moeten"
                + " naar de onderhandelingstafel.\n");
    assertThat(commitments(d)).isEmpty();
  }
}
