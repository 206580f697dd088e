package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.koers.eval.CourseDocs;
import nl.koers.eval.CourseReport;
import nl.koers.eval.CourseRun;
import nl.koers.pipeline.PaperProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code koers eval-course}: scores the analyses (stance, commitments, figures) against
 * sentence-level labels ({@code eval/course/*.jsonl}); see docs/analysis.md for the metrics.
 */
@Command(
    name = "eval-course",
    mixinStandardHelpOptions = true,
    description = {
      "Score the analyses against sentence labels (eval/course/*.jsonl): per analysis its metrics,",
      "the broken labels (anchor not found) and the misses, then one summary line."
    },
    footer = {
      "",
      "Example:",
      "  koers eval-course --docs ../shared/corpus/dev/docs --docs ../shared/corpus/seeds \\",
      "      --stance eval/course/stance.jsonl"
    })
public final class EvalCourseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--docs",
      required = true,
      description = "a folder of papers (repeatable); labels name papers by file name")
  List<Path> docs;

  @Option(names = "--stance", description = "stance labels: doc, anchor, holder, target, polarity")
  Path stance;

  @Option(names = "--commitments", description = "commitment labels")
  Path commitments;

  @Option(names = "--figures", description = "figure labels")
  Path figures;

  @Option(names = "--no-misses", description = "do not list the misses")
  boolean noMisses;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Path> files = new LinkedHashMap<>();
    put(files, "stance", stance);
    put(files, "commitments", commitments);
    put(files, "figures", figures);
    if (files.isEmpty()) {
      err.println("give at least one label file: --stance, --commitments or --figures");
      return 2;
    }
    for (String analysis : files.keySet()) {
      try {
        CourseRun.scorer(analysis);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      }
    }
    CourseDocs papers =
        CourseDocs.read(
            docs, PaperProcessor.standard(), o -> err.println(o.source() + ": " + o.reason()));
    List<CourseReport> reports = CourseRun.score(files, papers);
    int broken = 0;
    for (CourseReport r : reports) {
      out.println("== " + r.name());
      r.lines().forEach(out::println);
      if (!r.broken().isEmpty()) {
        out.println("broken labels:");
        r.broken().forEach(b -> out.println("  " + b));
        broken += r.broken().size();
      }
      if (!noMisses && !r.misses().isEmpty()) {
        out.println("misses:");
        r.misses().forEach(m -> out.println("  " + m));
      }
      out.println();
    }
    StringBuilder line = new StringBuilder("summary: docs=" + papers.size());
    CourseRun.summary(reports)
        .forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s=%.3f", k, v)));
    line.append(" broken_labels=").append(broken);
    out.println(line);
    out.flush();
    return broken == 0 ? 0 : 1;
  }

  private static void put(Map<String, Path> files, String name, Path file) {
    if (file != null) {
      files.put(name, file);
    }
  }
}
