package nl.koers.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.index.DutchSearchAnalyzer;
import nl.koers.index.Fields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of each hit that best shows why it matched, chosen as the embedded engine chooses it
 * (the highest BM25 score among the paper's matching passages, passages under 200 characters
 * discounted in proportion; the first on a tie) from the scores the cluster computes, then
 * highlighted here by Lucene's unified highlighter with the embedded engine's settings, so both
 * engines show the same words marked the same way.
 */
final class Highlights {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int MAX_HIGHLIGHT = 100_000;

  /** More matching passages than this per page are not looked at. */
  private static final int MAX_PASSAGES = 10_000;

  private final UnifiedHighlighter highlighter =
      UnifiedHighlighter.builderWithoutSearcher(new DutchSearchAnalyzer())
          .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
          .withMaxLength(MAX_HIGHLIGHT)
          .build();

  record Passage(int begin, String highlight, int matching) {}

  Map<String, Passage> best(OpenSearchEngine engine, Query passageQuery, List<String> ids)
      throws IOException {
    if (ids.isEmpty() || passageQuery instanceof MatchAllDocsQuery) {
      return Map.of();
    }
    ObjectNode body = F.objectNode();
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(QueryTranslator.translate(passageQuery));
    ArrayNode filter = bool.putArray("filter");
    ArrayNode terms = filter.addObject().putObject("terms").putArray(Fields.DOC_ID);
    ids.forEach(terms::add);
    filter.add(OpenSearchEngine.termFilter(Fields.TYPE, Fields.TYPE_PASSAGE));
    body.put("size", MAX_PASSAGES);
    body.putArray("_source")
        .add(Fields.DOC_ID)
        .add(Fields.PASSAGE_BEGIN)
        .add(Fields.PASSAGE_LENGTH)
        .add("passage_text");
    JsonNode hits =
        engine
            .searchCall(body, Map.of("search_type", "dfs_query_then_fetch"))
            .path("hits")
            .path("hits");
    List<JsonNode> all = new ArrayList<>();
    hits.forEach(all::add);
    // the embedded engine meets a paper's passages in text order; the first of equals wins
    all.sort(
        java.util.Comparator.comparing(
                (JsonNode h) -> h.path("_source").path(Fields.DOC_ID).asText())
            .thenComparingLong(h -> h.path("_source").path(Fields.PASSAGE_BEGIN).asLong()));
    Map<String, JsonNode> chosen = new HashMap<>();
    Map<String, Double> scores = new HashMap<>();
    Map<String, Integer> matching = new HashMap<>();
    for (JsonNode h : all) {
      JsonNode s = h.path("_source");
      String id = s.path(Fields.DOC_ID).asText();
      long length = s.path(Fields.PASSAGE_LENGTH).asLong(200);
      double score = (float) h.path("_score").asDouble() * Math.min(1.0, length / 200.0);
      matching.merge(id, 1, Integer::sum);
      Double b = scores.get(id);
      if (b == null || score > b) {
        scores.put(id, score);
        chosen.put(id, s);
      }
    }
    Map<String, Passage> out = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : chosen.entrySet()) {
      JsonNode s = e.getValue();
      Object marked =
          highlighter.highlightWithoutSearcher(
              Fields.TEXT, passageQuery, s.path("passage_text").asText(), 2);
      out.put(
          e.getKey(),
          new Passage(
              s.path(Fields.PASSAGE_BEGIN).asInt(),
              marked == null ? null : marked.toString(),
              matching.get(e.getKey())));
    }
    return out;
  }
}
