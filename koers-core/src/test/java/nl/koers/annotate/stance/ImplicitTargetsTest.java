package nl.koers.annotate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.annotate.entity.Tokens;
import org.junit.jupiter.api.Test;

class ImplicitTargetsTest {
  @Test
  void theTransAtlanticRelationAndWashingtonNameTheUnitedStates() {
    String s = "Sterke trans-Atlantische banden blijven nodig, ook als Washington twijfelt.";
    var found = ImplicitTargets.standard().find(Tokens.of(s));
    assertThat(found)
        .extracting(StanceTargets.Mention::id)
        .containsExactly("united-states", "united-states");
    assertThat(s.substring(found.get(0).begin(), found.get(0).end()))
        .isEqualTo("trans-Atlantische");
    assertThat(s.substring(found.get(1).begin(), found.get(1).end())).isEqualTo("Washington");
  }

  @Test
  void ordinaryWordsNameNoOne() {
    assertThat(ImplicitTargets.standard().find(Tokens.of("De Atlantische Oceaan is breed.")))
        .isEmpty();
  }
}
