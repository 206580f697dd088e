package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.Comparison;
import nl.koers.document.Document;
import nl.koers.document.Json;
import nl.koers.search.PaperSearcher;
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

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Comparison c;
    try (PaperSearcher s = PaperSearcher.open(data.dir)) {
      List<Document> all = null;
      List<Document> left = side(s, a, all);
      List<Document> right = side(s, b, all);
      c = Comparison.of(a, left, b, right);
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

  private static List<Document> side(PaperSearcher s, String key, List<Document> unused)
      throws IOException {
    var paper = s.get(key);
    if (paper.isPresent()) {
      return List.of(paper.get());
    }
    if (!nl.koers.analyse.Period.isPeriod(key)) {
      throw new IllegalArgumentException(
          "\""
              + key
              + "\" is neither an indexed paper nor a period such as 2018, 2020-Q4 or 2024-11");
    }
    java.time.LocalDate[] range = nl.koers.analyse.Period.range(key);
    return nl.koers.analyse.Period.papersIn(key, s.papers(null, null, null, range[0], range[1]));
  }
}
