package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchRequest;
import nl.koers.search.SearchResults;

/** {@code GET /v1/search}: Dutch-aware search with filters, facets, paging and highlights. */
final class SearchRoutes {
  static final int MAX_LIMIT = 100;

  private final Library library;
  private final Limits limits;

  SearchRoutes(Library library, Limits limits) {
    this.library = library;
    this.limits = limits;
  }

  void register(Javalin app, LoadShedder shed) {
    app.get(Api.V1 + "/search", shed.wrap(LoadShedder.Lane.LIGHT, this::search));
    app.get(Api.V1 + "/similar", shed.wrap(LoadShedder.Lane.LIGHT, this::similar));
  }

  /** A page of results, with the labels of the entity and topic ids in the facets. */
  record Page(
      SearchResults results,
      int page,
      int limit,
      int pages,
      Map<String, String> entityLabels,
      Map<String, String> topicLabels) {}

  @OpenApi(
      path = "/v1/search",
      methods = HttpMethod.GET,
      tags = "search",
      summary =
          "Search papers: best match, Dutch compounds and synonyms, English queries translated",
      description =
          "Every word helps (best match first); \"phrases\" are exact; AND/OR/NOT/-word, prefix*,"
              + " kind:, dossier:, entity: mean what they say; * lists all. Hits are papers with"
              + " the passage that best shows the match; matched words are marked « and ». Facets"
              + " count every matching paper per kind, year, dossier, author, entity and topic."
              + " The results say how the query was read: english, expandedTo, notice, and"
              + " suggestions when nothing matched.",
      queryParams = {
        @OpenApiParam(name = "q", required = true, description = "the query", example = "Piri"),
        @OpenApiParam(name = "kind", description = "paper kind, e.g. brief, motie"),
        @OpenApiParam(name = "dossier", description = "dossier number, e.g. 21501-02"),
        @OpenApiParam(name = "author", description = "author role as the facet lists it"),
        @OpenApiParam(name = "entity", description = "entity id, QID or label"),
        @OpenApiParam(name = "topic", description = "topic id or label"),
        @OpenApiParam(name = "year", type = Integer.class, description = "papers of this year"),
        @OpenApiParam(name = "from", description = "dated on or after, YYYY-MM-DD"),
        @OpenApiParam(name = "to", description = "dated on or before, YYYY-MM-DD"),
        @OpenApiParam(name = "sort", description = "relevance (default) or date"),
        @OpenApiParam(name = "page", type = Integer.class, description = "from 1"),
        @OpenApiParam(name = "limit", type = Integer.class, description = "hits per page, 1–100"),
        @OpenApiParam(name = "facets", type = Boolean.class, description = "count facets (true)"),
        @OpenApiParam(
            name = "facet_limit",
            type = Integer.class,
            description = "values listed per facet (default 50); 0 lists them all"),
        @OpenApiParam(name = "format", description = "json (default); csv or jsonl give the hits")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Page.class)),
        @OpenApiResponse(status = "400", description = "a malformed parameter or query"),
        @OpenApiResponse(
            status = "503",
            description = "the search took too long, or the server is busy (Retry-After)")
      })
  void search(Context ctx) throws IOException {
    String q = Params.required(ctx, "q");
    int page = Params.integer(ctx, "page", 1, 1, 10_000);
    int limit = Params.integer(ctx, "limit", 10, 1, MAX_LIMIT);
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    String year = Params.text(ctx, "year");
    if (year != null) {
      int y = Params.integer(ctx, "year", 0, 1000, 9999);
      from = max(from, LocalDate.of(y, 1, 1));
      to = min(to, LocalDate.of(y, 12, 31));
    }
    String sort = Params.choice(ctx, "sort", "relevance", Set.of("relevance", "date"));
    String format = Params.choice(ctx, "format", "json", Export.FORMATS);
    boolean facets = Params.text(ctx, "facets") == null || Params.flag(ctx, "facets");
    int facetLimit =
        Params.integer(ctx, "facet_limit", SearchRequest.DEFAULT_FACET_LIMIT, 0, 100_000);
    SearchRequest request =
        new SearchRequest(
            q,
            Params.text(ctx, "kind"),
            Params.text(ctx, "dossier"),
            from,
            to,
            sort.equals("date") ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE,
            (page - 1) * limit,
            limit,
            Api.entityParam(library, ctx, "entity"),
            Api.topicParam(library, ctx, "topic"),
            facets,
            Params.text(ctx, "author"),
            facetLimit);
    SearchResults results;
    try {
      results = library.snapshot().searcher().search(request, limits.searchTimeout().get());
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw ApiError.badRequest("the query expands to too many words; make prefix* longer");
    }
    if (!format.equals("json")) {
      Export.rows(ctx, "search", SearchHit.class, PublicSource.hits(results.hits()));
      return;
    }
    Map<String, Integer> entities = results.facets().getOrDefault("entity", new LinkedHashMap<>());
    Map<String, Integer> topics = results.facets().getOrDefault("topic", new LinkedHashMap<>());
    Api.json(
        ctx,
        new Page(
            PublicSource.results(results),
            page,
            limit,
            (results.totalPapers() + limit - 1) / limit,
            Labels.entities(library.gazetteer(), entities.keySet()),
            Labels.topics(library.taxonomy(), topics.keySet())));
  }

  @OpenApi(
      path = "/v1/similar",
      methods = HttpMethod.GET,
      tags = "search",
      summary = "Papers like this one (more like this)",
      description = "Ranked by the paper's most telling words; the paper itself is left out.",
      queryParams = {
        @OpenApiParam(name = "id", required = true, description = "an indexed paper's id"),
        @OpenApiParam(name = "limit", type = Integer.class, description = "how many, 1–100")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = SearchHit[].class)),
        @OpenApiResponse(status = "400", description = "a malformed parameter"),
        @OpenApiResponse(status = "404", description = "no such paper")
      })
  void similar(Context ctx) throws IOException {
    String id = Params.required(ctx, "id");
    int limit = Params.integer(ctx, "limit", 10, 1, MAX_LIMIT);
    var searcher = library.snapshot().searcher();
    if (searcher.get(id).isEmpty()) {
      throw ApiError.notFound("no indexed paper " + id);
    }
    Api.json(ctx, PublicSource.hits(searcher.similar(id, limit)));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
