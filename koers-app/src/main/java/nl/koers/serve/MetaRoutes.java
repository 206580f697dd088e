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
import nl.koers.annotate.entity.Entity;
import nl.koers.annotate.entity.EntityAnnotator;
import nl.koers.annotate.topic.Topic;
import nl.koers.index.Fields;
import nl.koers.search.IndexStats;

/** Health, index statistics and the suggestions under the search box. */
final class MetaRoutes {
  private final Library library;
  private final Uploads uploads;

  MetaRoutes(Library library, Uploads uploads) {
    this.library = library;
    this.uploads = uploads;
    this.integrity = new IndexHealth(library.dataDir());
  }

  void register(Javalin app, LoadShedder shed) {
    app.get(Api.V1 + "/health", this::health);
    app.get(Api.V1 + "/stats", shed.wrap(LoadShedder.Lane.LIGHT, this::stats));
    app.get(Api.V1 + "/suggest", shed.wrap(LoadShedder.Lane.LIGHT, this::suggest));
  }

  @OpenApi(
      path = "/v1/health",
      methods = HttpMethod.GET,
      tags = "meta",
      summary = "Whether the server is up, and how many papers it serves",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Health.class)))
  void health(Context ctx) throws IOException {
    String damage = integrity.problem();
    Api.json(
        ctx,
        new Health(
            damage == null ? "ok" : "damaged",
            library.snapshot().searcher().paperCount(Fields.TYPE, Fields.TYPE_DOC),
            uploads.readOnly() || !UploadStore.writable(library.dataDir()),
            uploads.maxRequestBytes(),
            damage));
  }

  /**
   * Whether the server is up. {@code readOnly} is true when uploads are refused: no token was set,
   * or the data folder cannot be written (probed on each call). {@code damage} says what is wrong
   * with the index files when a check found damage ({@code status} is then {@code damaged}; run
   * {@code koers check --fix}), else null.
   */
  record Health(String status, int papers, boolean readOnly, long maxUploadBytes, String damage) {}

  private final IndexHealth integrity;

  @OpenApi(
      path = "/v1/stats",
      methods = HttpMethod.GET,
      tags = "meta",
      summary = "Papers and passages, and papers per kind, dossier and year",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = IndexStats.class)))
  void stats(Context ctx) throws IOException {
    Api.json(ctx, library.snapshot().searcher().stats());
  }

  /** One suggestion: what to show and what it searches or opens. */
  record Suggestion(String label, String kind, String id, int papers) {}

  @OpenApi(
      path = "/v1/suggest",
      methods = HttpMethod.GET,
      tags = "search",
      summary = "Entities, topics, dossiers and paper ids that start with what was typed",
      queryParams = {
        @OpenApiParam(name = "q", required = true, description = "what was typed so far"),
        @OpenApiParam(name = "limit", type = Integer.class, description = "at most (default 8)")
      },
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = Suggestion[].class)))
  void suggest(Context ctx) throws IOException {
    String typed = Params.required(ctx, "q").toLowerCase(Locale.ROOT);
    int limit = Params.integer(ctx, "limit", 8, 1, 50);
    var searcher = library.snapshot().searcher();
    Map<String, Integer> entityCounts = searcher.paperCounts(Fields.ENTITY);
    Map<String, Integer> topicCounts = searcher.paperCounts(Fields.TOPIC);
    List<Suggestion> out = new ArrayList<>();
    for (Entity e : library.gazetteer().entities()) {
      int n = entityCounts.getOrDefault(e.id(), 0);
      if (n == 0) {
        continue;
      }
      for (String label : e.labels()) {
        if (label.toLowerCase(Locale.ROOT).startsWith(typed)) {
          out.add(new Suggestion(label, "entity", e.id(), n));
          break;
        }
      }
    }
    entityCounts.forEach(
        (id, n) -> {
          if (id.startsWith(EntityAnnotator.MEMBER_PREFIX)
              && id.substring(EntityAnnotator.MEMBER_PREFIX.length()).startsWith(typed)) {
            out.add(new Suggestion(Labels.member(id), "entity", id, n));
          }
        });
    for (Topic t : library.taxonomy().topics()) {
      int n = topicCounts.getOrDefault(t.id(), 0);
      if (n > 0
          && (t.label().toLowerCase(Locale.ROOT).startsWith(typed) || t.id().startsWith(typed))) {
        out.add(new Suggestion(t.label(), "topic", t.id(), n));
      }
    }
    searcher
        .paperCounts(Fields.DOSSIER)
        .forEach(
            (dossier, n) -> {
              if (dossier.toLowerCase(Locale.ROOT).startsWith(typed)) {
                out.add(new Suggestion(dossier, "dossier", dossier, n));
              }
            });
    out.sort(
        (a, b) ->
            a.papers() != b.papers() ? b.papers() - a.papers() : a.label().compareTo(b.label()));
    Api.json(ctx, out.subList(0, Math.min(limit, out.size())));
  }
}
