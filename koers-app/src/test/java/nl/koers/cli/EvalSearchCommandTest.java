package nl.koers.cli;

import static nl.koers.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code koers eval-search} on two judged queries written here, over the five seeds. */
class EvalSearchCommandTest {
  @Test
  void printsKoersAndTheBaselinePerLanguageAndOneSummaryLine(@TempDir Path dir) throws Exception {
    Path queries = dir.resolve("q.tsv");
    Path qrels = dir.resolve("qrels.txt");
    Files.writeString(queries, "# two queries\nt1\tnl\tPiri\nt2\ten\tGreenland\n");
    Files.writeString(
        qrels, "t1 0 002_91ce785e42aef5d1 3\nt2 0 004_abd04b7410cd9962 2\nt2 0 000_x 0\n");
    Cli.Run r =
        run(
            "eval-search",
            "--queries",
            queries.toString(),
            "--qrels",
            qrels.toString(),
            "--docs",
            SharedCorpus.seeds().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 queries over 5 papers").contains("plain bm25 en");
    String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
    // Piri is one paper, found first: nDCG 1 for the Dutch query; Greenland is found via Groenland
    assertThat(last).startsWith("ndcg10=").contains("nl_ndcg10=1.000").contains("en_ndcg10=1.000");
  }

  @Test
  void namesTheFileAndLineOfAMalformedJudgment(@TempDir Path dir) throws Exception {
    Path queries = dir.resolve("q.tsv");
    Files.writeString(queries, "t1 nl no tabs here\n");
    Cli.Run r =
        run(
            "eval-search",
            "--queries",
            queries.toString(),
            "--qrels",
            queries.toString(),
            "--docs",
            SharedCorpus.seeds().toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("q.tsv line 1");
  }
}
