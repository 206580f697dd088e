package nl.koers.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialLinksTest {
  @Test
  void aKamerstukLinksToItsOfficielebekendmakingenPage() {
    assertThat(OfficialLinks.publication("kst-21501-02-2976"))
        .contains("https://zoek.officielebekendmakingen.nl/kst-21501-02-2976.html");
  }

  @Test
  void anAanhangselAndWrittenQuestionsLinkThereToo() {
    assertThat(OfficialLinks.publication("ah-tk-20242025-123"))
        .contains("https://zoek.officielebekendmakingen.nl/ah-tk-20242025-123.html");
    assertThat(OfficialLinks.publication("kv-tk-2020Z17361"))
        .contains("https://zoek.officielebekendmakingen.nl/kv-tk-2020Z17361.html");
  }

  @Test
  void aTweedeKamerDocumentNumberLinksToTheKamersPage() {
    assertThat(OfficialLinks.of("tk-2026D05130", null))
        .containsExactly(
            new OfficialLinks.Link(
                "tweedekamer.nl",
                "https://www.tweedekamer.nl/kamerstukken/detail?id=2026D05130&did=2026D05130"));
  }

  @Test
  void aKamerstukWithAKnownDocumentNumberGetsBothPages() {
    assertThat(OfficialLinks.of("kst-28676-503", "2024D12345"))
        .extracting(OfficialLinks.Link::site)
        .containsExactly("officielebekendmakingen.nl", "tweedekamer.nl");
  }

  @Test
  void anIdOfAnUnpublishedFileGetsNoLink() {
    assertThat(OfficialLinks.of("000_e4b7759b003dbaf8", null)).isEmpty();
    assertThat(OfficialLinks.of("kst-1/../../x", "2024D1")).isEmpty();
    assertThat(OfficialLinks.first("notes")).isNull();
  }
}
