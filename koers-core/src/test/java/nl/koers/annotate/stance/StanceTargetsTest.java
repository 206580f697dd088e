package nl.koers.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koers.annotate.entity.Tokens;
import org.junit.jupiter.api.Test;

/** Probe sentences written for these tests (not corpus text), names marked by hand. */
class StanceTargetsTest {
  private final StanceScorer scorer = new StanceScorer(StanceLexicon.standard());
  private final StanceTargets targets = new StanceTargets();

  /** Verdicts for a sentence whose names are given as "word=id" pairs, weak when id ends in ~. */
  private Map<String, StanceTargets.Verdict> verdicts(
      String sentence, String antecedent, String... names) {
    List<StanceTargets.Mention> mentions = new ArrayList<>();
    for (String n : names) {
      String[] kv = n.split("=");
      int at = sentence.indexOf(kv[0]);
      boolean weak = kv[1].endsWith("~");
      mentions.add(
          new StanceTargets.Mention(
              weak ? kv[1].substring(0, kv[1].length() - 1) : kv[1],
              at,
              at + kv[0].length(),
              weak));
    }
    mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    Tokens t = Tokens.of(sentence);
    return targets.find(sentence, t, mentions, scorer.score(t).fired(), antecedent);
  }

  @Test
  void aThreatNamedAsTheSharedObjectOfCooperationLeavesThePartnerSupported() {
    var v =
        verdicts(
            "Samen met Canada willen wij de dreiging van cyberaanvallen tegengaan.",
            null,
            "Canada=canada");
    assertThat(v).containsOnlyKeys("canada");
    assertThat(v.get("canada").polarity()).isEqualTo(1);
  }

  @Test
  void aggressionLandsOnItsAgentNotOnItsVictimOrTheProtector() {
    var v =
        verdicts(
            "De Russische agressie tegen Georgië is onaanvaardbaar.",
            null,
            "Russische=russia",
            "Georgië=georgia");
    assertThat(v.get("russia").polarity()).isEqualTo(-1);
    assertThat(v).doesNotContainKey("georgia");
    assertThat(verdicts("De NAVO is sinds 1949 ons schild tegen agressie.", null, "NAVO=nato"))
        .isEmpty();
  }

  @Test
  void theSubjectOfACopulaIsTheAgentOfAThreat() {
    var v =
        verdicts(
            "Het Iraanse raketprogramma vormt een grote dreiging voor Europa.",
            null,
            "Iraanse=iran",
            "Europa=europe~");
    assertThat(v).containsOnlyKeys("iran");
    assertThat(v.get("iran").polarity()).isEqualTo(-1);
  }

  @Test
  void coordinatedNamesShareTheirVerdict() {
    var v =
        verdicts(
            "Het kabinet prijst Chili en Peru voor hun hervormingen.",
            null,
            "Chili=chile",
            "Peru=peru");
    assertThat(v.get("chile").polarity()).isEqualTo(1);
    assertThat(v.get("peru").polarity()).isEqualTo(1);
  }

  @Test
  void theClauseDecidesWhichNameACueEvaluates() {
    var v =
        verdicts(
            "Met Japan werken wij nauw samen, maar de Chinese exportbeperkingen betreuren wij.",
            null,
            "Japan=japan",
            "Chinese=china");
    assertThat(v.get("japan").polarity()).isEqualTo(1);
    assertThat(v.get("china").polarity()).isEqualTo(-1);
  }

  @Test
  void aQuestionAboutTrustStatesNoSupport() {
    assertThat(
            verdicts(
                "Heeft de minister vertrouwen in de toezeggingen van Iran?", null, "Iran=iran"))
        .isEmpty();
    assertThat(
            verdicts(
                    "Deelt de minister de opvatting dat Iran het akkoord schendt?",
                    null,
                    "Iran=iran")
                .get("iran")
                .polarity())
        .isEqualTo(-1);
  }

  @Test
  void ensuringIsNoConcern() {
    var v =
        verdicts(
            "Wij zullen er samen met Zweden voor zorgen dat de afspraken worden nagekomen.",
            null,
            "Zweden=sweden");
    assertThat(v.get("sweden").polarity()).isEqualTo(1);
    assertThat(v.get("sweden").cues()).noneMatch(c -> c.startsWith("zorg"));
  }

  @Test
  void distancingWithoutANameTakesTheParagraphsAntecedent() {
    var v = verdicts("Die vanzelfsprekendheid is definitief voorbij.", "united-states");
    assertThat(v.get("united-states").polarity()).isEqualTo(-1);
    var weakOnly =
        verdicts(
            "Europa kan niet langer vanzelfsprekend op die paraplu rekenen.",
            "united-states",
            "Europa=europe~");
    assertThat(weakOnly).containsOnlyKeys("united-states");
  }

  @Test
  void contradictoryCuesCancelWithinBounds() {
    var v =
        verdicts(
            "Wij steunen en veroordelen, verwelkomen en betreuren tegelijk het beleid van Peru.",
            null,
            "Peru=peru");
    assertThat(v.get("peru").score()).isBetween(-1.0, 1.0);
  }
}
