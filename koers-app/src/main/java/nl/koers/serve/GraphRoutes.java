package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koers.analyse.CitationGraph;
import nl.koers.analyse.GraphFormats;
import nl.koers.annotate.reference.KstIds;

/** Who cites, answers and reports on whom: a paper's references, the graph, a dossier. */
final class GraphRoutes {
  private final Library library;

  GraphRoutes(Library library) {
    this.library = library;
  }

  void register(Javalin app, LoadShedder shed) {
    app.get(Api.V1 + "/refs/{id}", shed.wrap(LoadShedder.Lane.HEAVY, this::refs));
    app.get(Api.V1 + "/graph", shed.wrap(LoadShedder.Lane.HEAVY, this::graph));
    app.get(Api.V1 + "/dossiers/{dossier}", shed.wrap(LoadShedder.Lane.HEAVY, this::dossier));
  }

  /** A node with the edges leaving and arriving, and the nodes at their other ends. */
  record Refs(
      CitationGraph.Node paper,
      List<CitationGraph.Edge> out,
      List<CitationGraph.Edge> in,
      Map<String, CitationGraph.Node> nodes) {}

  @OpenApi(
      path = "/v1/refs/{id}",
      methods = HttpMethod.GET,
      tags = "graph",
      summary =
          "What a paper cites, answers and reports on, and who cites it; also for a cited"
              + " paper that is not indexed (a placeholder)",
      pathParams = @OpenApiParam(name = "id", required = true, example = "kst-21501-02-2958"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Refs.class)),
        @OpenApiResponse(status = "404", description = "neither indexed nor cited")
      })
  void refs(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    CitationGraph g = library.snapshot().graph();
    CitationGraph.Node n = g.node(id);
    if (n == null) {
      throw ApiError.notFound("no paper \"" + id + "\" is indexed or cited");
    }
    List<CitationGraph.Edge> out = g.out(id);
    List<CitationGraph.Edge> in = g.in(id);
    Map<String, CitationGraph.Node> nodes = new LinkedHashMap<>();
    out.forEach(e -> nodes.put(e.to(), g.node(e.to())));
    in.forEach(e -> nodes.put(e.from(), g.node(e.from())));
    Api.json(ctx, new Refs(n, out, in, nodes));
  }

  @OpenApi(
      path = "/v1/graph",
      methods = HttpMethod.GET,
      tags = "graph",
      summary = "The citation graph: whole, around a paper, or of a dossier; JSON, GraphML or DOT",
      queryParams = {
        @OpenApiParam(name = "around", description = "a paper id: its neighbourhood only"),
        @OpenApiParam(
            name = "depth",
            type = Integer.class,
            description = "steps around it, 1–4 (1)"),
        @OpenApiParam(
            name = "dossier",
            description = "a dossier number: its papers and their edges"),
        @OpenApiParam(
            name = "top",
            type = Integer.class,
            description =
                "the N most-cited papers (1–100) with up to 10 linked nodes each, when neither"
                    + " around nor dossier is given"),
        @OpenApiParam(name = "format", description = "json (default), graphml or dot")
      },
      responses = {
        @OpenApiResponse(status = "200", description = "{nodes, edges}, GraphML or DOT"),
        @OpenApiResponse(status = "404", description = "the paper is neither indexed nor cited")
      })
  void graph(Context ctx) throws IOException {
    String format = Params.choice(ctx, "format", "json", Set.of("json", "graphml", "dot"));
    int depth = Params.integer(ctx, "depth", 1, 1, 4);
    CitationGraph g = library.snapshot().graph();
    String around = Params.text(ctx, "around");
    String dossier = Params.text(ctx, "dossier");
    if (dossier != null) {
      g = g.dossier(KstIds.dossier(dossier));
    }
    if (around != null) {
      if (g.node(around) == null) {
        throw ApiError.notFound("no paper \"" + around + "\" is indexed or cited");
      }
      g = g.around(around, depth);
    }
    if (around == null && dossier == null && ctx.queryParam("top") != null) {
      g = g.mostCited(Params.integer(ctx, "top", 15, 1, 100), 10);
    }
    String body = GraphFormats.write(g, format);
    switch (format) {
      case "graphml" -> ctx.contentType("application/graphml+xml; charset=utf-8");
      case "dot" -> ctx.contentType("text/vnd.graphviz; charset=utf-8");
      default -> ctx.contentType("application/json; charset=utf-8");
    }
    ctx.result(body);
  }

  /** A dossier's papers in date order, each with the edges it sends. */
  record Dossier(String dossier, String title, List<Entry> papers) {}

  /** One paper of a dossier. */
  record Entry(CitationGraph.Node paper, List<CitationGraph.Edge> out) {}

  @OpenApi(
      path = "/v1/dossiers/{dossier}",
      methods = HttpMethod.GET,
      tags = "graph",
      summary = "A dossier: its papers (indexed and cited) in date order, with their references",
      pathParams = @OpenApiParam(name = "dossier", required = true, example = "21501-02"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Dossier.class)),
        @OpenApiResponse(status = "404", description = "no paper of this dossier is known")
      })
  void dossier(Context ctx) throws IOException {
    String d = KstIds.dossier(ctx.pathParam("dossier"));
    Library.Snapshot s = library.snapshot();
    CitationGraph g = s.graph().dossier(d);
    List<Entry> entries =
        g.papersByDate().stream()
            .filter(n -> d.equals(n.dossier()))
            .map(n -> new Entry(n, g.out(n.id())))
            .toList();
    if (entries.isEmpty()) {
      throw ApiError.notFound("no paper of dossier " + d + " is indexed or cited");
    }
    String title = null;
    for (CitationGraph.Node n : g.papersByDate()) {
      if (title == null && n.type().equals("paper") && d.equals(n.dossier())) {
        title = s.searcher().get(n.id()).map(p -> p.facts().dossierTitle()).orElse(null);
      }
    }
    Api.json(ctx, new Dossier(d, title, entries));
  }
}
