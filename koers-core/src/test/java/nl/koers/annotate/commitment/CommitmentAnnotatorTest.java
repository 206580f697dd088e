package nl.koers.annotate.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.koers.CourseLabels;
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

  private static List<String> quotes(Document d) {
    return commitments(d).stream().map(a -> d.quote(a.span()).replaceAll("\\s+", " ")).toList();
  }

  private static Document seed(String n) {
    return PaperProcessor.standard().process(SharedCorpus.seed(n)).document();
  }

  private static Document dev(String name) {
    return PaperProcessor.standard()
        .process(SharedCorpus.dev().resolve("docs").resolve(name + ".txt"))
        .document();
  }

  private static Document letter(String body) {
    String text =
        "99 001 Proefdossier\n\nNr. 1 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
            + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2025\n\n"
            + body
            + "\n\nDe Minister van Buitenlandse Zaken,\nA.B. Voorbeeld\n";
    return PaperProcessor.standard()
        .process("brief.txt", text.getBytes(StandardCharsets.UTF_8))
        .document();
  }

  @Test
  void seed002KeepsTheConditionalTalkAndDropsTheRefusalAndThePastReport() {
    Document d = seed("002");
    assertThat(quotes(d))
        .anyMatch(q -> q.startsWith("Indien wijzigingen in het Amerikaans buitenlandbeleid"))
        .noneMatch(q -> q.contains("nu niet op vooruitlopen"))
        .noneMatch(q -> q.startsWith("Over mijn inzet bent u geïnformeerd"))
        .noneMatch(q -> q.startsWith("Vanzelfsprekend volgt het kabinet"));
    assertThat(commitments(d))
        .filteredOn(a -> "true".equals(a.attribute("conditional")))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.attribute("actor")).isEqualTo("kabinet");
              assertThat(a.value()).isEqualTo("zal hierover in gesprek gaan met de Kamer");
            });
  }

  @Test
  void aNegatedIntentIsARefusalAndTheNamedSubjectInformsTheKamer() {
    Document d =
        letter(
            "Het kabinet is niet voornemens de exportvergunning te verlengen.\n\n"
                + "De regering is in geen geval bereid de sancties op te schorten.\n\n"
                + "Het kabinet zal uw Kamer voor de zomer informeren over de evaluatie.\n\n"
                + "De minister van Defensie zendt de Kamer begin 2027 een voortgangsrapportage.\n\n"
                + "In 2023 zond de minister de Kamer een rapportage.");
    assertThat(commitments(d))
        .extracting(a -> a.attribute("actor"), a -> a.attribute("kind"))
        .containsExactly(tuple("kabinet", "inform"), tuple("minister van Defensie", "inform"));
  }

  @Test
  void seed002InformingTheKamerIsTheSignatoryMinisters() {
    assertThat(commitments(seed("002")))
        .filteredOn(a -> "inform".equals(a.attribute("kind")))
        .extracting(a -> a.attribute("actor"))
        .containsExactly("minister van Buitenlandse Zaken");
  }

  @Test
  void seed001ActionIsTheVerbPhraseNotTheSentence() {
    assertThat(commitments(seed("001")))
        .extracting(a -> a.attribute("actor"), Annotation::value)
        .contains(
            tuple(
                "kabinet",
                "zal zich blijven inspannen voor een constructieve dialoog om onze standpunten over"
                    + " het voetlicht te brengen"),
            tuple("regering", "zal het gesprek worden voortgezet"));
  }

  @Test
  void councilConclusionsCommitNoGovernment() {
    assertThat(commitments(seed("000"))).isEmpty();
  }

  @Test
  void anAnnotatedAgendaGivesTheDueMomentAsPrinted() {
    assertThat(commitments(dev("kst-21501-02-2778")))
        .extracting(a -> a.attribute("kind"), a -> a.attribute("due"))
        .contains(tuple("inform", "begin december"), tuple("intent", null));
  }

  @Test
  void aPresentTenseWithAFutureMomentIsAPlan() {
    assertThat(commitments(dev("kst-36800-X-11")))
        .extracting(a -> a.attribute("actor"), a -> a.attribute("due"))
        .contains(
            tuple("minister van Defensie", "In Q1 2026"),
            tuple("minister van Defensie", "Eind 2025"));
  }

  @Test
  void whatTheLetterCoversIsNoCommitment() {
    assertThat(commitments(dev("kst-36045-3"))).isEmpty(); // "Het kabinet zal ingaan op …"
    assertThat(commitments(dev("kst-21501-02-2893"))).isEmpty(); // "zal deze brief terugblikken"
  }

  @Test
  void motionsQuestionsAndCommitteeReportsCommitNobody() {
    assertThat(commitments(dev("kst-28676-503"))).isEmpty();
    assertThat(commitments(dev("kv-tk-2020Z17361"))).isEmpty();
    assertThat(commitments(dev("kst-21501-02-1628"))).isEmpty();
  }

  @Test
  void aRecordedPromiseInACommitteeReportCounts() {
    Document d =
        PaperProcessor.standard().process(CourseLabels.probe("probe-verslag-commissie")).document();
    assertThat(commitments(d))
        .extracting(a -> a.attribute("kind"), a -> a.attribute("actor"), a -> a.attribute("due"))
        .containsExactly(
            tuple("promise", "minister van Buitenlandse Zaken", "voor 1 juni"),
            tuple("promise", "minister van Buitenlandse Zaken", "voor het zomerreces"));
  }

  @Test
  void otherActorsPlansNegationsAndNecessityAreNoCommitments() {
    Document d =
        letter(
            "De Commissie zal in mei een voorstel doen. Rusland zal de sancties omzeilen. Het"
                + " kabinet zal geen nieuw standpunt innemen. Nederland zal meer moeten investeren."
                + " Welke stappen gaat de regering zetten? Ik zal uw Kamer voor de zomer informeren.");
    assertThat(commitments(d))
        .extracting(Annotation::value, a -> a.attribute("actor"), a -> a.attribute("due"))
        .containsExactly(
            tuple(
                "zal uw Kamer voor de zomer informeren",
                "minister van Buitenlandse Zaken",
                "voor de zomer"));
  }

  @Test
  void sentencesWithoutAVerbAndAParagraphOfNearlyFourMillionCharactersAreBounded() {
    assertThat(commitments(letter("Het kabinet. Zal. Voor de zomer. Ik zal, ; : ?"))).isEmpty();
    StringBuilder b = new StringBuilder();
    // just under the processor's character limit (longer papers are refused before annotation)
    for (int i = 0; b.length() < 3_900_000; i++) {
      b.append(i % 3 == 0 ? "het kabinet zal " : "12.345 ").append("zich ");
    }
    Document[] d = new Document[1];
    // CPU time of this thread, not wall-clock time: a busy machine does not make it fail
    assertThat(nl.koers.Work.cpu(() -> d[0] = letter(b.toString())))
        .isLessThan(Duration.ofSeconds(90));
    assertThat(d[0]).isNotNull();
  }

  @Test
  void theWordsThatGateEachPatternAreTheSentencesLetterRuns() {
    // a probe sentence of our own: the trigger words stand between spaces, commas and brackets
    assertThat(
            CommitmentAnnotator.letterRuns(
                "het kabinet zal, na overleg (zegt toe) één brief sturen; uw kamer's"))
        .containsExactlyInAnyOrder(
            "het", "kabinet", "zal", "na", "overleg", "zegt", "toe", "één", "brief", "sturen", "uw",
            "kamer", "s");
    // a trigger inside a longer word is no trigger: "zalm" holds no "zal"
    assertThat(CommitmentAnnotator.letterRuns("zalm, gaande"))
        .containsExactlyInAnyOrder("zalm", "gaande");
  }
}
