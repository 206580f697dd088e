package nl.koers.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.document.Document;
import nl.koers.index.DocumentMapper;
import nl.koers.index.DutchSearchAnalyzer;
import nl.koers.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * A Koers {@link Document} as the cluster's documents: exactly the entries the embedded engine
 * writes ({@link DocumentMapper#toLucene}, one paper entry and one per passage), each field with
 * the same value, full-text fields analysed here ({@link Tokens}). Ids are the paper id and {@code
 * <id>#<n>} for its passages, so writing a paper again overwrites it instead of adding a copy.
 */
final class PaperDocs {
  private final DocumentMapper mapper = new DocumentMapper();
  private final Analyzer analyzer = new DutchSearchAnalyzer();

  /** One document to write: its id and body. */
  record Entry(String id, ObjectNode body) {}

  List<Entry> entries(Document d) throws IOException {
    return entries(d, 0, 0);
  }

  /**
   * As {@link #entries(Document)}, the paper entry stamped with when its id first entered the index
   * and when this version did (epoch ms; 0 leaves the field out), as the embedded engine stamps it.
   */
  List<Entry> entries(Document d, long ingested, long changed) throws IOException {
    List<Entry> out = new ArrayList<>();
    int n = 0;
    for (org.apache.lucene.document.Document lucene : mapper.toLucene(d, ingested, changed)) {
      ObjectNode body = json(lucene);
      boolean paper = Fields.TYPE_DOC.equals(body.path(Fields.TYPE).asText());
      out.add(new Entry(paper ? d.id() : d.id() + "#" + n++, body));
    }
    return out;
  }

  private ObjectNode json(org.apache.lucene.document.Document lucene) throws IOException {
    Map<String, Set<Object>> values = new LinkedHashMap<>();
    ObjectNode out = Cluster.JSON.createObjectNode();
    for (IndexableField f : lucene.getFields()) {
      String name = f.name();
      if (name.equals(Fields.JSON)) {
        var ref = f.binaryValue();
        out.set(Fields.JSON, Cluster.JSON.readTree(ref.bytes, ref.offset, ref.length));
        continue;
      }
      if (f.fieldType().tokenized() && f.fieldType().indexOptions() != IndexOptions.NONE) {
        out.put(name, Tokens.encode(analyzer, name, f.stringValue()));
        if (name.equals(Fields.TEXT)) {
          out.put("passage_text", f.stringValue());
        }
        continue;
      }
      Object value;
      if (f.numericValue() != null) {
        value = f.numericValue().longValue();
      } else if (f.stringValue() != null) {
        value = f.stringValue();
      } else if (f.binaryValue() != null
          && (f.fieldType().docValuesType() == DocValuesType.SORTED_SET
              || f.fieldType().docValuesType() == DocValuesType.SORTED)) {
        value = f.binaryValue().utf8ToString();
      } else {
        continue; // a point: its value also comes as doc values
      }
      if (f.fieldType().indexOptions() == IndexOptions.NONE
          && f.fieldType().docValuesType() == DocValuesType.NUMERIC
          && values.containsKey(name)) {
        continue;
      }
      values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value);
    }
    values.forEach(
        (name, set) -> {
          if (set.size() == 1) {
            out.set(name, Cluster.JSON.valueToTree(set.iterator().next()));
          } else {
            ArrayNode a = out.putArray(name);
            set.forEach(v -> a.add(Cluster.JSON.valueToTree(v)));
          }
        });
    return out;
  }

  /** A paper back from its stored JSON. */
  static Document document(JsonNode source) throws IOException {
    return Cluster.JSON.treeToValue(source.get(Fields.JSON), Document.class);
  }
}
