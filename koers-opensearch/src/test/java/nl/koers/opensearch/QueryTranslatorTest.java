package nl.koers.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.search.PaperQueryParser;
import nl.koers.search.QueryVocabulary;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Lucene queries as query DSL, node for node. */
class QueryTranslatorTest {
  @Test
  void aBoostedBooleanKeepsItsOccurrencesAndBoosts() {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(
                new BoostQuery(new TermQuery(new Term("body", "sanctie")), 2f),
                BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term("title_text", "rusland")), BooleanClause.Occur.MUST)
            .build();
    assertThat(QueryTranslator.translate(q).toString())
        .isEqualTo(
            "{\"bool\":{\"should\":[{\"term\":{\"body\":{\"value\":\"sanctie\",\"boost\":2.0}}}],"
                + "\"must\":[{\"term\":{\"title_text\":{\"value\":\"rusland\"}}}],"
                + "\"minimum_should_match\":0}}");
  }

  @Test
  void aKeywordTermScoresThroughItsTextSubField() {
    assertThat(
            QueryTranslator.translate(new TermQuery(new Term("docid", "kst-21501-02-2244")))
                .toString())
        .isEqualTo("{\"term\":{\"docid.t\":{\"value\":\"kst-21501-02-2244\"}}}");
  }

  @Test
  void aSynonymSetIsOnePositionJoinedByBars() {
    SynonymQuery s =
        new SynonymQuery.Builder("body")
            .addTerm(new Term("body", "navo"))
            .addTerm(new Term("body", "nato"))
            .build();
    assertThat(QueryTranslator.translate(s).toString())
        .isEqualTo("{\"match\":{\"body\":{\"query\":\"nato|navo\"}}}");
  }

  @Test
  void aPhraseKeepsTheGapOfItsStopWord() {
    PhraseQuery p =
        new PhraseQuery.Builder()
            .add(new Term("body", "staakt"), 0)
            .add(new Term("body", "vur"), 2)
            .build();
    assertThat(QueryTranslator.translate(p).toString())
        .isEqualTo("{\"match_phrase\":{\"body\":{\"query\":\"staakt _ vur\",\"slop\":0}}}");
  }

  @Test
  void everyQueryThePaperParserBuildsForTheDevQueriesTranslatesWithoutAnUnsupportedNode()
      throws Exception {
    PaperQueryParser parser = new PaperQueryParser(QueryVocabulary.standard());
    for (String line :
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("../eval/search/queries.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      PaperQueryParser.Parsed parsed = parser.parse(line.split("\t")[2]);
      assertThat(QueryTranslator.translate(parsed.papers()).toString()).isNotEmpty();
      assertThat(QueryTranslator.translate(parsed.passages()).toString()).isNotEmpty();
    }
  }
}
