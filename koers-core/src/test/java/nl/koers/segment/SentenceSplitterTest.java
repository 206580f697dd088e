package nl.koers.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = SentenceSplitter.dutch();

  private List<String> split(String text) {
    return splitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void doesNotBreakAfterDutchAbbreviations() {
    assertThat(split("De RBZ van 12 oktober jl. werd uitgesteld. Zie o.a. het verslag d.d. 3 mei."))
        .containsExactly(
            "De RBZ van 12 oktober jl. werd uitgesteld.", "Zie o.a. het verslag d.d. 3 mei.");
    assertThat(split("De motie van het lid Ploumen c.s. is aangenomen. Dat i.v.m. de Raad."))
        .hasSize(2);
  }

  @Test
  void aUnitOrDateAbbreviationBeforeACapitalEndsTheSentence() {
    // seed 002: "… aan de Raad op 14 november jl. Over de discussie binnen de Raad zult u …"
    assertThat(split("Het debat was op 14 november jl. Over de Raad zult u horen."))
        .containsExactly("Het debat was op 14 november jl.", "Over de Raad zult u horen.");
    assertThat(split("Het budget gaat naar € 137,4 mln. De bijdrage daalt."))
        .containsExactly("Het budget gaat naar € 137,4 mln.", "De bijdrage daalt.");
    assertThat(split("Een plafond van 5,69 mld. voor de periode 2021–2027.")).hasSize(1);
  }

  @Test
  void keepsInitialsWithTheirName() {
    assertThat(split("Namens het kabinet sprak S.A. Blok. Daarna volgde de Raad."))
        .containsExactly("Namens het kabinet sprak S.A. Blok.", "Daarna volgde de Raad.");
  }

  @Test
  void returnsSpansInsideTheRequestedRange() {
    String text = "Kop\n\nEerste zin. Tweede zin.";
    int begin = text.indexOf("Eerste");
    assertThat(splitter.split(text, begin, text.length()))
        .allMatch(s -> s.begin() >= begin && s.end() <= text.length())
        .hasSize(2);
  }
}
