package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.CitationGraph;
import nl.koers.annotate.reference.KstIds;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers dossier D}: a dossier's papers in date order and the edges between them. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    description =
        "List a dossier's papers in date order with their kinds, and how they cite each other.",
    footer = {"", "Example:", "  koers dossier 21501-02"})
public final class DossierCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Parameters(
      paramLabel = "DOSSIER",
      description = "a dossier number, e.g. 21501-02 or \"21 501-02\"")
  String dossier;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CitationGraph g;
    try (PaperEngine s = data.open()) {
      g = CitationGraph.of(s.papers()).dossier(KstIds.dossier(dossier));
    }
    String d = KstIds.dossier(dossier);
    for (CitationGraph.Node n : g.papersByDate()) {
      if (!d.equals(n.dossier())) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-11s %-22s %-26s %s%n",
          n.date() == null ? "(undated)" : (n.dateInferred() ? "~" : "") + n.date(),
          n.id(),
          n.kind() == null ? "" : n.kind(),
          n.type().equals("placeholder") ? "(not indexed: cited)" : n.title());
      for (CitationGraph.Edge e : g.out(n.id())) {
        out.printf(
            Locale.ROOT,
            "      → %s %s%s%n",
            e.type(),
            e.to(),
            e.member() == null ? "" : " (" + e.member() + ")");
      }
    }
    out.flush();
    return 0;
  }
}
