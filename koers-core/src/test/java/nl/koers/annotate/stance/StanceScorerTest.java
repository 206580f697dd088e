package nl.koers.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceScorerTest {
  private final StanceScorer scorer = new StanceScorer(StanceLexicon.standard());

  @Test
  void cuesOfPolicyLanguageScoreBothWays() {
    StanceScorer.Score up = scorer.score("De VS blijft een onmisbare partner.");
    assertThat(up.label()).isEqualTo("supportive");
    assertThat(up.cues()).containsExactly("onmisbare partner(+1.0)");
    StanceScorer.Score down = scorer.score("Dat is een besluit dat Nederland kritisch bezien.");
    assertThat(down.label()).isEqualTo("critical");
    assertThat(down.cues()).containsExactly("kritisch bezien(-0.8)");
    assertThat(scorer.score("Deze stappen passen in een zorgelijke trend.").label())
        .isEqualTo("concerned");
  }

  @Test
  void negationTurnsACueAround() {
    StanceScorer.Score s = scorer.score("Het resultaat is niet teleurstellend.");
    assertThat(s.score()).isPositive();
    assertThat(s.cues()).containsExactly("niet teleurstel*(+0.6)");
  }

  @Test
  void lessOfAGoodThingIsCritical() {
    StanceScorer.Score s = scorer.score("De regering vaart een minder multilaterale koers.");
    assertThat(s.score()).isNegative();
    assertThat(s.cues()).containsExactly("minder multilater*(-0.3)");
  }

  @Test
  void hedgesWeakenAndScoresStayWithinBounds() {
    assertThat(scorer.score("Dit is mogelijk zorgelijk.").score()).isEqualTo(-0.3);
    assertThat(
            scorer
                .score("Wij betreuren en veroordelen de agressie, onaanvaardbaar en een schending.")
                .score())
        .isEqualTo(-1.0);
    assertThat(scorer.score("De vergadering begint om tien uur.").cues()).isEmpty();
  }
}
