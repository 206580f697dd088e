package nl.koers.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.document.Json;

/**
 * One line of a course label file ({@code eval/course/*.jsonl}): the paper ({@code doc}, its file
 * name without extension), the {@code anchor} that finds the sentence, and the whole line for the
 * analysis' own keys. {@code where} is {@code file:line} for messages.
 */
public record CourseLabel(String where, String doc, String anchor, JsonNode json) {

  /** Reads a JSON Lines label file; blank lines are skipped, a malformed line is an error. */
  public static List<CourseLabel> read(Path file) throws IOException {
    List<CourseLabel> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file.getFileName() + ":" + (i + 1);
      JsonNode n;
      try {
        n = Json.mapper().readTree(lines.get(i));
      } catch (IOException e) {
        throw new IOException(where + ": not JSON: " + e.getMessage(), e);
      }
      if (!n.hasNonNull("doc") || !n.hasNonNull("anchor")) {
        throw new IOException(where + ": a label needs \"doc\" and \"anchor\"");
      }
      out.add(new CourseLabel(where, n.get("doc").asText(), n.get("anchor").asText(), n));
    }
    return out;
  }
}
