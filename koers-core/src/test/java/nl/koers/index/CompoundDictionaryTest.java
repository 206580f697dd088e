package nl.koers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.koers.SharedCorpus;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compound splitting over OpenTaal's word list, which the launcher installs (Debian wdutch). */
class CompoundDictionaryTest {
  @BeforeAll
  static void wordListIsThere() {
    SharedCorpus.requireFile(java.nio.file.Path.of("/usr/share/dict/dutch"), "Debian's wdutch");
  }

  private static List<String> parts(String word) {
    List<String> out = new ArrayList<>();
    for (int[] p : CompoundDictionary.standard().split(word)) {
      out.add(word.substring(p[0], p[1]));
    }
    return out;
  }

  /** term/start/end/positionIncrement of each token, unstemmed (the exact analyzer's view). */
  private static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (var a =
            new org.apache.lucene.analysis.Analyzer() {
              @Override
              protected TokenStreamComponents createComponents(String f) {
                var source = new org.apache.lucene.analysis.standard.StandardTokenizer();
                return new TokenStreamComponents(
                    source,
                    new DutchCompoundFilter(
                        new org.apache.lucene.analysis.LowerCaseFilter(source),
                        CompoundDictionary.standard()));
              }
            };
        TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t + "/" + o.startOffset() + "/" + o.endOffset() + "/" + p.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void splitsACompoundIntoItsPartsAtTheSamePosition() throws IOException {
    assertThat(tokens("nieuw sanctiepakket"))
        .containsExactly("nieuw/0/5/1", "sanctiepakket/6/19/1", "sanctie/6/19/0", "pakket/6/19/0");
  }

  @Test
  void aCompoundMetAgainIsSplitTheSameWayFromTheFiltersMemory() throws IOException {
    assertThat(tokens("sanctiepakket, verdragen en weer een sanctiepakket"))
        .containsExactly(
            "sanctiepakket/0/13/1",
            "sanctie/0/13/0",
            "pakket/0/13/0",
            "verdragen/15/24/1",
            "en/25/27/1",
            "weer/28/32/1",
            "een/33/36/1",
            "sanctiepakket/37/50/1",
            "sanctie/37/50/0",
            "pakket/37/50/0");
  }

  @Test
  void splitsAcrossALinkingS() {
    assertThat(parts("begrotingsstaat")).containsExactly("begroting", "staat");
    assertThat(parts("kabinetsreactie")).containsExactly("kabinet", "reactie");
  }

  @Test
  void splitsLongPartsAgain() {
    assertThat(parts("politietrainingsmissie")).contains("politie", "training", "missie");
  }

  @Test
  void splitsAnInflectedCompoundAsItsStem() {
    assertThat(parts("sanctiepakketten")).containsExactly("sanctie", "pakketten");
    assertThat(parts("mensenrechten")).hasSize(2).last().isEqualTo("rechten");
  }

  @Test
  void splitsPlaceNamesKnownAsDomainParts() {
    assertThat(parts("gazastrook")).containsExactly("gaza", "strook");
  }

  @Test
  void leavesWordsThatMerelyContainAWordWhole() {
    assertThat(parts("verdragen")).isEmpty(); // not ver + dragen
    assertThat(parts("gesprekken")).isEmpty(); // not gesp + rekken
    assertThat(parts("voorzitter")).isEmpty(); // not voor + zitter
    assertThat(parts("veiligheid")).isEmpty(); // not veilig + heid
    assertThat(parts("onderhandelingen")).isEmpty();
    assertThat(parts("groenland")).isEmpty(); // a name, not groen + land
    assertThat(parts("greenland")).isEmpty(); // a gazetteer name in English, not green + land
  }

  @Test
  void leavesNumbersAndIdsAlone() throws IOException {
    assertThat(tokens("kst-21501-02-2976")).hasSize(4).allMatch(t -> t.endsWith("/1"));
  }

  @Test
  void theQuickFoldOfPlainWordsAgreesWithTheFullFoldAndLeavesTheRestToIt() {
    char[] buffer = new char[CompoundDictionary.MAX_WORD * 4];
    for (String w : List.of("ministerraad", "verdrag", "sanctiepakket")) {
      int n = CompoundDictionary.asciiLowerLetters(w, buffer);
      assertThat(new String(buffer, 0, n)).isEqualTo(CompoundDictionary.fold(w)).isEqualTo(w);
    }
    // capitals, accents, hyphens and apostrophes take the full fold (or are no part at all)
    for (String w : List.of("Groenland", "café", "e-mail", "auto's", " raad")) {
      assertThat(CompoundDictionary.asciiLowerLetters(w, buffer)).isEqualTo(-1);
    }
    assertThat(CompoundDictionary.standard().isWord("ministerraad")).isTrue();
    assertThat(CompoundDictionary.standard().isWord("cafe")).isTrue();
  }
}
