package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.koers.document.Json;
import nl.koers.engine.PaperEngine;
import nl.koers.search.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show how many papers and passages the index holds, by kind, dossier and year.",
    footer = {"", "Example:", "  koers stats --data /tmp/koers"})
public final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(names = "--json", description = "print as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (PaperEngine searcher = data.open()) {
      IndexStats s = searcher.stats();
      if (json) {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(s));
      } else {
        out.printf(
            java.util.Locale.ROOT,
            "%d papers, %d passages in %s%n",
            s.papers(),
            s.passages(),
            data.where());
        section(out, "by kind", s.kinds());
        section(out, "by year", s.years());
        section(out, "by dossier", s.dossiers());
      }
    }
    out.flush();
    return 0;
  }

  private static void section(PrintWriter out, String title, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.println(title + ":");
    counts.forEach((k, v) -> out.printf(java.util.Locale.ROOT, "  %-32s %5d%n", k, v));
  }
}
