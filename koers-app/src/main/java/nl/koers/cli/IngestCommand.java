package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.koers.index.IndexIntegrity;
import nl.koers.index.IngestResult;
import nl.koers.index.PaperIndex;
import nl.koers.index.ParallelIngest;
import nl.koers.pipeline.PaperProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers ingest}: read, annotate and index papers; idempotent. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read, clean, annotate and index papers (folders are searched recursively).",
      "Unchanged files are skipped; changed files replace their old version.",
      "Exit code 1 only when a file failed."
    },
    footer = {
      "",
      "Examples:",
      "  koers ingest ../shared/corpus",
      "  koers ingest --data /tmp/k paper.md notes/"
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();
  @Mixin ReadOption read = new ReadOption();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "papers read and annotated at once (default: one per core, here ${DEFAULT-VALUE});"
              + " the outcome does not depend on it")
  int threads = ParallelIngest.defaultThreads();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to ingest")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = Files2.expand(paths);
    Map<IngestResult.Status, Integer> counts = new EnumMap<>(IngestResult.Status.class);
    List<IngestResult> problems = new ArrayList<>();
    knowledge.save(data.dir);
    PaperProcessor processor = knowledge.processor(data.dir, read.limits());
    boolean terminal = System.console() != null && files.size() > 1;
    // every checksum before writing: a damaged index must not get new papers on top
    try (nl.koers.engine.PaperStore index =
            data.embedded()
                ? PaperIndex.open(data.dir, IndexIntegrity.Depth.FULL)
                : nl.koers.engine.Engines.openForWriting(data.engine());
        ProgressBar bar = terminal ? progressBar(files.size()) : null) {
      java.util.function.Consumer<IngestResult> done =
          r -> {
            counts.merge(r.status(), 1, Integer::sum);
            if (r.status() == IngestResult.Status.FAILED
                || r.status() == IngestResult.Status.UNSUPPORTED
                || r.status() == IngestResult.Status.NEEDS_OCR
                || r.status() == IngestResult.Status.SAME_PAPER
                || (r.status() == IngestResult.Status.REPLACED && r.reason() != null)) {
              problems.add(r);
            }
            if (bar != null) {
              bar.step();
            }
          };
      if (index instanceof PaperIndex embedded) {
        // annotated on every core, written in input order: the outcomes are a one-by-one ingest's
        new ParallelIngest(embedded, processor, Math.max(1, threads))
            .run(files.stream().map(ParallelIngest.Input::file).toList(), done);
      } else {
        for (Path file : files) {
          done.accept(ingestOne(index, file, processor));
        }
      }
    }
    out.printf(
        java.util.Locale.ROOT,
        "Ingested %d file(s) into %s: %d indexed, %d replaced, %d unchanged,%s %d unsupported,"
            + " %d need OCR, %d failed%n",
        files.size(),
        data.embedded() ? PaperIndex.indexPath(data.dir) : data.where(),
        counts.getOrDefault(IngestResult.Status.INDEXED, 0),
        counts.getOrDefault(IngestResult.Status.REPLACED, 0),
        counts.getOrDefault(IngestResult.Status.UNCHANGED, 0),
        counts.containsKey(IngestResult.Status.SAME_PAPER)
            ? " " + counts.get(IngestResult.Status.SAME_PAPER) + " same paper as another file,"
            : "",
        counts.getOrDefault(IngestResult.Status.UNSUPPORTED, 0),
        counts.getOrDefault(IngestResult.Status.NEEDS_OCR, 0),
        counts.getOrDefault(IngestResult.Status.FAILED, 0));
    for (IngestResult p : problems) {
      out.printf(
          java.util.Locale.ROOT,
          "  %s %s: %s%n",
          p.status().name().toLowerCase(java.util.Locale.ROOT),
          SourcePaths.display(p.source()),
          p.reason());
    }
    out.flush();
    return counts.getOrDefault(IngestResult.Status.FAILED, 0) > 0 ? 1 : 0;
  }

  /**
   * One file's outcome, whatever happens inside: an error of any kind (a bug, a library's
   * assertion, memory) fails this file and the batch goes on. Only an I/O error of the index itself
   * or a broken JVM ends the batch.
   */
  private static IngestResult ingestOne(
      nl.koers.engine.PaperStore index, Path file, PaperProcessor processor) throws IOException {
    try {
      return index.ingest(file, processor);
    } catch (IOException | VirtualMachineError e) {
      if (e instanceof OutOfMemoryError) {
        return failed(file, "ran out of memory (give Koers more with KOERS_JAVA_OPTS=-Xmx…)");
      }
      throw e;
    } catch (RuntimeException | Error e) {
      return failed(file, "internal error: " + e);
    }
  }

  private static IngestResult failed(Path file, String reason) {
    return new IngestResult(
        file.toAbsolutePath().normalize().toString(), IngestResult.Status.FAILED, null, reason);
  }

  private static ProgressBar progressBar(int total) {
    return new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
