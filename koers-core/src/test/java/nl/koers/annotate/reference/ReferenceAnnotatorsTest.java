package nl.koers.annotate.reference;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.SharedCorpus;
import nl.koers.document.Meeting;
import nl.koers.document.Motion;
import nl.koers.document.PaperFacts;
import nl.koers.document.Request;
import nl.koers.pipeline.PaperProcessor;
import org.junit.jupiter.api.Test;

/** Meetings, motions, requests and other references of the seeds, as a clerk would note them. */
class ReferenceAnnotatorsTest {
  private static PaperFacts facts(String seed) {
    return PaperProcessor.standard().process(SharedCorpus.seed(seed)).document().facts();
  }

  @Test
  void findsTheMotionsOfSeed003WithTheirKstIds() {
    assertThat(facts("003").motions())
        .containsExactly(
            new Motion("Ploumen", "kst-35570-V-42"),
            new Motion("Van Helvert", "kst-35570-V-31"),
            new Motion("Omtzigt", "kst-21501-02-2234"),
            new Motion("Van Helvert", "kst-35570-V-33"),
            new Motion("Karabulut", "kst-35570-V-35"),
            new Motion("Voordewind", "kst-35570-45"));
  }

  @Test
  void resolvesRelativeMeetingDatesOfSeed003() {
    assertThat(facts("003").meetings())
        .extracting(Meeting::date)
        .containsExactlyInAnyOrder(
            "2020-11-19", "2020-10-12", "2020-12-07", "2020-11-23", "2020-10-15");
  }

  @Test
  void findsThePiriRequestSeed002Answers() {
    PaperFacts f = facts("002");
    assertThat(f.requests()).containsExactly(new Request("Piri", null, "2024-11-12"));
    assertThat(f.meetings()).extracting(Meeting::date).containsExactly("2024-11-18");
    assertThat(f.kamerstukRefs()).containsExactly("kst-21501-02-2958");
  }

  @Test
  void findsCouncilDocumentsAndSecurityCouncilResolutions() {
    assertThat(facts("000").otherRefs()).containsExactly("ST 13634 2020", "UNSC 2231 (2015)");
    assertThat(facts("003").otherRefs()).containsExactly("UNSC 550", "UNSC 789");
  }

  @Test
  void readsTheCitationsInTheFootnotesOfSeed004() {
    PaperFacts f = facts("004");
    assertThat(f.kamerstukRefs())
        .contains("kst-21501-02-2956", "kst-30821-260", "kst-36600-XVII-82", "kst-21501-20-2360");
    assertThat(f.motions()).containsExactly(new Motion("Hoogeveen", "kst-21501-20-2344"));
    assertThat(f.requests())
        .extracting(Request::member, Request::party, Request::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Dassen", "Volt", null));
  }
}
