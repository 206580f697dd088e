package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.koers.analyse.PaperDate;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.index.DocumentMapper;
import nl.koers.index.IngestResult;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.tk.TkLinks;

/** Papers: the list, one paper whole, its original file, and uploads. */
final class DocumentRoutes {
  private final Library library;
  private final Uploads uploads;

  DocumentRoutes(Library library, Uploads uploads) {
    this.library = library;
    this.uploads = uploads;
  }

  void register(Javalin app, LoadShedder shed) {
    app.get(Api.V1 + "/documents", shed.wrap(LoadShedder.Lane.HEAVY, this::list));
    app.get(Api.V1 + "/documents/{id}", shed.wrap(LoadShedder.Lane.LIGHT, this::get));
    app.get(Api.V1 + "/documents/{id}/original", shed.wrap(LoadShedder.Lane.LIGHT, this::original));
    app.post(Api.V1 + "/documents", shed.wrap(LoadShedder.Lane.HEAVY, this::upload));
  }

  /** One paper in a list. */
  record PaperRow(
      String id,
      String date,
      boolean dateInferred,
      String kind,
      String dossier,
      String number,
      String title,
      String author,
      String signatories,
      String format,
      String source) {
    static PaperRow of(Document d) {
      PaperDate when = PaperDate.of(d);
      var f = d.facts();
      return new PaperRow(
          d.id(),
          when.date() == null ? null : when.date().toString(),
          when.inferred(),
          f.kind(),
          f.dossier(),
          f.number(),
          DocumentMapper.title(d),
          f.authorRole(),
          String.join("; ", f.signatories()),
          d.format(),
          PublicSource.of(d.source()));
    }
  }

  @OpenApi(
      path = "/v1/documents",
      methods = HttpMethod.GET,
      tags = "documents",
      summary = "The indexed papers, oldest first, with filters; JSON, CSV or JSON Lines",
      queryParams = {
        @OpenApiParam(name = "entity", description = "papers naming this entity (id, QID, label)"),
        @OpenApiParam(name = "topic", description = "papers on this topic"),
        @OpenApiParam(name = "kind", description = "papers of this kind"),
        @OpenApiParam(name = "dossier", description = "papers of this dossier"),
        @OpenApiParam(name = "from", description = "dated on or after, YYYY-MM-DD"),
        @OpenApiParam(name = "to", description = "dated on or before, YYYY-MM-DD"),
        @OpenApiParam(name = "offset", type = Integer.class, description = "rows to skip"),
        @OpenApiParam(name = "limit", type = Integer.class, description = "rows, 1–10000"),
        @OpenApiParam(name = "format", description = "json (default), csv or jsonl")
      },
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = PaperRow[].class)),
        @OpenApiResponse(status = "400", description = "a malformed parameter")
      })
  void list(Context ctx) throws IOException {
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Params.integer(ctx, "limit", 100, 1, 10_000);
    String entity = Api.entityParam(library, ctx, "entity");
    String topic = Api.topicParam(library, ctx, "topic");
    String kind = Params.text(ctx, "kind");
    String dossier = Params.text(ctx, "dossier");
    java.time.LocalDate from = Params.date(ctx, "from");
    java.time.LocalDate to = Params.date(ctx, "to");
    var searcher = library.snapshot().searcher();
    int matching = searcher.countPapers(entity, topic, kind, dossier, from, to);
    long reading = Math.max(0, Math.min((long) limit, (long) matching - offset));
    try (MemoryBreaker.Reservation r = library.breaker().reserve(reading, "the list of papers")) {
      List<PaperRow> rows =
          searcher.papers(entity, topic, kind, dossier, from, to, offset, limit).stream()
              .map(PaperRow::of)
              .toList();
      Export.rows(ctx, "documents", PaperRow.class, rows);
    }
  }

  /**
   * A paper whole, with what a page needs to show it; {@code links} are its official pages
   * (officielebekendmakingen.nl by its id, tweedekamer.nl by the Kamer's document number).
   */
  record Detail(
      Document document,
      String title,
      PaperDate date,
      Map<String, String> entityLabels,
      Map<String, String> topicLabels,
      String original,
      Kamer kamer,
      List<nl.koers.document.OfficialLinks.Link> links) {}

  /**
   * What the Tweede Kamer's own records say ({@code koers import tk}): the paper's document, the
   * votes on the motions it reports on, and the registered toezegging each commitment matches
   * (keyed by the commitment's begin offset).
   */
  record Kamer(
      TkLinks.PaperRecord paper,
      Map<String, TkLinks.Vote> motionVotes,
      Map<Integer, TkLinks.Commitment> toezeggingen) {}

  private Kamer kamer(Document d) throws IOException {
    TkLinks tk = library.tk();
    Map<String, TkLinks.Vote> votes = new LinkedHashMap<>();
    for (var m : d.facts().motions()) {
      if (m.kst() != null) {
        tk.paper(m.kst())
            .filter(p -> p.vote() != null)
            .ifPresent(p -> votes.put(m.kst(), p.vote()));
      }
    }
    Map<Integer, TkLinks.Commitment> matched = new LinkedHashMap<>();
    for (Annotation a : d.annotations(AnnotationType.COMMITMENT)) {
      tk.commitmentFor(d.quote(a.span())).ifPresent(c -> matched.put(a.span().begin(), c));
    }
    TkLinks.PaperRecord paper = tk.paper(d.id()).orElse(null);
    return paper == null && votes.isEmpty() && matched.isEmpty()
        ? null
        : new Kamer(paper, votes, matched);
  }

  @OpenApi(
      path = "/v1/documents/{id}",
      methods = HttpMethod.GET,
      tags = "documents",
      summary = "A paper: facts, cleaned text, segments and every annotation with its span",
      pathParams = @OpenApiParam(name = "id", required = true, example = "kst-21501-02-2976"),
      queryParams =
          @OpenApiParam(
              name = "text",
              type = Boolean.class,
              description = "include the text (true)"),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Detail.class)),
        @OpenApiResponse(status = "404", description = "no paper with this id")
      })
  void get(Context ctx) throws IOException {
    Document d = find(ctx.pathParam("id"));
    boolean text = Params.text(ctx, "text") == null || Params.flag(ctx, "text");
    var entities = new TreeSet<String>();
    var topics = new TreeSet<String>();
    for (Annotation a : d.annotations()) {
      if (a.type() == AnnotationType.ENTITY) {
        entities.add(a.value());
      } else if (a.type() == AnnotationType.TOPIC) {
        topics.add(a.value());
      }
    }
    Document shown = PublicSource.document(d, text);
    Kamer kamer = kamer(d);
    Api.json(
        ctx,
        new Detail(
            shown,
            DocumentMapper.title(d),
            PaperDate.of(d),
            Labels.entities(library.gazetteer(), entities),
            Labels.topics(library.taxonomy(), topics),
            Files.isRegularFile(Path.of(d.source())) ? originalPath(d.id()) : null,
            kamer,
            nl.koers.document.OfficialLinks.of(
                d.id(),
                kamer == null || kamer.paper() == null ? null : kamer.paper().documentNumber())));
  }

  static String originalPath(String id) {
    return Api.V1 + "/documents/" + id + "/original";
  }

  @OpenApi(
      path = "/v1/documents/{id}/original",
      methods = HttpMethod.GET,
      tags = "documents",
      summary = "The file the paper was read from (PDF and text inline, other formats as download)",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {
        @OpenApiResponse(status = "200", description = "the file's bytes"),
        @OpenApiResponse(status = "404", description = "no such paper, or its file is gone"),
        @OpenApiResponse(status = "409", description = "the file changed since it was indexed")
      })
  void original(Context ctx) throws IOException {
    Document d = find(ctx.pathParam("id"));
    // The path comes from the index, never from the request: an id cannot name another file.
    Path file = Path.of(d.source());
    if (!Files.isRegularFile(file)) {
      throw ApiError.notFound(
          "the original file of " + d.id() + " (" + PublicSource.of(d.source()) + ") is gone");
    }
    byte[] bytes = Files.readAllBytes(file);
    if (!PaperProcessor.sha256(bytes).equals(d.sha256())) {
      throw new ApiError(
          409,
          "the file " + PublicSource.of(d.source()) + " changed since " + d.id() + " was indexed");
    }
    String name = UploadStore.safeName(file.getFileName().toString());
    String type =
        switch (d.format() == null ? "" : d.format()) {
          case "pdf" -> "application/pdf";
          case "text", "markdown" -> "text/plain; charset=utf-8";
          default -> "application/octet-stream";
        };
    boolean inline = !type.equals("application/octet-stream");
    // Never let an original (an HTML paper, say) run in our origin.
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.header(
        "Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + name + "\"");
    ctx.contentType(type);
    ctx.result(bytes);
  }

  /** What became of one uploaded file. */
  record Outcome(String file, String status, String id, String reason) {}

  @OpenApi(
      path = "/v1/documents",
      methods = HttpMethod.POST,
      tags = "documents",
      summary = "Upload papers (multipart, one or more parts named 'file'); needs the bearer token",
      security = @OpenApiSecurity(name = "bearer"),
      requestBody =
          @OpenApiRequestBody(
              content = @OpenApiContent(mimeType = "multipart/form-data", type = "object")),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = Outcome[].class)),
        @OpenApiResponse(status = "400", description = "not multipart, or no file part"),
        @OpenApiResponse(status = "401", description = "no or a wrong bearer token"),
        @OpenApiResponse(status = "403", description = "the server was started read-only"),
        @OpenApiResponse(status = "413", description = "the upload is larger than the limit"),
        @OpenApiResponse(
            status = "503",
            description = "the index is locked by another process (Retry-After) or read-only")
      })
  void upload(Context ctx) throws IOException {
    uploads.authorise(ctx);
    if (!UploadStore.writable(library.dataDir())) {
      throw new ApiError(
          503,
          "the data folder "
              + library.dataDir().getFileName()
              + " cannot be written (read-only or full); this server can only read");
    }
    List<UploadedFile> files = uploads.files(ctx);
    List<Outcome> out = new ArrayList<>();
    List<Library.Upload> accepted = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (UploadedFile f : files) {
      if (f.size() > library.maxBytes()) {
        out.add(new Outcome(f.filename(), "failed", null, "file is larger than the limit"));
        continue;
      }
      try (InputStream in = f.content()) {
        accepted.add(new Library.Upload(f.filename(), in.readAllBytes()));
        names.add(f.filename());
      }
    }
    List<IngestResult> results = library.ingest(accepted);
    for (int i = 0; i < results.size(); i++) {
      IngestResult r = results.get(i);
      out.add(
          new Outcome(
              names.get(i),
              r.status().name().toLowerCase(java.util.Locale.ROOT),
              r.id(),
              r.reason()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("results", out);
    Api.json(ctx, body);
  }

  private Document find(String id) throws IOException {
    return library
        .snapshot()
        .searcher()
        .get(id)
        .orElseThrow(() -> ApiError.notFound("no paper with id \"" + id + "\""));
  }
}
