package nl.koers.annotate.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitmentActorTest {
  @Test
  void ikIsTheSignatorysRole() {
    assertThat(CommitmentActor.normalise("Ik", "minister van Buitenlandse Zaken"))
        .isEqualTo("minister van Buitenlandse Zaken");
    assertThat(CommitmentActor.normalise("ik", "ministers van Buitenlandse Zaken en van Defensie"))
        .isEqualTo("minister van Buitenlandse Zaken");
    assertThat(CommitmentActor.normalise("ik", "minister en staatssecretaris van Defensie"))
        .isEqualTo("minister van Defensie");
    assertThat(CommitmentActor.normalise("ik", null)).isEqualTo("minister");
  }

  @Test
  void governmentPhrasesAreNormalised() {
    assertThat(CommitmentActor.normalise("Het  kabinet", null)).isEqualTo("kabinet");
    assertThat(CommitmentActor.normalise("Nederland", null)).isEqualTo("regering");
    assertThat(CommitmentActor.normalise("De Minister van Defensie", null))
        .isEqualTo("minister van Defensie");
  }

  @Test
  void motionsAndCommitteeReportsDoNotSpeakForTheGovernment() {
    assertThat(CommitmentActor.governmentSpeaks("brief")).isTrue();
    assertThat(CommitmentActor.governmentSpeaks("antwoorden-kamervragen")).isTrue();
    assertThat(CommitmentActor.governmentSpeaks("motie")).isFalse();
    assertThat(CommitmentActor.governmentSpeaks("verslag-commissiedebat")).isFalse();
  }
}
