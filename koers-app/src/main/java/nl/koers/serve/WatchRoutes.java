package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.io.IOException;
import java.util.List;
import nl.koers.analyse.Subjects;
import nl.koers.document.Json;
import nl.koers.watch.AtomFeed;
import nl.koers.watch.Item;
import nl.koers.watch.Watch;
import nl.koers.watch.WatchStore;

/**
 * Watches over HTTP: list, show, add and remove them (adding and removing need the bearer token, as
 * uploads do), and each watch's Atom feed. The feed is read from {@code DATA/watches.json} on every
 * request, so a run by {@code koers watch run} or the server's schedule shows at once.
 */
final class WatchRoutes {
  private final Library library;
  private final Uploads uploads;
  private final WatchStore store;

  WatchRoutes(Library library, Uploads uploads) {
    this.library = library;
    this.uploads = uploads;
    this.store = new WatchStore(library.dataDir());
  }

  void register(Javalin app, LoadShedder shed) {
    app.get(Api.V1 + "/watches", shed.wrap(LoadShedder.Lane.LIGHT, this::list));
    app.post(Api.V1 + "/watches", shed.wrap(LoadShedder.Lane.LIGHT, this::add));
    app.get(Api.V1 + "/watches/{id}", shed.wrap(LoadShedder.Lane.LIGHT, this::get));
    app.delete(Api.V1 + "/watches/{id}", shed.wrap(LoadShedder.Lane.LIGHT, this::remove));
    app.get(Api.V1 + "/watches/{id}/feed.atom", shed.wrap(LoadShedder.Lane.LIGHT, this::feed));
  }

  /**
   * A watch as the API shows it: what it follows, its feed, how its last run went, and the papers
   * it reported last (newest first).
   */
  record WatchView(
      String name,
      String follows,
      Watch watch,
      String feed,
      long lastRun,
      String lastError,
      int reported,
      List<Item> latest) {
    static WatchView of(WatchStore.Entry e) {
      return new WatchView(
          e.watch().name(),
          e.watch().describe(),
          e.watch(),
          Api.V1 + "/watches/" + e.watch().name() + "/feed.atom",
          e.state().lastRun(),
          e.state().lastError(),
          e.state().reported().size(),
          e.state().latest());
    }
  }

  /** What a client sends to add a watch; entity and topic may be ids, QIDs or labels. */
  record NewWatch(
      String name,
      String query,
      String kind,
      String dossier,
      String entity,
      String topic,
      String member,
      String paper,
      String every,
      String email,
      String webhook) {}

  /** What removing answers. */
  record Removed(String removed) {}

  @OpenApi(
      path = "/v1/watches",
      methods = HttpMethod.GET,
      tags = "watches",
      summary = "The watches, each with the papers it reported last",
      responses = @OpenApiResponse(status = "200", description = "the watches"))
  void list(Context ctx) throws IOException {
    List<WatchView> views = store.load().stream().map(WatchView::of).toList();
    Api.json(ctx, new ApiDocument.Listing<>(views.size(), views));
  }

  @OpenApi(
      path = "/v1/watches/{id}",
      methods = HttpMethod.GET,
      tags = "watches",
      summary = "One watch and the papers it reported last",
      pathParams = @OpenApiParam(name = "id", required = true, example = "navo"),
      responses = {
        @OpenApiResponse(status = "200", description = "the watch"),
        @OpenApiResponse(status = "404", description = "no watch of this name")
      })
  void get(Context ctx) throws IOException {
    Api.json(ctx, WatchView.of(find(ctx.pathParam("id"))));
  }

  @OpenApi(
      path = "/v1/watches",
      methods = HttpMethod.POST,
      tags = "watches",
      summary =
          "Add a watch (JSON: name and one of query, entity, topic, dossier, member, paper);"
              + " needs the bearer token. Only papers ingested from now on are reported",
      security = @OpenApiSecurity(name = "bearer"),
      requestBody =
          @OpenApiRequestBody(
              content = @OpenApiContent(mimeType = "application/json", from = NewWatch.class)),
      responses = {
        @OpenApiResponse(status = "200", description = "the watch added"),
        @OpenApiResponse(status = "400", description = "a bad or taken name, or nothing to follow"),
        @OpenApiResponse(status = "401", description = "no or a wrong bearer token"),
        @OpenApiResponse(status = "403", description = "the server was started read-only")
      })
  void add(Context ctx) throws IOException {
    uploads.authorise(ctx);
    NewWatch n;
    try {
      n = Json.mapper().readValue(ctx.body(), NewWatch.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw ApiError.badRequest("send the watch as a JSON object: " + e.getOriginalMessage());
    }
    if (n == null) {
      throw ApiError.badRequest("send the watch as a JSON object");
    }
    Watch w =
        new Watch(
            n.name(),
            n.query(),
            n.kind(),
            n.dossier(),
            n.entity() == null || n.entity().isBlank()
                ? null
                : Subjects.entityId(library.gazetteer(), n.entity()),
            n.topic() == null || n.topic().isBlank()
                ? null
                : Subjects.topicId(library.taxonomy(), n.topic()),
            n.member(),
            n.paper(),
            n.every(),
            n.email(),
            n.webhook(),
            System.currentTimeMillis());
    Api.json(ctx, WatchView.of(store.add(w)));
  }

  @OpenApi(
      path = "/v1/watches/{id}",
      methods = HttpMethod.DELETE,
      tags = "watches",
      summary = "Remove a watch and what it remembers; needs the bearer token",
      security = @OpenApiSecurity(name = "bearer"),
      pathParams = @OpenApiParam(name = "id", required = true, example = "navo"),
      responses = {
        @OpenApiResponse(status = "200", description = "the name of the watch removed"),
        @OpenApiResponse(status = "401", description = "no or a wrong bearer token"),
        @OpenApiResponse(status = "403", description = "the server was started read-only"),
        @OpenApiResponse(status = "404", description = "no watch of this name")
      })
  void remove(Context ctx) throws IOException {
    uploads.authorise(ctx);
    String name = ctx.pathParam("id");
    if (!store.remove(name)) {
      throw ApiError.notFound("no watch named \"" + name + "\"");
    }
    Api.json(ctx, new Removed(name));
  }

  @OpenApi(
      path = "/v1/watches/{id}/feed.atom",
      methods = HttpMethod.GET,
      tags = "watches",
      summary = "The watch's papers as an Atom feed (RFC 4287), newest first",
      pathParams = @OpenApiParam(name = "id", required = true, example = "navo"),
      responses = {
        @OpenApiResponse(
            status = "200",
            content = @OpenApiContent(mimeType = "application/atom+xml", type = "string")),
        @OpenApiResponse(status = "404", description = "no watch of this name")
      })
  void feed(Context ctx) throws IOException {
    WatchStore.Entry e = find(ctx.pathParam("id"));
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(AtomFeed.of(e, ctx.scheme() + "://" + ctx.host()));
  }

  private WatchStore.Entry find(String name) throws IOException {
    return store.get(name).orElseThrow(() -> ApiError.notFound("no watch named \"" + name + "\""));
  }
}
