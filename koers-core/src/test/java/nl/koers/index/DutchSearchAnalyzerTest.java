package nl.koers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class DutchSearchAnalyzerTest {
  private final DutchSearchAnalyzer analyzer = new DutchSearchAnalyzer();

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void stemsPluralsWithTheirSingular() throws IOException {
    assertThat(terms("sancties")).isEqualTo(terms("sanctie"));
    assertThat(terms("verkiezingen")).isEqualTo(terms("verkiezing"));
  }

  @Test
  void foldsAccents() throws IOException {
    assertThat(terms("Oekraïne")).isEqualTo(terms("Oekraine"));
  }

  @Test
  void keepsSpacedAndCompactDossierNumbersFindableAlike() throws IOException {
    assertThat(terms("21 501-02")).containsExactly("21501", "02");
    assertThat(terms("kst-21501-02-2976")).containsExactly("kst", "21501", "02", "2976");
  }

  @Test
  void dropsStopWordsButKeepsContentWords() throws IOException {
    assertThat(terms("het staakt-het-vuren")).doesNotContain("het").hasSize(2);
  }

  @Test
  void keepsOffsetsInsideTheInputOnRandomText() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab cë-é.,0123 45XYZ\n";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String text = b.toString();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        assertThat(offsets.startOffset()).as("seed %d", seed).isBetween(0, text.length());
        assertThat(offsets.endOffset())
            .as("seed %d", seed)
            .isBetween(offsets.startOffset(), text.length());
      }
      ts.end();
    }
  }
}
