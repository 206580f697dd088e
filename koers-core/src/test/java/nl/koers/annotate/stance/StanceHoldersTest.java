package nl.koers.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.SharedCorpus;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;
import nl.koers.eval.Anchors;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

class StanceHoldersTest {
  private final StanceHolders holders = StanceHolders.standard();

  @Test
  void paperKindGivesTheDefaultHolder() {
    assertThat(holders.byKind("motie")).isEqualTo("parliament");
    assertThat(holders.byKind("verslag-schriftelijk-overleg")).isEqualTo("parliament");
    assertThat(holders.byKind("raadsconclusies")).isEqualTo("council");
    assertThat(holders.byKind("verslag-raad")).isEqualTo("government");
    assertThat(holders.byKind(null)).isEqualTo("government");
  }

  @Test
  void theSubjectOfASentenceSaysWhoSpeaksEvenAfterAFrontedPhrase() {
    StanceHolders.Reader r = holders.reader("verslag-raad");
    assertThat(
            r.sentence("In dit verband verwelkomt de Raad het voornemen van de nieuwe regering."))
        .isEqualTo("council");
    assertThat(r.sentence("Op de Raad Buitenlandse Zaken ben ik hierover in gesprek gegaan."))
        .isEqualTo("government");
    assertThat(r.sentence("Verschillende lidstaten riepen op tot een derde pakket sancties."))
        .isEqualTo("other");
  }

  @Test
  void reportedSpeechIsAThirdPartysUnlessTheSpeakerFollowsTheVerb() {
    StanceHolders.Reader r = holders.reader("brief");
    assertThat(r.sentence("De Turkse regering stelt dat Zweden meer moet doen tegen de PKK."))
        .isEqualTo("other");
    assertThat(
            r.sentence(
                "Hoewel de verkiezingen een goede kans bieden om samen op te trekken, benadrukte"
                    + " de Raad dat de EU een eigen rol moet spelen."))
        .isEqualTo("council");
  }

  @Test
  void aQuestionToTheGovernmentIsParliamentsButARhetoricalOneIsNot() {
    StanceHolders.Reader r = holders.reader("brief");
    assertThat(r.sentence("Heeft de minister vertrouwen in de oprechtheid van het akkoord?"))
        .isEqualTo("parliament");
    assertThat(r.sentence("Wat betekent dit concreet?")).isEqualTo("government");
  }

  @Test
  void turnsAndSectionsCarryTheHolderToTheParagraphsThatFollow() {
    StanceHolders.Reader debate = holders.reader("verslag-algemeen-overleg");
    debate.paragraph("Minister Koenders: Voorzitter. Ik dank de leden voor hun vragen.");
    assertThat(debate.sentence("Ik deel die zorg over de ontwikkelingen.")).isEqualTo("government");
    debate.paragraph("De heer Verheijen (VVD): Dank u wel.");
    assertThat(debate.sentence("Ik deel die zorg niet.")).isEqualTo("parliament");

    StanceHolders.Reader written = holders.reader("verslag-schriftelijk-overleg");
    assertThat(written.sentence("De samenwerking met Polen verloopt moeizaam."))
        .isEqualTo("parliament");
    written.paragraph("II Reactie van de minister");
    assertThat(written.sentence("De samenwerking met Polen verloopt uitstekend."))
        .isEqualTo("government");
  }

  @Test
  void aRealMotionsRequestIsParliamentsAndARealCouncilReportsRaadIsTheCouncils() {
    Document motion =
        PaperProcessor.standard()
            .process(SharedCorpus.dev().resolve("docs/kst-28676-503.txt"))
            .document();
    TextSpan request = Anchors.sentence(motion, "zich te committeren aan het voorstel");
    assertThat(holders.at(motion, request)).isEqualTo("parliament");

    Document report = PaperProcessor.standard().process(SharedCorpus.seed("003")).document();
    assertThat(holders.at(report, Anchors.sentence(report, "De Raad bevestigde het belang van de")))
        .isEqualTo("council");
    assertThat(
            holders.at(report, Anchors.sentence(report, "Helaas gaat de Belarussische regering")))
        .isEqualTo("government");
    assertThat(
            holders.at(
                report, Anchors.sentence(report, "uitte zijn zorgen over de ontwikkelingen")))
        .isEqualTo("other");
  }
}
