package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koers.annotate.entity.Gazetteer;
import nl.koers.annotate.topic.Taxonomy;
import org.junit.jupiter.api.Test;

class SubjectsTest {
  private final Gazetteer g = Gazetteer.standard();
  private final Taxonomy t = Taxonomy.standard();

  @Test
  void aSubjectIsAnEntityOrATopic() {
    assertThat(Subjects.subjectId(g, t, "VS")).isEqualTo("united-states");
    assertThat(Subjects.subjectId(g, t, "Q30")).isEqualTo("united-states");
    assertThat(Subjects.subjectId(g, t, "member-piri")).isEqualTo("member-piri");
    assertThat(Subjects.subjectId(g, t, "topic:security-defence"))
        .isEqualTo("topic:security-defence");
    assertThat(Subjects.subjectId(g, t, "Security & defence")).isEqualTo("topic:security-defence");
    assertThatThrownBy(() -> Subjects.subjectId(g, t, "Atlantis-no-such"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Atlantis-no-such");
  }
}
