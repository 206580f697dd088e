package nl.koers.cli;

import static nl.koers.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it, on the real seeds and a real on-disk index. */
class KoersCommandTest {
  @Test
  void ingestsSearchesAndShowsTheSeeds(@TempDir Path data) throws Exception {
    Cli.Run ingest = run("ingest", "--data", data.toString(), SharedCorpus.seeds().toString());
    assertThat(ingest.exit()).isZero();
    // the seeds folder also holds gold.jsonl, which is not a paper: reported, not indexed
    assertThat(ingest.out())
        .contains("5 indexed, 0 replaced, 0 unchanged, 1 unsupported, 0 need OCR, 0 failed")
        .contains(
            "unsupported " + SharedCorpus.seeds().resolve("gold.jsonl") + ": unsupported format");

    Cli.Run again = run("ingest", "--data", data.toString(), SharedCorpus.seeds().toString());
    assertThat(again.out()).contains("0 indexed, 0 replaced, 5 unchanged");

    Cli.Run search = run("search", "--data", data.toString(), "--json", "Piri");
    JsonNode hits = Json.mapper().readTree(search.out()).get("hits");
    assertThat(hits.get(0).get("id").asText()).isEqualTo("kst-21501-02-2976");
    assertThat(hits.get(0).get("source").asText()).endsWith("002_91ce785e42aef5d1.txt");

    Cli.Run human = run("search", "--data", data.toString(), "trans-Atlantische", "betrekkingen");
    assertThat(human.out()).contains("Atlantische»").contains("«betrekkingen»");

    Cli.Run show = run("show", "--data", data.toString(), "kst-21501-02-2976");
    assertThat(show.exit()).isZero();
    assertThat(show.out())
        .contains("signatories  C.C.J. Veldkamp")
        .contains("kamerstuk_ref  kst-21501-02-2958")
        .contains("request        Piri");

    Cli.Run missing = run("show", "--data", data.toString(), "kst-0-0");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no paper with id \"kst-0-0\"");
  }

  @Test
  void reportsFailedFilesWithTheirReasonAndAnErrorExit(@TempDir Path data, @TempDir Path folder)
      throws Exception {
    Files.copy(SharedCorpus.seed("002"), folder.resolve("goed.txt"));
    Files.write(folder.resolve("leeg.txt"), new byte[0]);
    Cli.Run ingest = run("ingest", "--data", data.toString(), folder.toString());
    assertThat(ingest.exit()).isEqualTo(1);
    assertThat(ingest.out())
        .contains("1 indexed")
        .contains("1 failed")
        .contains("leeg.txt: empty file");
    assertThat(run("search", "--data", data.toString(), "Piri").out())
        .contains("kst-21501-02-2976");
  }

  @Test
  void extractsFactsAsJsonLinesWithoutAnIndex() throws Exception {
    Cli.Run extract =
        run(
            "extract",
            "--jsonl",
            SharedCorpus.seed("002").toString(),
            SharedCorpus.seed("003").toString());
    List<String> lines = extract.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("source").asText()).endsWith("002_91ce785e42aef5d1.txt");
    assertThat(first.get("id").asText()).isEqualTo("kst-21501-02-2976");
    assertThat(first.get("date").asText()).isEqualTo("2024-11-13");
    assertThat(Json.mapper().readTree(lines.get(1)).get("kind").asText()).isEqualTo("verslag-raad");
  }

  @Test
  void evaluatesAgainstGoldAndEndsWithASummaryLine() {
    Cli.Run eval =
        run(
            "eval",
            "--gold",
            SharedCorpus.dev().resolve("gold.jsonl").toString(),
            "--docs",
            SharedCorpus.dev().resolve("docs").toString());
    List<String> lines = eval.out().lines().toList();
    assertThat(lines.get(0)).startsWith("field");
    assertThat(lines.get(lines.size() - 1)).startsWith("summary: docs=40 scalar_accuracy=");
  }

  @Test
  void demoIngestsTheBundledSamplesAndSearchesThem(@TempDir Path data) {
    Cli.Run demo = run("demo", "--data", data.toString(), "--no-prompt");
    assertThat(demo.exit()).isZero();
    assertThat(demo.out()).contains("4 papers indexed").contains("kst-21501-02-9001");
    Cli.Run show = run("show", "--data", data.toString(), "kst-21501-02-9002", "--no-text");
    assertThat(show.out())
        .contains("kind         verslag-raad")
        .contains("kamerstuk_ref  kst-21501-02-9001");
  }

  @Test
  void printsHelpWithExamplesForEveryCommand() {
    for (String command : List.of("ingest", "search", "show", "stats", "extract", "eval", "demo")) {
      Cli.Run help = run(command, "--help");
      assertThat(help.out()).as(command).contains("Usage: koers " + command).contains("Example");
    }
  }
}
