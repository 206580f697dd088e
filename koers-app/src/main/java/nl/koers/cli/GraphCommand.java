package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.koers.analyse.CitationGraph;
import nl.koers.analyse.GraphFormats;
import nl.koers.annotate.reference.KstIds;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers graph}: the citation graph for Gephi, yEd or Graphviz. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description =
        "Write the citation graph (cites, motion reported-in paper, request answered-by paper).",
    footer = {
      "",
      "Examples:",
      "  koers graph --format graphml > koers.graphml",
      "  koers graph --dossier 21501-02 --format dot | dot -Tsvg > 21501-02.svg"
    })
public final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(names = "--dossier", description = "only the papers of this dossier and their edges")
  String dossier;

  @Option(names = "--format", description = "json (default), graphml or dot")
  String format = "json";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CitationGraph g;
    try (PaperEngine s = data.open()) {
      g = CitationGraph.of(s.papers());
    }
    if (dossier != null) {
      g = g.dossier(KstIds.dossier(dossier));
    }
    out.print(GraphFormats.write(g, format));
    out.flush();
    return 0;
  }
}
