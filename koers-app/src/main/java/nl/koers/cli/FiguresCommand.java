package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.FigureTable;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers figures}: every figure, with the sentence it stands in. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description = "List figures (percentages, amounts, counts) with unit, year, measure and quote.",
    footer = {
      "",
      "Examples:",
      "  koers figures --topic security-defence",
      "  koers figures --entity NAVO --from 2024-01-01 --csv > navo-figures.csv"
    })
public final class FiguresCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();

  @Mixin PaperFilterOption filter = new PaperFilterOption();

  @Option(names = "--csv", description = "print CSV")
  boolean csv;

  @Option(names = "--jsonl", description = "print one JSON object per figure")
  boolean jsonl;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PaperFilterOption.Resolved subject = filter.resolve(knowledge, data);
    List<FigureTable.Row> rows;
    try (PaperEngine s = data.open()) {
      rows = FigureTable.rows(filter.papers(s, subject), subject.entity(), subject.topic());
    }
    if (csv) {
      TableOutput.csv(out, FigureTable.Row.class, rows);
    } else if (jsonl) {
      TableOutput.jsonl(out, rows);
    } else {
      for (FigureTable.Row r : rows) {
        // for people: "€ 474,3 mln", "5% van het bbp"; --csv and --jsonl keep the plain decimal
        out.printf(
            Locale.ROOT,
            "%-11s %-24s %-22s %s%s%n   “%s”%n",
            r.date() == null ? "(undated)" : (r.dateInferred() ? "~" : "") + r.date(),
            r.paper(),
            r.display(),
            r.year() == null ? "" : "year " + r.year(),
            r.measure() == null ? "" : " (" + r.measure() + ")",
            r.quote());
      }
      out.printf(Locale.ROOT, "%d figure(s)%n", rows.size());
    }
    out.flush();
    return 0;
  }
}
