package nl.koers.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.koers.cli.TableOutput;
import nl.koers.document.Json;

/**
 * Answers a list route as JSON (default), CSV or JSON Lines, chosen with {@code format=}: the same
 * rows a spreadsheet or a script can take. Rows are written to the response as they are serialised,
 * never first gathered into one string (an export of every figure would otherwise be held twice in
 * memory).
 */
final class Export {
  private Export() {}

  static final Set<String> FORMATS = Set.of("json", "csv", "jsonl");

  /** Writes rows of a record type in the requested format; {@code json} wraps them with a count. */
  static <T> void rows(Context ctx, String name, Class<T> type, List<T> rows) throws IOException {
    String format = Params.choice(ctx, "format", "json", FORMATS);
    switch (format) {
      case "csv" -> {
        download(ctx, "text/csv; charset=utf-8", name + ".csv");
        try (PrintWriter w = writer(ctx)) {
          TableOutput.csv(w, type, rows);
        }
      }
      case "jsonl" -> {
        download(ctx, "application/x-ndjson; charset=utf-8", name + ".jsonl");
        try (PrintWriter w = writer(ctx)) {
          TableOutput.jsonl(w, rows);
        }
      }
      default -> {
        ctx.contentType("application/json; charset=utf-8");
        try (JsonGenerator g = Json.mapper().createGenerator(ctx.outputStream())) {
          g.writeStartObject();
          g.writeNumberField("count", rows.size());
          g.writeArrayFieldStart("items");
          for (T row : rows) {
            g.writeObject(row);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
      }
    }
  }

  private static PrintWriter writer(Context ctx) {
    return new PrintWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
  }

  private static void download(Context ctx, String type, String file) {
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }
}
