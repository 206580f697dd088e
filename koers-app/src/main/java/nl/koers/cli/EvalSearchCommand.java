package nl.koers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.koers.eval.SearchEvaluation;
import nl.koers.eval.SearchJudgments;
import nl.koers.index.PaperIndex;
import nl.koers.search.PaperSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koers eval-search}: nDCG@10, recall@20 and MRR of Koers and a plain BM25 baseline. */
@Command(
    name = "eval-search",
    mixinStandardHelpOptions = true,
    description = {
      "Score search on a judged query set (TREC formats): nDCG@10, recall@20 and MRR, overall and",
      "per language, the worst queries, and a plain BM25 baseline over the same papers in the same run."
    },
    footer = {
      "",
      "Files: queries as qid<TAB>lang<TAB>query; qrels as 'qid 0 docid rel' (rel 0-3), docid = the",
      "paper's file name without extension.",
      "",
      "Examples:",
      "  koers eval-search --queries eval/search/queries.tsv --qrels eval/search/qrels.txt \\",
      "      --docs ../shared/corpus/seeds --docs ../shared/corpus/dev/docs",
      "  koers eval-search --queries Q.tsv --qrels QRELS.txt --data DIR   # an existing index",
      "",
      "The last line is the summary: ndcg10=… recall20=… mrr=… en_ndcg10=… nl_ndcg10=…"
    })
public final class EvalSearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data = new DataOption();
  @Mixin KnowledgeOption knowledge = new KnowledgeOption();
  @Mixin ReadOption read = new ReadOption();

  @Option(names = "--queries", required = true, paramLabel = "FILE", description = "topics")
  Path queries;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "judgments")
  Path qrels;

  @Option(
      names = "--docs",
      paramLabel = "DIR",
      description = "index these papers into a temporary folder first (instead of --data)")
  List<Path> docs = new ArrayList<>();

  @Option(names = "--worst", description = "how many worst queries to list (default: 8)")
  int worst = 8;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    SearchJudgments judgments = SearchJudgments.read(queries, qrels);
    Path dir = data.dir;
    Path temp = null;
    if (!docs.isEmpty()) {
      temp = Files.createTempDirectory("koers-eval-search");
      dir = temp;
      try (PaperIndex index = PaperIndex.open(dir)) {
        var processor = knowledge.processor(dir, read.limits());
        for (Path file : Files2.expand(docs)) {
          if (!file.getFileName().toString().endsWith(".jsonl")) {
            index.ingest(file, processor);
          }
        }
      }
    }
    try (PaperSearcher searcher = PaperSearcher.open(dir)) {
      SearchEvaluation.Comparison both = SearchEvaluation.compare(judgments, searcher);
      SearchEvaluation.Report koers = both.koers();
      SearchEvaluation.Report baseline = both.baseline();
      out.printf(
          Locale.ROOT,
          "%d queries over %d papers%n%n%-18s %7s %9s %6s%n",
          judgments.topics().size(),
          both.papers(),
          "",
          "nDCG@10",
          "recall@20",
          "MRR");
      row(out, "koers", koers.overall());
      koers.byLanguage().forEach((lang, m) -> row(out, "koers " + lang, m));
      row(out, "plain bm25", baseline.overall());
      baseline.byLanguage().forEach((lang, m) -> row(out, "plain bm25 " + lang, m));
      out.println();
      out.println("worst queries (koers):");
      for (SearchEvaluation.QueryScore q : koers.worst(worst)) {
        out.printf(
            Locale.ROOT,
            "  %-5s %-3s %.3f  %-40s top: %s%n",
            q.topic().qid(),
            q.topic().lang(),
            q.ndcg(),
            q.topic().query(),
            String.join(", ", q.top()));
      }
      out.println();
      out.println("baseline " + baseline.summary());
      out.println(koers.summary());
    } finally {
      if (temp != null) {
        Files2.deleteTree(temp);
      }
    }
    out.flush();
    return 0;
  }

  private static void row(PrintWriter out, String name, SearchEvaluation.Means m) {
    out.printf(
        Locale.ROOT,
        "%-18s %7.3f %9.3f %6.3f  (%d)%n",
        name,
        m.ndcg(),
        m.recall(),
        m.mrr(),
        m.queries());
  }
}
