package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.TextSpan;
import org.junit.jupiter.api.Test;

class StanceFilterTest {
  private static Annotation stance(Map<String, String> attributes) {
    return new Annotation(AnnotationType.STANCE, new TextSpan(0, 10), "-0.8", attributes);
  }

  @Test
  void timelinesCountTheGovernmentsOwnPositionUnlessAskedOtherwise() {
    Annotation mp =
        stance(
            Map.of(
                "holder", "parliament", "target", "russia", "subjects", "russia,topic:security"));
    assertThat(StanceFilter.heldBy(mp, Timeline.DEFAULT_HOLDER)).isFalse();
    assertThat(StanceFilter.heldBy(mp, "parliament")).isTrue();
    assertThat(StanceFilter.heldBy(mp, Timeline.ANY_HOLDER)).isTrue();
    assertThat(StanceFilter.about(mp, "topic:security")).isTrue();
    assertThat(StanceFilter.about(mp, "ukraine")).isFalse();
  }

  @Test
  void aStanceFromBeforeHoldersCountsAsTheGovernments() {
    Annotation old = stance(Map.of("subjects", "united-states"));
    assertThat(StanceFilter.heldBy(old, "government")).isTrue();
    assertThat(StanceFilter.heldBy(old, "council")).isFalse();
  }
}
