package nl.koers.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryVocabularyTest {
  private final QueryVocabulary vocabulary = QueryVocabulary.standard();

  @Test
  void readsEnglishQueriesAsEnglish() {
    assertThat(vocabulary.isEnglish("police training mission")).isTrue();
    assertThat(vocabulary.isEnglish("sanctions against russia")).isTrue();
    assertThat(vocabulary.isEnglish("what did the government say about the NATO summit")).isTrue();
  }

  @Test
  void readsDutchQueriesAndBareNamesAsDutch() {
    assertThat(vocabulary.isEnglish("sancties tegen Rusland")).isFalse();
    assertThat(vocabulary.isEnglish("defensie-uitgaven van de lidstaten")).isFalse();
    assertThat(vocabulary.isEnglish("Iraq")).isFalse();
  }

  @Test
  void expandsEntityNamesInBothDirections() {
    assertThat(vocabulary.expansions("Wit-Rusland", false)).anyMatch(l -> l.contains("Belarus"));
    assertThat(vocabulary.expansions("Amerikaanse", false))
        .anyMatch(l -> l.contains("Verenigde Staten"));
    assertThat(vocabulary.expansions("Irak", false)).anyMatch(l -> l.contains("Iraq"));
  }

  @Test
  void expandsTheAbbreviationUsButNotThePronoun() {
    assertThat(vocabulary.expansions("US", true)).anyMatch(l -> l.contains("Verenigde Staten"));
    assertThat(vocabulary.expansions("tell us", true)).noneMatch(l -> l.contains("Verenigde"));
  }

  @Test
  void translatesUnambiguousEnglishInEveryQueryAndAmbiguousEnglishOnlyInEnglishOnes() {
    assertThat(vocabulary.expansions("human rights", false))
        .anyMatch(l -> l.contains("mensenrechten"));
    // "land" is a Dutch word: in a Dutch query it stays itself
    assertThat(vocabulary.expansions("land", false)).isEmpty();
    assertThat(vocabulary.isEnglish("human rights china")).isTrue();
  }

  @Test
  void translatesEnglishPolicyWordsAndTheirPlurals() {
    assertThat(vocabulary.expansions("sanctions", true))
        .anyMatch(l -> l.startsWith("sanctions → ") && l.contains("sancties"));
  }
}
