package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.Comparison;
import nl.koers.document.Json;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers compare A B}: two papers or two periods side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare two papers or two periods (2018, 2020-Q4, 2024-11): subjects gained and dropped, stance per subject, figures that changed.",
    footer = {
      "",
      "Examples:",
      "  koers compare 2018 2025",
      "  koers compare 001_68752d408e2ec76a kst-21501-02-2976"
    })
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Parameters(index = "0", paramLabel = "A", description = "a paper id or a period")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "a paper id or a period")
  String b;

  @Option(
      names = "--holder",
      description =
          "whose stance: government (default, the government's own position), parliament,"
              + " council, other or any")
  String holder = nl.koers.analyse.Timeline.DEFAULT_HOLDER;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Comparison c;
    try (PaperEngine s = data.open()) {
      c = Comparison.of(a, s.paperOrPeriod(a), b, s.paperOrPeriod(b), Holders.check(holder));
    }
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(c));
    } else {
      out.println("gained in " + b + ": " + String.join(", ", c.gained()));
      out.println("dropped since " + a + ": " + String.join(", ", c.dropped()));
      out.println("stance per shared subject (" + a + " → " + b + "):");
      for (Comparison.StanceChange x : c.stance()) {
        out.printf(
            Locale.ROOT, "  %-36s %6s → %6s%n", x.subject(), fmt(x.before()), fmt(x.after()));
      }
      out.println("figures that changed:");
      for (Comparison.FigureChange f : c.figures()) {
        out.printf(Locale.ROOT, "  %s %s: %s → %s%n", f.unit(), f.measure(), f.before(), f.after());
      }
    }
    out.flush();
    return 0;
  }

  private static String fmt(Double d) {
    return d == null ? "–" : String.format(Locale.ROOT, "%+.2f", d);
  }
}
