package nl.koers.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * The query Koers parsed ({@link nl.koers.search.PaperQueryParser}, the same parser the embedded
 * engine uses) as OpenSearch query DSL, node for node: a term stays a term, a boolean stays a bool
 * with the same occurrences, a boost a boost, a synonym set (terms at one position) becomes a
 * {@code match} whose {@code |}-joined terms the cluster puts back at one position (OpenSearch
 * builds the same Lucene {@code SynonymQuery} from it), a phrase a {@code match_phrase} with its
 * gaps. The cluster then runs the same Lucene query on the same terms, so scores agree.
 */
final class QueryTranslator {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Fields the embedded engine indexes as one untokenized term (StringField). */
  static final java.util.Set<String> KEYWORDS =
      java.util.Set.of(
          nl.koers.index.Fields.TYPE,
          nl.koers.index.Fields.DOC_ID,
          nl.koers.index.Fields.SOURCE,
          nl.koers.index.Fields.SHA256,
          nl.koers.index.Fields.KIND,
          nl.koers.index.Fields.DOSSIER,
          nl.koers.index.Fields.AUTHOR,
          nl.koers.index.Fields.ENTITY,
          nl.koers.index.Fields.TOPIC);

  private QueryTranslator() {}

  static ObjectNode translate(Query q) {
    return translate(q, 1f);
  }

  private static ObjectNode translate(Query q, float boost) {
    if (q instanceof BoostQuery b) {
      return translate(b.getQuery(), boost * b.getBoost());
    }
    ObjectNode out = F.objectNode();
    if (q instanceof TermQuery t) {
      String field = t.getTerm().field();
      // a keyword field's own term query scores constantly; its .t sub-field scores by BM25 as
      // Lucene scores a StringField (see the template's _meta)
      ObjectNode body =
          out.putObject("term").putObject(KEYWORDS.contains(field) ? field + ".t" : field);
      body.put("value", t.getTerm().text());
      boost(body, boost);
    } else if (q instanceof BooleanQuery bq) {
      ObjectNode bool = out.putObject("bool");
      for (BooleanClause c : bq.clauses()) {
        String occur =
            switch (c.occur()) {
              case MUST -> "must";
              case SHOULD -> "should";
              case FILTER -> "filter";
              case MUST_NOT -> "must_not";
            };
        ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
        list.add(translate(c.query()));
      }
      boolean onlyShould =
          bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
      if (bq.getMinimumNumberShouldMatch() > 0) {
        bool.put("minimum_should_match", bq.getMinimumNumberShouldMatch());
      } else if (!onlyShould && bool.has("should")) {
        // Lucene: with a MUST or FILTER clause, SHOULD clauses only add score
        bool.put("minimum_should_match", 0);
      }
      boost(bool, boost);
    } else if (q instanceof SynonymQuery s) {
      StringBuilder joined = new StringBuilder();
      String field = null;
      for (Term t : s.getTerms()) {
        field = t.field();
        joined.append(joined.isEmpty() ? "" : "|").append(t.text());
      }
      ObjectNode body = out.putObject("match").putObject(field);
      body.put("query", joined.toString());
      boost(body, boost);
    } else if (q instanceof PhraseQuery p) {
      Term[] terms = p.getTerms();
      int[] positions = p.getPositions();
      ObjectNode body = out.putObject("match_phrase").putObject(p.getField());
      body.put("query", phrase(terms, positions));
      body.put("slop", p.getSlop());
      boost(body, boost);
    } else if (q instanceof MultiPhraseQuery mp) {
      Term[][] arrays = mp.getTermArrays();
      int[] positions = mp.getPositions();
      StringBuilder b = new StringBuilder();
      int last = -1;
      String field = null;
      for (int i = 0; i < arrays.length; i++) {
        for (int gap = last + 1; gap < positions[i] && last >= 0; gap++) {
          b.append(" _");
        }
        b.append(b.isEmpty() ? "" : " ");
        for (int k = 0; k < arrays[i].length; k++) {
          field = arrays[i][k].field();
          b.append(k == 0 ? "" : "|").append(arrays[i][k].text());
        }
        last = positions[i];
      }
      ObjectNode body = out.putObject("match_phrase").putObject(field);
      body.put("query", b.toString());
      body.put("slop", mp.getSlop());
      boost(body, boost);
    } else if (q instanceof PrefixQuery p) {
      ObjectNode body = out.putObject("prefix").putObject(p.getPrefix().field());
      body.put("value", p.getPrefix().text());
      body.put("rewrite", "constant_score");
      boost(body, boost);
    } else if (q instanceof WildcardQuery w) {
      ObjectNode body = out.putObject("wildcard").putObject(w.getTerm().field());
      body.put("value", w.getTerm().text());
      body.put("rewrite", "constant_score");
      boost(body, boost);
    } else if (q instanceof FuzzyQuery fq) {
      ObjectNode body = out.putObject("fuzzy").putObject(fq.getTerm().field());
      body.put("value", fq.getTerm().text());
      body.put("fuzziness", fq.getMaxEdits());
      body.put("prefix_length", fq.getPrefixLength());
      boost(body, boost);
    } else if (q instanceof TermInSetQuery ts) {
      ArrayNode values = F.arrayNode();
      ts.getBytesRefIterator();
      try {
        var it = ts.getBytesRefIterator();
        for (var ref = it.next(); ref != null; ref = it.next()) {
          values.add(ref.utf8ToString());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      ObjectNode body = out.putObject("terms");
      body.set(ts.getField(), values);
      body.put("boost", boost);
    } else if (q instanceof ConstantScoreQuery cs) {
      ObjectNode body = out.putObject("constant_score");
      body.set("filter", translate(cs.getQuery()));
      boost(body, boost);
    } else if (q instanceof MatchAllDocsQuery) {
      boost(out.putObject("match_all"), boost);
    } else if (q instanceof MatchNoDocsQuery) {
      out.putObject("match_none");
    } else {
      throw new IllegalArgumentException(
          "this query cannot be searched on OpenSearch yet ("
              + q.getClass().getSimpleName()
              + ": "
              + q
              + ")");
    }
    return out;
  }

  /** Phrase terms at their positions, a skipped position (a stop word) as {@code _}. */
  private static String phrase(Term[] terms, int[] positions) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) {
        for (int gap = positions[i - 1] + 1; gap < positions[i]; gap++) {
          b.append(" _");
        }
        b.append(' ');
      }
      b.append(terms[i].text());
    }
    return b.toString();
  }

  private static void boost(ObjectNode body, float boost) {
    if (boost != 1f) {
      body.put("boost", boost);
    }
  }
}
