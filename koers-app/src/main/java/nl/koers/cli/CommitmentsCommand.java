package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.CommitmentTable;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers commitments}: what the government said it will do, with the sentence. */
@Command(
    name = "commitments",
    mixinStandardHelpOptions = true,
    description =
        "List commitments: sentences in which the government says what it will do or will report.",
    footer = {
      "",
      "Examples:",
      "  koers commitments --topic migration",
      "  koers commitments --entity VS --csv > vs-commitments.csv"
    })
public final class CommitmentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();

  @Mixin PaperFilterOption filter = new PaperFilterOption();

  @Option(names = "--csv", description = "print CSV")
  boolean csv;

  @Option(names = "--jsonl", description = "print one JSON object per commitment")
  boolean jsonl;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PaperFilterOption.Resolved subject = filter.resolve(knowledge, data);
    List<CommitmentTable.Row> rows;
    try (PaperEngine s = data.open()) {
      rows = CommitmentTable.rows(filter.papers(s, subject), subject.entity(), subject.topic());
    }
    if (csv) {
      TableOutput.csv(out, CommitmentTable.Row.class, rows);
    } else if (jsonl) {
      TableOutput.jsonl(out, rows);
    } else {
      for (CommitmentTable.Row r : rows) {
        out.printf(
            Locale.ROOT,
            "%-11s %-24s %-8s %-32s %s%s%s%n   “%s”%n",
            r.date() == null ? "(undated)" : (r.dateInferred() ? "~" : "") + r.date(),
            r.paper(),
            r.kind(),
            r.actor(),
            r.conditional() ? "(if) " : "",
            r.action(),
            r.due() == null ? "" : " — due " + r.due(),
            r.sentence());
      }
      out.printf(Locale.ROOT, "%d commitment(s)%n", rows.size());
    }
    out.flush();
    return 0;
  }
}
