package nl.koers.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.openapi.plugin.OpenApiPlugin;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Koers web server: the {@code /v1} JSON API and the web pages, in one process over one index.
 * Every answer carries security headers; errors are JSON with a message, never a stack trace.
 */
public final class KoersServer implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(KoersServer.class);

  /** Where the web pages live on the class path. */
  static final String WEB = "/nl/koers/serve/web";

  /** The content security policy of every page: our own scripts and styles only. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private final Library library;
  private final Javalin app;
  private final List<String> routes = new ArrayList<>();
  private volatile Schedule schedule;

  /** Settings of one server. */
  public record Settings(String bind, int port, String token, long maxUploadBytes, Limits limits) {
    /** With the {@link Limits#defaults() default limits} for this JVM. */
    public Settings(String bind, int port, String token, long maxUploadBytes) {
      this(bind, port, token, maxUploadBytes, Limits.defaults());
    }
  }

  /** How long stopping may take before open connections are cut (SIGTERM must end quickly). */
  static final long STOP_MILLIS = 3_000;

  private KoersServer(Library library, Settings settings) {
    this.library = library;
    Limits limits = settings.limits();
    LoadShedder shed = new LoadShedder(limits);
    Uploads uploads = new Uploads(settings.token(), settings.maxUploadBytes());
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = settings.maxUploadBytes();
              config.jetty.defaultHost = settings.bind();
              config.jetty.defaultPort = settings.port();
              // a bounded pool and queue: past them Jetty refuses connections instead of
              // growing until the heap is gone; the load shedder answers 503 well before that
              config.jetty.threadPool =
                  new org.eclipse.jetty.util.thread.QueuedThreadPool(
                      limits.threads(),
                      Math.min(8, limits.threads()),
                      60_000,
                      new org.eclipse.jetty.util.BlockingArrayQueue<>(limits.threads() * 16));
              config.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(STOP_MILLIS);
                    server.setErrorHandler(new JsonErrorHandler());
                  });
              config.jetty.multipartConfig.cacheDirectory(
                  library.dataDir().resolve("uploads").toString());
              config.jetty.multipartConfig.maxFileSize(
                  settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(
                  settings.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                  });
              config.events(
                  e -> e.handlerAdded(h -> routes.add(h.getHttpMethod() + " " + h.getPath())));
              config.registerPlugin(
                  new OpenApiPlugin(
                      openapi ->
                          openapi
                              .withDocumentationPath(Api.V1 + "/openapi.json")
                              .withDefinitionConfiguration(
                                  (version, definition) ->
                                      definition
                                          .withInfo(
                                              info ->
                                                  info.title("Koers API")
                                                      .version("1")
                                                      .description(
                                                          "Search and analyse foreign-policy papers."))
                                          .withSecurity(
                                              security -> security.withBearerAuth("bearer"))
                                          .withDefinitionProcessor(ApiDocument::process))));
            });
    app.before(ctx -> securityHeaders().forEach(ctx::header));
    // the OpenAPI plugin allows every origin; Koers serves no cross-origin clients (docs/web.md)
    app.after(
        Api.V1 + "/openapi.json",
        ctx -> {
          ctx.res().setHeader("Access-Control-Allow-Origin", null);
          ctx.res().setHeader("Access-Control-Allow-Methods", null);
        });
    new MetaRoutes(library, uploads).register(app, shed);
    new SearchRoutes(library, limits).register(app, shed);
    new DocumentRoutes(library, uploads).register(app, shed);
    new SubjectRoutes(library).register(app, shed);
    new TableRoutes(library).register(app, shed);
    new GraphRoutes(library).register(app, shed);
    new WatchRoutes(library, uploads).register(app, shed);
    new ScheduleRoutes(() -> schedule).register(app);
    app.exception(
        ApiError.class,
        (e, ctx) -> {
          if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
          }
          error(ctx, e.status(), e.getMessage());
        });
    app.exception(
        nl.koers.search.SearchTimeoutException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", Integer.toString(Limits.RETRY_AFTER_SECONDS));
          error(ctx, 503, e.getMessage());
        });
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error; the server log has the details");
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
            error(ctx, 404, "no route " + ctx.method() + " " + ctx.path());
          }
        });
  }

  /** Opens the library and starts serving; {@code port 0} picks a free port. */
  public static KoersServer start(
      java.nio.file.Path dataDir,
      nl.koers.annotate.entity.Gazetteer gazetteer,
      nl.koers.annotate.topic.Taxonomy taxonomy,
      nl.koers.pipeline.PaperProcessor processor,
      Settings settings)
      throws java.io.IOException {
    return start(
        nl.koers.engine.EngineConfig.embedded(dataDir), gazetteer, taxonomy, processor, settings);
  }

  /** Opens the library on an engine (embedded or a cluster) and starts serving. */
  public static KoersServer start(
      nl.koers.engine.EngineConfig engine,
      nl.koers.annotate.entity.Gazetteer gazetteer,
      nl.koers.annotate.topic.Taxonomy taxonomy,
      nl.koers.pipeline.PaperProcessor processor,
      Settings settings)
      throws java.io.IOException {
    Limits limits = settings.limits();
    Library library =
        new Library(
            engine,
            gazetteer,
            taxonomy,
            processor,
            new MemoryBreaker(limits.heapBudgetBytes(), limits.bytesPerPaper()));
    KoersServer server = new KoersServer(library, settings);
    server.app.start();
    // a client that sends less than it announced (Content-Length) is cut off after this, rather
    // than holding a thread for Jetty's default 30 s
    for (org.eclipse.jetty.server.Connector c : server.app.jettyServer().server().getConnectors()) {
      if (c instanceof org.eclipse.jetty.server.AbstractConnector connector) {
        connector.setIdleTimeout(limits.idleTimeoutMillis());
      }
    }
    return server;
  }

  /**
   * Runs {@code jobs} in the background every {@code every} (the first round after {@code delay}),
   * reported by {@code GET /v1/schedule}; stopped when the server closes.
   */
  public synchronized void runInBackground(
      java.time.Duration every, java.time.Duration delay, List<Schedule.Job> jobs) {
    if (schedule != null) {
      schedule.close();
    }
    schedule = new Schedule(every, delay, jobs);
  }

  public int port() {
    return app.port();
  }

  /** The routes registered, as {@code METHOD /path}: what the OpenAPI document must list. */
  public List<String> routes() {
    return List.copyOf(routes);
  }

  static Map<String, String> securityHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("X-Frame-Options", "DENY");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    h.put("Cross-Origin-Resource-Policy", "same-origin");
    h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    return h;
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message == null ? "error" : message);
    ctx.status(status);
    Api.json(ctx, body);
  }

  @Override
  public void close() {
    if (schedule != null) {
      schedule.close();
    }
    app.stop();
    library.close();
  }
}
