package nl.koers.annotate.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koers.document.Motion;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/**
 * Motions cited in the forms real papers use, probed with sentences written for this test (the
 * seeds' and dev papers' motions are checked by ReferenceAnnotatorsTest and the clerk eval).
 */
class MotionAnnotatorTest {
  /** A letter in dossier 36 180 whose body is {@code body}. */
  private static List<Motion> motions(String body) {
    String paper =
        "36 180 Toekomst van de Europese samenwerking\n"
            + "Nr. 77 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n"
            + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
            + "Den Haag, 4 maart 2024\n"
            + body
            + "\n";
    return PaperProcessor.standard()
        .process("probe.txt", paper.getBytes(StandardCharsets.UTF_8))
        .document()
        .facts()
        .motions();
  }

  @Test
  void readsAMotionNamedWithAHyphen() {
    assertThat(motions("Hiermee voer ik de motie-Van Dijk over de exportregels uit."))
        .containsExactly(new Motion("Van Dijk", null));
    assertThat(motions("De motie-Sjoerdsma c.s. vraagt om een evaluatie, die volgt in mei."))
        .containsExactly(new Motion("Sjoerdsma", null));
  }

  @Test
  void readsAMemberWithFirstNameAndATightlyWrittenNumber() {
    assertThat(
            motions(
                "Zoals gevraagd in de motie van het lid Jasper van Dijk (Kamerstuk 35 663, nr.19)"
                    + " stuurt het kabinet u een overzicht."))
        .containsExactly(new Motion("van Dijk", "kst-35663-19"));
  }

  @Test
  void readsAListWhoseSecondMemberHasOnlyAName() {
    assertThat(
            motions(
                "Ik ga in op de moties van de leden Brekelmans (Kamerstuk 36 180, nr. 12) en"
                    + " Jasper van Dijk (Kamerstuk 36 180, nr. 19) over de begroting."))
        .containsExactly(
            new Motion("Brekelmans", "kst-36180-12"), new Motion("van Dijk", "kst-36180-19"));
  }

  @Test
  void readsMotionsByNumberOnlyWithTheDossierOfTheSentence() {
    assertThat(
            motions(
                "Over de uitvoering van Kamerstuk 35 663 bent u eerder bericht; de moties nrs. 225"
                    + " en 298 worden dit voorjaar afgerond."))
        .containsExactly(new Motion(null, "kst-35663-225"), new Motion(null, "kst-35663-298"));
  }

  @Test
  void readsMotionsByNumberOnlyInThePapersOwnDossier() {
    assertThat(motions("De moties nrs. 40 en 41 zijn inmiddels uitgevoerd."))
        .containsExactly(new Motion(null, "kst-36180-40"), new Motion(null, "kst-36180-41"));
  }

  @Test
  void readsOneMotionPerNumberOfANamedMember() {
    assertThat(motions("De moties-Dobbe (nrs. 51 en 52) vragen om meer steun voor Soedan."))
        .containsExactly(new Motion("Dobbe", "kst-36180-51"), new Motion("Dobbe", "kst-36180-52"));
  }

  @Test
  void readsAMotionWithoutMemberFromItsReference() {
    assertThat(
            motions(
                "De aangenomen motie over sancties (Kamerstuk 21 501-20, nr. 1234) vraagt het"
                    + " kabinet om een lijst."))
        .containsExactly(new Motion(null, "kst-21501-20-1234"));
  }

  @Test
  void readsTheMemberAfterWordsBetweenMotionAndLid() {
    assertThat(motions("De motie over drinkwater in Gaza van het lid Piri vraagt om hulp."))
        .containsExactly(new Motion("Piri", null));
    assertThat(
            motions(
                "De door het lid Boswijk c.s. ingediende motie (Kamerstuk 36 180, nr. 3) is aangenomen."))
        .containsExactly(new Motion("Boswijk", "kst-36180-3"));
  }

  @Test
  void readsBareNamesAfterPluralMotionsAsSeparateMotions() {
    assertThat(motions("Het kabinet geeft uitvoering aan de moties Dobbe en Van der Brug."))
        .containsExactly(new Motion("Dobbe", null), new Motion("Van der Brug", null));
  }

  @Test
  void readsNoMotionWhereTheWordIsGeneral() {
    assertThat(
            motions(
                "Moties en toezeggingen worden bijgehouden in een overzicht. De motie die"
                    + " gisteren werd ingediend, bespreek ik later."))
        .isEmpty();
  }
}
