package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.koers.index.IndexIntegrity;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.sync.Sync;
import nl.koers.sync.SyncItem;
import nl.koers.sync.SyncListener;
import nl.koers.sync.SyncOptions;
import nl.koers.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code koers sync}: fetch what is new at the public sources, then ingest it. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Fetch papers and records from the public sources into the data folder, then ingest them.",
      "Incremental: a rerun fetches only what changed; a killed sync resumes without duplicates.",
      "Sources (--source, repeatable; default tk and koop):",
      "  tk       Tweede Kamer OData v4 (--tk-url): Document records in scope into the TK store,",
      "           each document's file (PDF/DOCX) from Document(<Id>)/resource, ingested.",
      "  tk-feed  Tweede Kamer SyncFeed (--tk-feed-url): records of --feed-category into the",
      "           TK store, deletions (tk:verwijderd) applied; resumes at the stored skiptoken.",
      "  koop     officielebekendmakingen SRU 2.0 (--koop-url): Kamerstukken and Aanhangsels in",
      "           scope; each hit's XML and metadata.xml stored side by side and ingested.",
      "Default endpoints:",
      "  https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/",
      "  https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed",
      "  https://repository.overheid.nl/sru  (files: repository.overheid.nl/frbr/...,",
      "  else https://zoek.officielebekendmakingen.nl/<id>.xml)",
      "Polite: names Koers in its User-Agent, --rate, backoff on 429/5xx honouring Retry-After,",
      "ETag/Last-Modified revalidation, --max-bytes, no redirects to another host.",
      "Files are kept under DATA/sync/files/, what was fetched in DATA/sync/state.json.",
      "Exit code 1 when something failed (one line each); the next sync tries it again."
    },
    footer = {
      "",
      "Examples:",
      "  koers sync --dossier 21501-02 --since 2024-01-01",
      "  koers sync --source koop --dossier 21501-02 --dossier 28676",
      "  koers sync --source tk-feed --feed-category Zaak --feed-category Stemming",
      "See docs/sync.md for the endpoints and what each field becomes."
    })
public final class SyncCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();
  @Mixin ReadOption read = new ReadOption();

  @Mixin SyncScope scope = new SyncScope();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String missing = scope.missingScope();
    if (missing != null) {
      err.println("koers: " + missing);
      return 2;
    }
    SyncOptions options = scope.options();
    knowledge.save(data.dir);
    PaperProcessor processor = knowledge.processor(data.dir, read.limits());
    boolean terminal = System.console() != null;
    SyncReport report;
    try (nl.koers.engine.PaperStore index =
            data.embedded()
                ? PaperIndex.open(data.dir, IndexIntegrity.Depth.FULL)
                : nl.koers.engine.Engines.openForWriting(data.engine());
        Progress progress = new Progress(terminal, err)) {
      report = Sync.run(options, data.dir, index, processor, progress);
    }
    out.printf(
        Locale.ROOT,
        "Synced into %s: %d indexed, %d replaced, %d unchanged, %d up to date, %d same paper as"
            + " another file, %d not indexable, %d failed; %d TK record(s); %d request(s)%n",
        data.dir,
        report.count(SyncReport.Outcome.INDEXED),
        report.count(SyncReport.Outcome.REPLACED),
        report.count(SyncReport.Outcome.UNCHANGED),
        report.count(SyncReport.Outcome.UP_TO_DATE),
        report.count(SyncReport.Outcome.SAME_PAPER),
        report.count(SyncReport.Outcome.NOT_INDEXED),
        report.count(SyncReport.Outcome.FAILED),
        report.records(),
        report.requests());
    for (SyncReport.Failure f : report.failures()) {
      out.printf(Locale.ROOT, "  failed %s: %s%n", f.what(), f.reason());
    }
    out.flush();
    return report.failures().isEmpty() ? 0 : 1;
  }

  /** The progress bar on stderr, drawn once the sources are listed; only on a terminal. */
  private static final class Progress implements SyncListener, AutoCloseable {
    private final boolean terminal;
    private final PrintWriter err;
    private ProgressBar bar;

    Progress(boolean terminal, PrintWriter err) {
      this.terminal = terminal;
      this.err = err;
    }

    @Override
    public void planned(int files) {
      if (terminal && files > 0) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("sync")
                .setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
      }
    }

    @Override
    public void done(SyncItem item, SyncReport.Outcome outcome) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void failed(String what, String reason) {
      if (bar == null && terminal) {
        err.println("koers: " + what + ": " + reason);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
