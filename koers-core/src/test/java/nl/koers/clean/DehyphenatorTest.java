package nl.koers.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DehyphenatorTest {
  @Test
  void dropsTypesettersHyphens() {
    assertThat(Dehyphenator.keepHyphen("terroris", "tische")).isFalse();
    assertThat(Dehyphenator.keepHyphen("Ameri", "kaanse")).isFalse();
    assertThat(Dehyphenator.keepHyphen("Mensenrech", "tenraad")).isFalse();
  }

  @Test
  void keepsRealHyphens() {
    assertThat(Dehyphenator.keepHyphen("trans", "Atlantische")).isTrue();
    assertThat(Dehyphenator.keepHyphen("staakt-het", "vuren")).isTrue();
    assertThat(Dehyphenator.keepHyphen("defensie", "uitgaven")).isTrue();
    assertThat(Dehyphenator.keepHyphen("defensie", "industrie")).isTrue();
    assertThat(Dehyphenator.keepHyphen("co", "voorzitters")).isTrue();
  }
}
