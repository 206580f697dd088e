package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.analyse.CitationGraph;
import nl.koers.document.Json;
import nl.koers.engine.PaperEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers refs ID}: what a paper cites, what cites it, its motions and requests. */
@Command(
    name = "refs",
    mixinStandardHelpOptions = true,
    description =
        "Show a paper's citations both ways, the motions it reports on and the requests it answers.",
    footer = {
      "",
      "Examples:",
      "  koers refs kst-21501-02-2976",
      "  koers refs kst-21501-02-2958 --json"
    })
public final class RefsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Parameters(paramLabel = "ID", description = "a paper id (kst-id or file-name id)")
  String id;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CitationGraph g;
    try (PaperEngine s = data.open()) {
      g = CitationGraph.of(s.papers());
    }
    CitationGraph.Node n = g.node(id);
    if (n == null) {
      throw new IllegalArgumentException(
          "no paper \"" + id + "\" is indexed or cited in " + data.dir);
    }
    if (json) {
      var root = Json.mapper().createObjectNode();
      root.set("paper", Json.mapper().valueToTree(n));
      root.set("out", Json.mapper().valueToTree(g.out(id)));
      root.set("in", Json.mapper().valueToTree(g.in(id)));
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
      out.flush();
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%s  %s  %s%n",
        n.id(),
        n.date() == null ? "(undated)" : n.date(),
        n.type().equals("placeholder") ? "(not indexed: known only from citations)" : n.title());
    section(
        out,
        g,
        "cites",
        g.out(id).stream().filter(e -> e.type().equals("cites")).map(e -> e.to()).toList());
    section(
        out,
        g,
        "cited by",
        g.in(id).stream().filter(e -> e.type().equals("cites")).map(e -> e.from()).toList());
    // A motion is the source of a reported-in edge to the paper that reports on it (CitationGraph),
    // so a paper's motions arrive and a motion's reports leave: the same edges --json lists.
    out.println("motions reported on:");
    g.in(id).stream()
        .filter(e -> e.type().equals("reported-in"))
        .forEach(e -> out.println("  " + e.from() + memberOf(e)));
    out.println("reported on in:");
    g.out(id).stream()
        .filter(e -> e.type().equals("reported-in"))
        .forEach(e -> out.println("  " + e.to() + memberOf(e)));
    out.println("answers requests:");
    g.in(id).stream()
        .filter(e -> e.type().equals("answered-by"))
        .forEach(e -> out.println("  " + g.node(e.from()).title()));
    out.flush();
    return 0;
  }

  private static String memberOf(CitationGraph.Edge e) {
    return e.member() == null ? "" : "  (" + e.member() + ")";
  }

  private static void section(
      PrintWriter out, CitationGraph g, String title, java.util.List<String> ids) {
    out.println(title + ":");
    for (String other : ids) {
      CitationGraph.Node n = g.node(other);
      out.printf(
          Locale.ROOT,
          "  %-24s %s%n",
          other,
          n.type().equals("placeholder")
              ? "(not indexed)"
              : (n.date() == null ? "" : n.date() + "  ") + n.title());
    }
  }
}
