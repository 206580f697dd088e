package nl.koers.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.koers.read.ReadLimits;
import nl.koers.serve.KoersServer;
import nl.koers.serve.Schedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers serve}: the web pages and the {@code /v1} API over a data folder. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web pages (search, papers, entities, topics, graph, figures, commitments) and the",
      "JSON API under /v1 (OpenAPI document at /v1/openapi.json). Read-only unless a token is set:",
      "then POST /v1/documents with 'Authorization: Bearer TOKEN' uploads papers."
    },
    footer = {
      "",
      "Examples:",
      "  koers serve",
      "  koers serve --data ~/koers --port 9000",
      "  KOERS_TOKEN=s3cret koers serve --max-upload 20MB",
      "  koers serve --watch-every 15m --smtp-host smtp.example.org --smtp-user koers",
      "  curl -H 'Authorization: Bearer s3cret' -F file=@brief.pdf localhost:8080/v1/documents"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();
  @Mixin ReadOption read = new ReadOption();

  @Option(
      names = "--port",
      description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(
      names = "--bind",
      description =
          "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network)")
  String bind = "127.0.0.1";

  @Option(
      names = "--token",
      description =
          "bearer token that allows uploads (default: env KOERS_TOKEN; none = read-only)."
              + " Visible to other users in ps: prefer KOERS_TOKEN or --token-file")
  String token = System.getenv("KOERS_TOKEN");

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "read the bearer token from the first line of FILE (keep it mode 600)")
  Path tokenFile;

  /** The token from --token-file when given, else --token or KOERS_TOKEN. */
  static String token(String token, Path tokenFile) throws java.io.IOException {
    if (tokenFile == null) {
      return token;
    }
    String first = java.nio.file.Files.readString(tokenFile).strip().lines().findFirst().orElse("");
    if (first.isBlank()) {
      throw new IllegalArgumentException("--token-file: " + tokenFile + " is empty");
    }
    return first.strip();
  }

  @Option(
      names = "--max-upload",
      paramLabel = "SIZE",
      description = "largest upload request (default ${DEFAULT-VALUE})",
      defaultValue = "64MB")
  String maxUpload;

  @Option(
      names = "--sync-every",
      paramLabel = "PERIOD",
      description =
          "in the background, every PERIOD (15m, 1h, …): sync the live sources, then run the"
              + " watches")
  String syncEvery;

  @Option(
      names = "--watch-every",
      paramLabel = "PERIOD",
      description = "in the background, run the watches every PERIOD (15m, 1h, …)")
  String watchEvery;

  @Mixin DeliveryOptions delivery = new DeliveryOptions();

  /** What {@code --sync-every} fetches: the same options as {@code koers sync}. */
  @Mixin SyncScope syncScope = new SyncScope();

  /** What {@code --sync-every} runs before the watches: one {@code koers sync} round. */
  static Schedule.Job syncJob(
      nl.koers.engine.EngineConfig engine,
      nl.koers.sync.SyncOptions options,
      nl.koers.pipeline.PaperProcessor processor) {
    Path dataDir = engine.dataDir();
    return Schedule.Job.of(
        "sync",
        () -> {
          nl.koers.sync.SyncReport report;
          try (nl.koers.engine.PaperStore index = nl.koers.engine.Engines.openForWriting(engine)) {
            report =
                nl.koers.sync.Sync.run(
                    options, dataDir, index, processor, new nl.koers.sync.SyncListener() {});
          }
          if (!report.failures().isEmpty()) {
            nl.koers.sync.SyncReport.Failure f = report.failures().get(0);
            throw new java.io.IOException(
                report.failures().size() + " failed, first " + f.what() + ": " + f.reason());
          }
        });
  }

  /** The background jobs the options ask for: sync (with --sync-every), then the watches. */
  List<Schedule.Job> jobs(int actualPort) throws java.io.IOException {
    List<Schedule.Job> jobs = new ArrayList<>();
    if (syncEvery != null) {
      jobs.add(
          syncJob(
              data.engine(), syncScope.options(), knowledge.processor(data.dir, read.limits())));
    }
    List<nl.koers.watch.Delivery> deliveries =
        delivery.deliveries("http://" + bind + ":" + actualPort);
    nl.koers.watch.WatchRunner watches =
        new nl.koers.watch.WatchRunner(data.engine(), deliveries, java.time.Clock.systemUTC());
    jobs.add(
        Schedule.Job.of(
            "watches",
            () -> {
              for (nl.koers.watch.WatchRunner.Outcome o :
                  watches.run(nl.koers.watch.WatchRunner.Options.all())) {
                if (!o.ok()) {
                  throw new java.io.IOException("watch " + o.watch() + ": " + o.error());
                }
              }
            }));
    return jobs;
  }

  /** How long stopping may take on SIGTERM before the JVM halts regardless. */
  static final long STOP_GRACE_MILLIS = 8_000;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    token = token(token, tokenFile);
    if (!java.nio.file.Files.isDirectory(data.dir)) {
      // A mistyped --data must not quietly become a new, empty library that uploads then fill.
      throw new java.nio.file.NoSuchFileException(
          data.dir.toString(),
          null,
          "no such data folder (ingest papers into it first: koers ingest PATH --data "
              + data.dir
              + "; or create it to serve an empty library that uploads fill: mkdir -p "
              + data.dir
              + ")");
    }
    String missing = syncEvery == null ? null : syncScope.missingScope();
    if (missing != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--sync-every: " + missing);
    }
    ReadLimits limits = read.limits();
    KoersServer server =
        KoersServer.start(
            data.engine(),
            knowledge.gazetteer(data.dir),
            knowledge.taxonomy(data.dir),
            knowledge.processor(data.dir, limits),
            new KoersServer.Settings(bind, port, token, ReadOption.bytes(maxUpload)));
    if (syncEvery != null || watchEvery != null) {
      java.time.Duration every = Schedule.period(syncEvery != null ? syncEvery : watchEvery);
      server.runInBackground(every, java.time.Duration.ofSeconds(5), jobs(server.port()));
    }
    out.printf(
        java.util.Locale.ROOT,
        "Koers serves %s at http://%s:%d/ (API: /v1, OpenAPI: /v1/openapi.json)%s%n",
        data.dir,
        bind,
        server.port(),
        token == null || token.isBlank() ? "; read-only (no --token)" : "; uploads need the token");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // SIGTERM must end the process within seconds: Jetty gets a bounded stop, and if
                  // a selector still hangs (seen after an OutOfMemoryError, issue 16) the JVM halts
                  Thread closer = new Thread(server::close, "koers-stop");
                  closer.setDaemon(true);
                  closer.start();
                  try {
                    closer.join(STOP_GRACE_MILLIS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  stopped.countDown();
                  if (closer.isAlive()) {
                    Runtime.getRuntime().halt(0);
                  }
                }));
    stopped.await();
    return 0;
  }
}
