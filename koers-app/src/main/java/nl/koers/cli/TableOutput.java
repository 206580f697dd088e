package nl.koers.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import nl.koers.document.Json;

/**
 * Prints rows (records) as CSV with a header, as JSON lines, or not at all (caller prints text).
 */
public final class TableOutput {
  private TableOutput() {}

  public static <T> void csv(PrintWriter out, Class<T> type, List<T> rows) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.findAndRegisterModules();
    // columns in the record's own order, which is the order a reader expects
    CsvSchema.Builder columns = CsvSchema.builder();
    for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
      columns.addColumn(c.getName());
    }
    CsvSchema schema = columns.build().withHeader();
    try (SequenceWriter w = mapper.writer(schema).writeValues(out)) {
      w.writeAll(rows);
    }
  }

  public static <T> void jsonl(PrintWriter out, List<T> rows) throws IOException {
    for (T row : rows) {
      out.println(Json.mapper().writeValueAsString(row));
    }
  }
}
