package nl.koers.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorPipelineTest {
  @Test
  void refusesAnAnnotatorBeforeWhatItRequires() {
    assertThatThrownBy(() -> AnnotatorRegistry.standard().pipeline(List.of("meetings", "header")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annotator \"meetings\" requires \"date\"");
  }

  @Test
  void namesTheValidAnnotatorsForAnUnknownOne() {
    assertThatThrownBy(() -> AnnotatorRegistry.standard().pipeline(List.of("tanks")))
        .hasMessageStartingWith("unknown annotator \"tanks\"; valid: header, kind, date");
  }

  @Test
  void buildsTheStandardOrder() {
    assertThat(AnnotatorRegistry.standard().pipeline().names())
        .startsWith("header", "kind", "date");
  }
}
