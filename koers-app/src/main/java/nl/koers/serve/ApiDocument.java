package nl.koers.serve;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.analyse.CitationGraph;
import nl.koers.analyse.CommitmentTable;
import nl.koers.analyse.Comparison;
import nl.koers.analyse.FigureTable;
import nl.koers.analyse.Timeline;
import nl.koers.document.Json;
import nl.koers.search.IndexStats;
import nl.koers.search.SearchHit;

/**
 * Finishes the OpenAPI document the annotations produce: each route's 200 answer gets the schema of
 * the type it actually sends ({@link ResponseSchemas}), list routes their {@code {count, items}}
 * envelope, and every error its {@code {status, error}} body. The annotation processor's own
 * schemas merge types of one simple name (four records called {@code Row}) and know nothing of
 * nulls or of how Jackson writes enums, so they are replaced, and the document becomes OpenAPI 3.1
 * (whose schemas are JSON Schema 2020-12 and can say "a string or null").
 */
final class ApiDocument {
  private ApiDocument() {}

  /** The envelope a list route answers with in JSON. */
  record Listing<T>(int count, List<T> items) {}

  /** An error answer. */
  record Error(int status, String error) {}

  /** What an upload answers: one outcome per file part. */
  record UploadResults(List<DocumentRoutes.Outcome> results) {}

  /** The citation graph in JSON. */
  record Graph(List<CitationGraph.Node> nodes, List<CitationGraph.Edge> edges) {}

  private static final TypeFactory TYPES = Json.mapper().getTypeFactory();

  /** The type each route answers 200 with, keyed {@code METHOD /path} as the document has it. */
  static Map<String, JavaType> answers() {
    Map<String, JavaType> m = new LinkedHashMap<>();
    m.put("get /v1/health", type(MetaRoutes.Health.class));
    m.put("get /v1/stats", type(IndexStats.class));
    m.put("get /v1/suggest", list(MetaRoutes.Suggestion.class));
    m.put("get /v1/search", type(SearchRoutes.Page.class));
    m.put("get /v1/similar", list(SearchHit.class));
    m.put("get /v1/documents", listing(DocumentRoutes.PaperRow.class));
    m.put("post /v1/documents", type(UploadResults.class));
    m.put("get /v1/documents/{id}", type(DocumentRoutes.Detail.class));
    m.put("get /v1/entities", listing(SubjectRoutes.EntityRow.class));
    m.put("get /v1/entities/{id}", type(SubjectRoutes.EntityDetail.class));
    m.put("get /v1/topics", listing(SubjectRoutes.TopicRow.class));
    m.put("get /v1/topics/{id}", type(SubjectRoutes.TopicDetail.class));
    m.put("get /v1/timeline", type(Timeline.Result.class));
    m.put("get /v1/compare", type(Comparison.class));
    m.put("get /v1/figures", listing(FigureTable.Row.class));
    m.put("get /v1/commitments", listing(CommitmentTable.Row.class));
    m.put("get /v1/refs/{id}", type(GraphRoutes.Refs.class));
    m.put("get /v1/graph", type(Graph.class));
    m.put("get /v1/dossiers/{dossier}", type(GraphRoutes.Dossier.class));
    m.put("get /v1/watches", listing(WatchRoutes.WatchView.class));
    m.put("post /v1/watches", type(WatchRoutes.WatchView.class));
    m.put("get /v1/watches/{id}", type(WatchRoutes.WatchView.class));
    m.put("delete /v1/watches/{id}", type(WatchRoutes.Removed.class));
    m.put("get /v1/schedule", type(Schedule.Status.class));
    return m;
  }

  /** The JSON body each route takes, keyed as {@link #answers()}. */
  static Map<String, JavaType> requests() {
    return Map.of("post /v1/watches", type(WatchRoutes.NewWatch.class));
  }

  private static JavaType type(Class<?> c) {
    return TYPES.constructType(c);
  }

  private static JavaType list(Class<?> c) {
    return TYPES.constructCollectionType(List.class, c);
  }

  private static JavaType listing(Class<?> c) {
    return TYPES.constructParametricType(Listing.class, c);
  }

  /** The finished document, as the plugin's definition processor returns it. */
  static String process(ObjectNode doc) {
    ResponseSchemas schemas = new ResponseSchemas();
    Map<String, JavaType> answers = answers();
    ObjectNode error = schemas.schema(type(Error.class));
    doc.put("openapi", "3.1.0");
    JsonNode paths = doc.path("paths");
    for (var path : paths.properties()) {
      for (var op : path.getValue().properties()) {
        String key = op.getKey() + " " + path.getKey();
        if (requests().containsKey(key)) {
          ((ObjectNode) op.getValue())
              .putObject("requestBody")
              .put("required", true)
              .putObject("content")
              .putObject("application/json")
              .set("schema", schemas.schema(requests().get(key)));
        }
        ObjectNode responses = (ObjectNode) op.getValue().path("responses");
        for (var response : responses.properties()) {
          ObjectNode r = (ObjectNode) response.getValue();
          String status = response.getKey();
          if (status.equals("200") && answers.containsKey(key)) {
            r.putObject("content")
                .putObject("application/json")
                .set("schema", schemas.schema(answers.get(key)));
          } else if (!status.startsWith("2")) {
            r.putObject("content").putObject("application/json").set("schema", error.deepCopy());
          }
        }
      }
    }
    ObjectNode components = (ObjectNode) doc.path("components");
    ObjectNode out = components.putObject("schemas");
    schemas.schemas().forEach(out::set);
    // a request needs only what the route cannot do without; the rest may be left out
    if (out.get("NewWatch") instanceof ObjectNode newWatch) {
      newWatch.putArray("required").add("name");
    }
    return doc.toPrettyString();
  }
}
