package nl.koers.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.koers.SharedCorpus;
import nl.koers.annotate.AnnotatedText;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class StanceAnnotatorTest {
  /** The stance annotations of the sentence holding {@code words}, as "target holder polarity". */
  private static List<String> stanceOf(Document d, String words) {
    int at = d.text().replaceAll("\\s+", " ").indexOf(words);
    assertThat(at).as(words).isNotNegative();
    return d.annotations(AnnotationType.STANCE).stream()
        .filter(
            a ->
                d.quote(a.span()).replaceAll("\\s+", " ").contains(words)
                    && !a.attribute("target").isEmpty())
        .map(
            a ->
                a.attribute("target") + " " + a.attribute("holder") + " " + a.attribute("polarity"))
        .toList();
  }

  private static Document seed(String prefix) {
    return PaperProcessor.standard().process(SharedCorpus.seed(prefix)).document();
  }

  private static Document probe(String text) {
    Outcome o =
        PaperProcessor.standard().process("probe.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(o.status()).isEqualTo(Outcome.Status.READ);
    return o.document();
  }

  @Test
  void cooperationWithTheUnitedStatesAgainstThreatsIsSupportiveInCouncilConclusions() {
    assertThat(stanceOf(seed("000"), "Samen met de Verenigde Staten moeten wij"))
        .containsExactly("united-states council 1");
  }

  @Test
  void theEndOfAnEraIsAboutTheUnitedStatesNamedBeforeIt() {
    Document d = seed("004");
    assertThat(stanceOf(d, "Dat tijdperk is definitief voorbij."))
        .containsExactly("united-states government -1");
    assertThat(stanceOf(d, "Hoe de Russische agressieoorlog tegen Oekraïne afloopt"))
        .containsExactly("russia government -1");
  }

  @Test
  void theTransAtlanticRelationIsTheUnitedStatesAndEuropeIsNoTarget() {
    assertThat(stanceOf(seed("002"), "Sterke trans-Atlantische betrekkingen zijn cruciaal"))
        .containsExactly("united-states government 1");
  }

  @Test
  void aCouncilReportSeparatesTheCouncilTheGovernmentAndThirdParties() {
    Document d = seed("003");
    assertThat(stanceOf(d, "De Raad bevestigde het belang van de"))
        .containsExactly("united-states council 1");
    assertThat(stanceOf(d, "Helaas gaat de Belarussische regering door"))
        .containsExactly("belarus government -1");
    assertThat(stanceOf(d, "Borrell uitte zijn zorgen over de ontwikkelingen in Ethiopië"))
        .containsExactly("ethiopia other -1");
  }

  @Test
  void aThirdPartyThatSpeaksHoldsTheStanceAndIsNotItsTarget() {
    Document d =
        probe(
            "Verslag van de Europese Raad\n\nBij de lunch sprak Griekenland zijn steun uit voor"
                + " Armenië. Ook uitte Zweden kritiek op de houding van Turkije.\n\nDenemarken"
                + " drong aan op meer steun voor Georgië.\n");
    assertThat(stanceOf(d, "sprak Griekenland zijn steun uit")).containsExactly("armenia other 1");
    assertThat(stanceOf(d, "uitte Zweden kritiek")).containsExactly("turkey other -1");
    assertThat(stanceOf(d, "Denemarken drong aan")).containsExactly("georgia other 1");
  }

  @Test
  void aConcernAboutWhatHappensInACountryIsNoVerdictOnItUnlessItsHumanRights() {
    Document d =
        probe(
            "Brief van de minister van Buitenlandse Zaken\n\nDe veiligheidssituatie in Mali baart"
                + " het kabinet zorgen.\n\nHet kabinet is bezorgd over de mensenrechtensituatie in"
                + " Belarus.\n");
    assertThat(stanceOf(d, "De veiligheidssituatie in Mali")).isEmpty();
    assertThat(stanceOf(d, "bezorgd over de mensenrechtensituatie"))
        .containsExactly("belarus government -1");
  }

  @Test
  void supportForAnActInOrAgainstACountryIsNoSupportForThatCountry() {
    Document d =
        probe(
            "Brief van de minister van Buitenlandse Zaken\n\nIn de Kamer bestond destijds steun"
                + " voor de militaire missie in Mali. Er is steun voor maatregelen tegen"
                + " Venezuela. Nederland houdt de steun voor Moldavië op peil.\n");
    assertThat(stanceOf(d, "steun voor de militaire missie in Mali")).isEmpty();
    assertThat(stanceOf(d, "steun voor maatregelen tegen Venezuela")).isEmpty();
    assertThat(stanceOf(d, "de steun voor Moldavië op peil"))
        .containsExactly("moldova government 1");
  }

  @Test
  void aProtectiveShieldAgainstAggressionIsNoCriticismOfTheShield() {
    Document d =
        probe(
            "Brief van de minister van Defensie\n\nDe NAVO is al sinds 1949 ons schild tegen"
                + " agressie van buitenaf. Samen met de bondgenoten versterken wij de NAVO.\n");
    assertThat(stanceOf(d, "ons schild tegen agressie")).isEmpty();
    assertThat(stanceOf(d, "Samen met de bondgenoten versterken wij de NAVO"))
        .containsExactly("nato government 1");
  }

  @Test
  void hostileTextIsBoundedAndSaysNothingWhereNothingCanBeSaid() {
    Document d =
        probe(
            "Verslag\n\nVS, NAVO, EU; Rusland.\n\nThe United States strongly condemns Russia,"
                + " maar het kabinet steunt Oekraïne krachtig.\n\nWij steunen en veroordelen,"
                + " verwelkomen en betreuren Canada.\n");
    assertThat(stanceOf(d, "VS, NAVO, EU; Rusland.")).isEmpty();
    assertThat(stanceOf(d, "het kabinet steunt Oekraïne krachtig"))
        .contains("ukraine government 1");
    for (Annotation a : d.annotations(AnnotationType.STANCE)) {
      assertThat(Double.parseDouble(a.value())).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void aFiveMegabyteParagraphIsAnnotatedInBoundedTime() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 5_000_000) {
      text.append("Rusland veroordeelt 12 345 en steunt niet Canada 0,5 % ");
    }
    String s = text.toString();
    AnnotatedText t =
        new AnnotatedText(
            "huge.txt",
            s,
            List.of(
                Segment.of(SegmentType.PARAGRAPH, 0, s.length()),
                Segment.of(SegmentType.SENTENCE, 0, s.length())));
    t.add(AnnotationType.ENTITY, 0, 7, "russia", Map.of("type", "country"));
    // CPU time of this thread, not wall-clock time: linear work takes seconds, backtracking hours
    assertThat(nl.koers.Work.cpu(() -> new StanceAnnotator().annotate(t)))
        .isLessThan(Duration.ofSeconds(60));
    assertThat(t.annotations(AnnotationType.STANCE)).isEmpty();

    // the same words as many short sentences: each is scored, still in bounded time
    AnnotatedText many = new AnnotatedText("many.txt", s, sentences(s));
    for (int at = s.indexOf("Rusland"); at >= 0; at = s.indexOf("Rusland", at + 1)) {
      many.add(AnnotationType.ENTITY, at, at + 7, "russia", Map.of("type", "country"));
    }
    assertThat(nl.koers.Work.cpu(() -> new StanceAnnotator().annotate(many)))
        .isLessThan(Duration.ofSeconds(120));
    assertThat(many.annotations(AnnotationType.STANCE)).hasSize(StanceAnnotator.MAX_PER_PAPER);
  }

  private static List<Segment> sentences(String s) {
    List<Segment> out = new java.util.ArrayList<>();
    out.add(Segment.of(SegmentType.PARAGRAPH, 0, s.length()));
    int b = 0;
    for (int i = s.indexOf("% ", b); i >= 0; i = s.indexOf("% ", b)) {
      out.add(Segment.of(SegmentType.SENTENCE, b, i + 1));
      b = i + 2;
    }
    return out;
  }
}
