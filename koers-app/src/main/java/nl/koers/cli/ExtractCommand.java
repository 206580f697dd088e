package nl.koers.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.koers.document.Json;
import nl.koers.eval.ExtractionRecord;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koers extract}: the facts of each paper as JSON, one line per file; no index needed. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Print the facts of each paper (id, dossier, kind, date, references, ...) as JSON.",
    footer = {"", "Example:", "  koers extract --jsonl ../shared/corpus/seeds"})
public final class ExtractCommand implements Callable<Integer> {
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();
  @Mixin ReadOption read = new ReadOption();
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", description = "one JSON object per line (the default)")
  boolean jsonl = true;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
  List<Path> paths;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    PaperProcessor processor = knowledge.processor(null, read.limits());
    int failed = 0;
    for (Path file : Files2.expand(paths)) {
      Outcome o = processor.process(file);
      if (o.status() == Outcome.Status.READ) {
        out.println(Json.mapper().writeValueAsString(ExtractionRecord.of(o.document())));
      } else {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("source", o.source());
        error.put("error", o.reason());
        out.println(Json.mapper().writeValueAsString(error));
        spec.commandLine().getErr().println(o.source() + ": " + o.reason());
        if (o.status() == Outcome.Status.FAILED) {
          failed++;
        }
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
