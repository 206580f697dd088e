package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.util.List;
import nl.koers.analyse.CommitmentTable;
import nl.koers.analyse.FigureTable;
import nl.koers.document.Document;

/** The figures and commitments tables, filtered like the command line's. */
final class TableRoutes {
  private final Library library;

  TableRoutes(Library library) {
    this.library = library;
  }

  void register(Javalin app, LoadShedder shed) {
    app.get(Api.V1 + "/figures", shed.wrap(LoadShedder.Lane.HEAVY, this::figures));
    app.get(Api.V1 + "/commitments", shed.wrap(LoadShedder.Lane.HEAVY, this::commitments));
  }

  @OpenApi(
      path = "/v1/figures",
      methods = HttpMethod.GET,
      tags = "tables",
      summary = "Figures (amounts, percentages, counts) with unit, measure, year and the sentence",
      queryParams = {
        @OpenApiParam(name = "entity", description = "only in sentences naming this entity"),
        @OpenApiParam(name = "topic", description = "only in paragraphs on this topic"),
        @OpenApiParam(name = "kind", description = "only papers of this kind"),
        @OpenApiParam(name = "paper", description = "only this paper"),
        @OpenApiParam(name = "from", description = "dated on or after, YYYY-MM-DD"),
        @OpenApiParam(name = "to", description = "dated on or before, YYYY-MM-DD"),
        @OpenApiParam(name = "format", description = "json (default), csv or jsonl")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = FigureTable.Row[].class)),
        @OpenApiResponse(status = "400", description = "a malformed parameter")
      })
  void figures(Context ctx) throws IOException {
    Filter f = new Filter(ctx);
    List<FigureTable.Row> rows =
        f.paper != null
            ? FigureTable.rows(f.paper(), f.entity, f.topic)
            : f.snapshot.figures(f.entity, f.topic, f.kind, f.from, f.to);
    Export.rows(ctx, "figures", FigureTable.Row.class, rows);
  }

  @OpenApi(
      path = "/v1/commitments",
      methods = HttpMethod.GET,
      tags = "tables",
      summary = "Commitments (will, asks, promises) with actor, action and the sentence",
      queryParams = {
        @OpenApiParam(name = "entity", description = "only in sentences naming this entity"),
        @OpenApiParam(name = "topic", description = "only in paragraphs on this topic"),
        @OpenApiParam(name = "kind", description = "only papers of this kind"),
        @OpenApiParam(name = "paper", description = "only this paper"),
        @OpenApiParam(name = "from", description = "dated on or after, YYYY-MM-DD"),
        @OpenApiParam(name = "to", description = "dated on or before, YYYY-MM-DD"),
        @OpenApiParam(name = "format", description = "json (default), csv or jsonl")
      },
      responses = {
        @OpenApiResponse(
            status = "200",
            content = @OpenApiContent(from = CommitmentTable.Row[].class)),
        @OpenApiResponse(status = "400", description = "a malformed parameter")
      })
  void commitments(Context ctx) throws IOException {
    Filter f = new Filter(ctx);
    List<CommitmentTable.Row> rows =
        f.paper != null
            ? CommitmentTable.rows(f.paper(), f.entity, f.topic)
            : f.snapshot.commitments(f.entity, f.topic, f.kind, f.from, f.to);
    Export.rows(ctx, "commitments", CommitmentTable.Row.class, rows);
  }

  /** The filters both tables take. */
  private final class Filter {
    final String entity;
    final String topic;
    final String kind;
    final String paper;
    final java.time.LocalDate from;
    final java.time.LocalDate to;
    final Library.Snapshot snapshot;

    Filter(Context ctx) throws IOException {
      snapshot = library.snapshot();
      entity = Api.entityParam(library, ctx, "entity");
      topic = Api.topicParam(library, ctx, "topic");
      kind = Params.text(ctx, "kind");
      paper = Params.text(ctx, "paper");
      from = Params.date(ctx, "from");
      to = Params.date(ctx, "to");
    }

    /** The one paper the filter names, as a list. */
    List<Document> paper() throws IOException {
      return snapshot
          .searcher()
          .get(paper)
          .map(List::of)
          .orElseThrow(() -> ApiError.notFound("no paper with id \"" + paper + "\""));
    }
  }
}
