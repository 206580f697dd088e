package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.koers.analyse.Comparison;
import nl.koers.analyse.EntityMentions;
import nl.koers.analyse.Subjects;
import nl.koers.analyse.Timeline;
import nl.koers.annotate.entity.Entity;
import nl.koers.annotate.topic.Topic;
import nl.koers.index.Fields;

/** Entities and topics, their timelines, and the comparison of two papers or periods. */
final class SubjectRoutes {
  private final Library library;

  SubjectRoutes(Library library) {
    this.library = library;
  }

  void register(Javalin app, LoadShedder shed) {
    app.get(Api.V1 + "/entities", shed.wrap(LoadShedder.Lane.LIGHT, this::entities));
    app.get(Api.V1 + "/entities/{id}", shed.wrap(LoadShedder.Lane.HEAVY, this::entity));
    app.get(Api.V1 + "/topics", shed.wrap(LoadShedder.Lane.LIGHT, this::topics));
    app.get(Api.V1 + "/topics/{id}", shed.wrap(LoadShedder.Lane.HEAVY, this::topic));
    app.get(Api.V1 + "/timeline", shed.wrap(LoadShedder.Lane.HEAVY, this::timeline));
    app.get(Api.V1 + "/compare", shed.wrap(LoadShedder.Lane.HEAVY, this::compare));
  }

  /** An entity with the number of papers naming it. */
  record EntityRow(String id, String label, String type, String qid, int papers) {}

  @OpenApi(
      path = "/v1/entities",
      methods = HttpMethod.GET,
      tags = "entities",
      summary = "Entities named in the papers, most papers first; JSON, CSV or JSON Lines",
      queryParams = {
        @OpenApiParam(name = "type", description = "country, organisation, person, treaty …"),
        @OpenApiParam(name = "limit", type = Integer.class, description = "rows (default 200)"),
        @OpenApiParam(name = "format", description = "json (default), csv or jsonl")
      },
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = EntityRow[].class)))
  void entities(Context ctx) throws IOException {
    String type = Params.text(ctx, "type");
    int limit = Params.integer(ctx, "limit", 200, 1, 100_000);
    Map<String, Integer> counts = library.snapshot().searcher().paperCounts(Fields.ENTITY);
    List<EntityRow> rows = new ArrayList<>();
    counts.forEach(
        (id, n) -> {
          Entity e = library.gazetteer().byId(id).orElse(null);
          EntityRow row =
              e == null
                  ? new EntityRow(id, Labels.member(id), "person", null, n)
                  : new EntityRow(e.id(), e.label(), e.type(), e.qid(), n);
          if (type == null || type.equalsIgnoreCase(row.type())) {
            rows.add(row);
          }
        });
    rows.sort(
        (a, b) -> a.papers() != b.papers() ? b.papers() - a.papers() : a.id().compareTo(b.id()));
    Export.rows(ctx, "entities", EntityRow.class, rows.subList(0, Math.min(limit, rows.size())));
  }

  /** An entity and the papers that name it, with quotes. */
  record EntityDetail(
      String id, String label, Entity entity, int totalPapers, List<EntityMentions.Paper> papers) {}

  @OpenApi(
      path = "/v1/entities/{id}",
      methods = HttpMethod.GET,
      tags = "entities",
      summary =
          "An entity (id, Wikidata QID or label): labels, and every paper naming it, with quotes",
      pathParams = @OpenApiParam(name = "id", required = true, example = "united-states"),
      queryParams =
          @OpenApiParam(
              name = "limit",
              type = Integer.class,
              description = "at most this many papers, the newest (default 200)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = EntityDetail.class)),
        @OpenApiResponse(status = "404", description = "no such entity")
      })
  void entity(Context ctx) throws IOException {
    String key = ctx.pathParam("id");
    String id;
    try {
      id = Subjects.entityId(library.gazetteer(), key);
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound(e.getMessage());
    }
    int limit = Params.integer(ctx, "limit", 200, 1, 100_000);
    Library.Snapshot s = library.snapshot();
    int total = s.searcher().paperCount(Fields.ENTITY, id);
    Entity e = library.gazetteer().byId(id).orElse(null);
    if (e == null && total == 0) {
      throw ApiError.notFound("no entity \"" + key + "\" is named in any paper");
    }
    List<EntityMentions.Paper> papers = s.mentions(id, total, limit);
    Api.json(
        ctx, new EntityDetail(id, e == null ? Labels.member(id) : e.label(), e, total, papers));
  }

  /** A topic with the number of papers on it. */
  record TopicRow(String id, String axis, String label, int papers) {}

  @OpenApi(
      path = "/v1/topics",
      methods = HttpMethod.GET,
      tags = "topics",
      summary =
          "The topics of the taxonomy with the number of papers on each; JSON, CSV or JSON Lines",
      queryParams = @OpenApiParam(name = "format", description = "json (default), csv or jsonl"),
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = TopicRow[].class)))
  void topics(Context ctx) throws IOException {
    Map<String, Integer> counts = library.snapshot().searcher().paperCounts(Fields.TOPIC);
    List<TopicRow> rows = new ArrayList<>();
    for (Topic t : library.taxonomy().topics()) {
      rows.add(new TopicRow(t.id(), t.axis(), t.label(), counts.getOrDefault(t.id(), 0)));
    }
    Export.rows(ctx, "topics", TopicRow.class, rows);
  }

  /** A topic, its cue words and the papers on it. */
  record TopicDetail(Topic topic, List<DocumentRoutes.PaperRow> papers) {}

  @OpenApi(
      path = "/v1/topics/{id}",
      methods = HttpMethod.GET,
      tags = "topics",
      summary = "A topic (id or label): its cues and the papers on it, oldest first",
      pathParams = @OpenApiParam(name = "id", required = true, example = "security-defence"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = TopicDetail.class)),
        @OpenApiResponse(status = "404", description = "no such topic")
      })
  void topic(Context ctx) throws IOException {
    String key = ctx.pathParam("id");
    Topic t =
        library
            .taxonomy()
            .find(key)
            .orElseThrow(() -> ApiError.notFound("no topic \"" + key + "\""));
    var searcher = library.snapshot().searcher();
    int count = searcher.countPapers(null, t.id(), null, null, null, null);
    try (MemoryBreaker.Reservation r =
        library.breaker().reserve(count, "the papers on " + t.id())) {
      List<DocumentRoutes.PaperRow> papers =
          searcher.papers(null, t.id(), null, null, null).stream()
              .map(DocumentRoutes.PaperRow::of)
              .toList();
      Api.json(ctx, new TopicDetail(t, papers));
    }
  }

  @OpenApi(
      path = "/v1/timeline",
      methods = HttpMethod.GET,
      tags = "course",
      summary =
          "How the course on a subject moved: papers, passages and mean stance per period,"
              + " strongest quotes each way, and the periods flagged as shifts",
      queryParams = {
        @OpenApiParam(
            name = "subject",
            required = true,
            description = "entity id, QID or label; or topic:<id>"),
        @OpenApiParam(name = "by", description = "year (default), quarter or month"),
        @OpenApiParam(name = "kind", description = "only papers of this kind"),
        @OpenApiParam(name = "from", description = "dated on or after, YYYY-MM-DD"),
        @OpenApiParam(name = "to", description = "dated on or before, YYYY-MM-DD"),
        @OpenApiParam(
            name = "holder",
            description = "whose stance: government (default), parliament, council, other or any"),
        @OpenApiParam(
            name = "format",
            description = "json (default); csv or jsonl give a row per period")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Timeline.Result.class)),
        @OpenApiResponse(
            status = "400",
            description = "an unknown subject or a malformed parameter")
      })
  void timeline(Context ctx) throws IOException {
    String id =
        Subjects.subjectId(
            library.gazetteer(), library.taxonomy(), Params.required(ctx, "subject"));
    Timeline.By by =
        Timeline.By.valueOf(
            Params.choice(ctx, "by", "year", Set.of("year", "quarter", "month"))
                .toUpperCase(Locale.ROOT));
    Timeline.Result r =
        library
            .snapshot()
            .timeline(
                id,
                by,
                Params.text(ctx, "kind"),
                Params.date(ctx, "from"),
                Params.date(ctx, "to"),
                holder(ctx));
    String format = Params.choice(ctx, "format", "json", Export.FORMATS);
    if (format.equals("json")) {
      Api.json(ctx, r);
      return;
    }
    Export.rows(ctx, "timeline", Timeline.Row.class, r.rows());
  }

  @OpenApi(
      path = "/v1/compare",
      methods = HttpMethod.GET,
      tags = "course",
      summary =
          "Compare two papers or periods: subjects gained and dropped, stance per shared"
              + " subject, figures that changed",
      queryParams = {
        @OpenApiParam(
            name = "a",
            required = true,
            description = "a paper id or a period (2018, 2020-Q4, 2024-11)"),
        @OpenApiParam(name = "b", required = true, description = "a paper id or a period"),
        @OpenApiParam(
            name = "holder",
            description = "whose stance: government (default), parliament, council, other or any")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Comparison.class)),
        @OpenApiResponse(status = "400", description = "neither a paper nor a period")
      })
  void compare(Context ctx) throws IOException {
    String a = Params.required(ctx, "a");
    String b = Params.required(ctx, "b");
    var searcher = library.snapshot().searcher();
    Api.json(
        ctx,
        Comparison.of(a, searcher.paperOrPeriod(a), b, searcher.paperOrPeriod(b), holder(ctx)));
  }

  private static String holder(Context ctx) {
    return Params.choice(
        ctx,
        "holder",
        Timeline.DEFAULT_HOLDER,
        Set.of("government", "parliament", "council", "other", Timeline.ANY_HOLDER));
  }
}
