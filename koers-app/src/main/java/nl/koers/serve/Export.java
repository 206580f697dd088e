package nl.koers.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import nl.koers.cli.TableOutput;
import nl.koers.document.Json;

/**
 * Answers a list route as JSON (default), CSV or JSON Lines, chosen with {@code format=}: the same
 * rows a spreadsheet or a script can take.
 */
final class Export {
  private Export() {}

  static final Set<String> FORMATS = Set.of("json", "csv", "jsonl");

  /** Writes rows of a record type in the requested format; {@code json} wraps them with a count. */
  static <T> void rows(Context ctx, String name, Class<T> type, List<T> rows) throws IOException {
    String format = Params.choice(ctx, "format", "json", FORMATS);
    switch (format) {
      case "csv" -> {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
          TableOutput.csv(w, type, rows);
        }
        download(ctx, "text/csv; charset=utf-8", name + ".csv", out);
      }
      case "jsonl" -> {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
          TableOutput.jsonl(w, rows);
        }
        download(ctx, "application/x-ndjson; charset=utf-8", name + ".jsonl", out);
      }
      default -> {
        var root = Json.mapper().createObjectNode();
        root.put("count", rows.size());
        root.set("items", Json.mapper().valueToTree(rows));
        Api.json(ctx, root);
      }
    }
  }

  private static void download(Context ctx, String type, String file, StringWriter body) {
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.result(body.toString());
  }
}
