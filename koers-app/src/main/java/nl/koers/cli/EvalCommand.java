package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.koers.eval.Evaluator;
import nl.koers.eval.FieldScore;
import nl.koers.eval.GoldRun;
import nl.koers.pipeline.PaperProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers eval}: extraction accuracy against a gold file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score extraction against gold: accuracy per scalar field, precision/recall/F1 per list",
      "field, then every miss, then a summary line."
    },
    footer = {
      "",
      "Example:",
      "  koers eval --gold ../shared/corpus/dev/gold.jsonl --docs ../shared/corpus/dev/docs"
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      description = "gold.jsonl, one object per paper with its \"file\"")
  Path gold;

  @Option(names = "--docs", required = true, description = "the folder holding the papers")
  Path docs;

  @Option(names = "--no-misses", description = "do not list the misses")
  boolean noMisses;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Evaluator.Report report =
        GoldRun.evaluate(
            gold,
            docs,
            PaperProcessor.standard(),
            o -> spec.commandLine().getErr().println(o.source() + ": " + o.reason()));
    print(out, report);
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, Evaluator.Report report) {
    out.printf(
        Locale.ROOT, "%-16s %9s %9s %9s %9s%n", "field", "accuracy", "precision", "recall", "f1");
    for (FieldScore s : report.scores().values()) {
      if (s.list()) {
        if (s.gold() + s.got() == 0 && s.tp() == 0) {
          continue;
        }
        out.printf(
            Locale.ROOT,
            "%-16s %9s %9.3f %9.3f %9.3f   (%d/%d extracted, %d gold)%n",
            s.field(),
            "",
            s.precision(),
            s.recall(),
            s.f1(),
            s.tp(),
            s.got(),
            s.gold());
      } else {
        out.printf(
            Locale.ROOT,
            "%-16s %9.3f %9s %9s %9s   (%d/%d)%n",
            s.field(),
            s.accuracy(),
            "",
            "",
            "",
            s.correct(),
            s.total());
      }
    }
    if (!noMisses && !report.misses().isEmpty()) {
      out.println();
      out.println("misses (gold vs got):");
      for (Evaluator.Miss m : report.misses()) {
        out.printf(
            Locale.ROOT,
            "  %s %s%n    gold: %s%n    got:  %s%n",
            m.file(),
            m.field(),
            m.gold(),
            m.got());
      }
    }
    out.println();
    Map<String, FieldScore> s = report.scores();
    out.printf(
        Locale.ROOT,
        "summary: docs=%d scalar_accuracy=%.3f kamerstuk_refs_f1=%.3f meetings_f1=%.3f motions_f1=%.3f signatories_f1=%.3f%n",
        report.documents(),
        report.scalarAccuracy(),
        s.get("kamerstuk_refs").f1(),
        s.get("meetings").f1(),
        s.get("motions").f1(),
        s.get("signatories").f1());
  }
}
