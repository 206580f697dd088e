package nl.koers.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query set with graded judgments in TREC formats: topics as {@code qid<TAB>lang<TAB>query}
 * ({@code #} comment lines allowed) and qrels as {@code qid 0 docid rel}, rel 0–3, doc id the file
 * name without extension.
 */
public record SearchJudgments(List<Topic> topics, Map<String, Map<String, Integer>> qrels) {

  /** One query: its id, language ({@code nl}, {@code en}) and text as typed. */
  public record Topic(String qid, String lang, String query) {}

  /**
   * Reads both files.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public static SearchJudgments read(Path topicsFile, Path qrelsFile) throws IOException {
    List<Topic> topics = new ArrayList<>();
    List<String> lines = Files.readAllLines(topicsFile, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException(
            topicsFile + " line " + (i + 1) + ": expected qid<TAB>lang<TAB>query");
      }
      topics.add(new Topic(f[0].strip(), f[1].strip(), f[2].strip()));
    }
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    lines = Files.readAllLines(qrelsFile, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 4 || !f[3].matches("-?\\d+")) {
        throw new IllegalArgumentException(
            qrelsFile + " line " + (i + 1) + ": expected qid 0 docid rel");
      }
      qrels.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[2], Integer.parseInt(f[3]));
    }
    return new SearchJudgments(List.copyOf(topics), qrels);
  }

  /** The graded relevance of each judged paper for a query (empty when none was judged). */
  public Map<String, Integer> judged(String qid) {
    return qrels.getOrDefault(qid, Map.of());
  }
}
