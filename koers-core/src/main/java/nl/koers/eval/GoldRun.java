package nl.koers.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.koers.document.Json;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;

/** Extracts every paper a gold file names from a folder and scores the result. */
public final class GoldRun {
  private GoldRun() {}

  /**
   * @param gold a gold.jsonl file, one object per paper with its {@code file}
   * @param docs the folder holding the papers
   * @param unreadable told of each paper that could not be read (it then scores as all-null)
   */
  public static Evaluator.Report evaluate(
      Path gold, Path docs, PaperProcessor processor, Consumer<Outcome> unreadable)
      throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        lines.add(Json.mapper().readTree(line));
      }
    }
    Map<String, JsonNode> extracted = new HashMap<>();
    for (JsonNode g : lines) {
      String file = g.path("file").asText();
      Outcome o = processor.process(docs.resolve(file));
      if (o.status() == Outcome.Status.READ) {
        extracted.put(file, Json.mapper().valueToTree(ExtractionRecord.of(o.document())));
      } else {
        unreadable.accept(o);
      }
    }
    return new Evaluator().evaluate(lines, extracted);
  }
}
