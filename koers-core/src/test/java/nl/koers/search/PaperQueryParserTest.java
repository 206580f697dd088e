package nl.koers.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.Test;

class PaperQueryParserTest {
  private final PaperQueryParser parser = new PaperQueryParser(QueryVocabulary.standard());

  @Test
  void makesEveryPlainWordOptional() {
    PaperQueryParser.Parsed p = parser.parse("financiering Europese Vredesfaciliteit");
    assertThat(p.notice()).isNull();
    assertThat(p.papers()).isInstanceOf(BooleanQuery.class);
    assertThat(((BooleanQuery) p.papers()).clauses())
        .isNotEmpty()
        .allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
  }

  @Test
  void keepsExplicitOperators() {
    String q = parser.parse("sancties AND Rusland -Belarus").papers().toString();
    assertThat(q).contains("+").contains("-");
  }

  @Test
  void readsAQuotedPhraseExactlyWithoutSynonymsOrParts() {
    String q = parser.parse("\"Verenigde Staten\"").papers().toString();
    assertThat(q).contains("\"verenigde stat\"").doesNotContain("navo").doesNotContain("vs");
  }

  @Test
  void expandsAnAbbreviationToTheEntitysOtherNames() {
    PaperQueryParser.Parsed p = parser.parse("NATO");
    assertThat(p.papers().toString()).contains("navo");
    assertThat(p.expansions()).anyMatch(l -> l.startsWith("NATO → ") && l.contains("NAVO"));
  }

  @Test
  void findsTheCitedPaperForAWrittenCitation() {
    assertThat(parser.parse("Kamerstuk 21 501-02, nr. 2958").papers().toString())
        .contains("docid:kst-21501-02-2958");
    assertThat(parser.parse("kst-21501-02-2976").papers().toString())
        .contains("docid:kst-21501-02-2976");
  }

  @Test
  void readsAnUnknownFieldAsWords() {
    PaperQueryParser.Parsed p = parser.parse("Oekraïne: steun");
    assertThat(p.papers().toString()).contains("oekrain").contains("steun");
  }

  @Test
  void answersAPurelyNegativeQueryWithEverythingElse() {
    String q = parser.parse("NOT VS").papers().toString();
    assertThat(q).contains("*:*").contains("-");
  }

  @Test
  void retriesBrokenSyntaxAsWordsAndSaysSo() {
    PaperQueryParser.Parsed p = parser.parse("\"sancties rusland");
    assertThat(p.notice()).contains("syntax");
    assertThat(p.papers().toString()).contains("sanctie");
  }

  @Test
  void boundsHostileQueries() {
    String nested = "(".repeat(10_000) + "navo" + ")".repeat(10_000);
    assertThat(parser.parse(nested).notice()).contains("nests");
    String huge = "defensie ".repeat(12_000);
    assertThat(parser.parse(huge).notice()).contains("cut");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      many.append("w").append(i).append(' ');
    }
    assertThat(parser.parse(many.toString()).notice()).contains("words");
    assertThat(parser.parse("*a*").notice()).isNotNull();
    assertThat(parser.parse("/.*ab[c/ xx~2").papers()).isNotNull();
    assertThat(parser.parse("bad \uD800 surrogate \u0000").papers().toString())
        .contains("surrogat");
    assertThat(parser.parse("AND OR NOT").papers()).isNotNull();
  }
}
