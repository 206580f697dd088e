package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.koers.annotate.entity.Entity;
import nl.koers.annotate.entity.EntityAnnotator;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.engine.PaperEngine;
import nl.koers.index.Fields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers entities}: the entities the index knows, by the number of papers naming them. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "List the entities mentioned in the indexed papers, with the number of papers.",
    footer = {"", "Examples:", "  koers entities", "  koers entities --type person --csv"})
public final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();

  @Option(names = "--type", description = "only this type: country, organisation, person, …")
  String type;

  @Option(
      names = {"-n", "--limit"},
      description = "at most this many (default: ${DEFAULT-VALUE})")
  int limit = 50;

  @Option(names = "--csv", description = "print CSV")
  boolean csv;

  /** One line of the list. */
  public record Row(String id, String label, String type, String qid, int papers) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer g = knowledge.gazetteer(data.dir);
    Map<String, Integer> counts;
    try (PaperEngine s = data.open()) {
      counts = s.paperCounts(Fields.ENTITY);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Entity known = g.byId(e.getKey()).orElse(null);
      Row row =
          known != null
              ? new Row(known.id(), known.label(), known.type(), known.qid(), e.getValue())
              : new Row(
                  e.getKey(),
                  e.getKey().replace(EntityAnnotator.MEMBER_PREFIX, ""),
                  "person",
                  null,
                  e.getValue());
      if (type == null || type.equalsIgnoreCase(row.type())) {
        rows.add(row);
      }
    }
    rows.sort(
        (a, b) -> a.papers() != b.papers() ? b.papers() - a.papers() : a.id().compareTo(b.id()));
    rows = rows.subList(0, Math.min(limit, rows.size()));
    if (csv) {
      TableOutput.csv(out, Row.class, rows);
    } else {
      for (Row r : rows) {
        out.printf(
            Locale.ROOT,
            "%5d  %-34s %-28s %-12s %s%n",
            r.papers(),
            r.id(),
            r.label(),
            r.type(),
            r.qid() == null ? "" : r.qid());
      }
    }
    out.flush();
    return 0;
  }
}
