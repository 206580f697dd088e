package nl.koers.annotate.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CommitmentCuesTest {
  private static String due(String s) {
    Matcher m = CommitmentCues.DUE_PATTERN.matcher(s);
    return m.find() ? m.group() : null;
  }

  @Test
  void dueMomentsAsPrinted() {
    assertThat(due("Ik zal u voor de zomer informeren")).isEqualTo("voor de zomer");
    assertThat(due("een conferentie in het eerste kwartaal van 2025 organiseren"))
        .isEqualTo("in het eerste kwartaal van 2025");
    assertThat(due("vóór het volgende commissiedebat sturen"))
        .isEqualTo("vóór het volgende commissiedebat");
    assertThat(due("voor het einde van het jaar")).isEqualTo("voor het einde van het jaar");
    assertThat(due("zich inzetten voor goede relaties")).isNull();
  }

  @Test
  void exclusionCuesMatchWholeWords() {
    assertThat(CommitmentCues.has("negation", "het kabinet zal daar nu niet op vooruitlopen"))
        .isTrue();
    assertThat(CommitmentCues.has("negation", "de nietigheid van het besluit")).isFalse();
    assertThat(CommitmentCues.has("this-paper", "in deze brief ga ik in op")).isTrue();
  }

  @Test
  void theDataFilesListActorsAndTriggers() {
    assertThat(CommitmentCues.ACTORS)
        .containsEntry("het kabinet", "kabinet")
        .containsEntry("ik", "@author");
    assertThat(CommitmentCues.TRIGGERS)
        .containsEntry("zal", "will")
        .containsEntry("voornemens", "intent");
  }
}
