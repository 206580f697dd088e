package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owners' check of issue 17: seeds in, a NAVO watch, a new NAVO paper, two runs. */
class WatchCommandTest {
  private static final String NAVO_PAPER = "kst-28676-503";

  private static Path navoPaper() {
    Path paper = SharedCorpus.dev().resolve("docs").resolve(NAVO_PAPER + ".txt");
    SharedCorpus.requireFile(paper, "dev paper " + NAVO_PAPER);
    return paper;
  }

  @Test
  void theFirstRunReportsTheNewPaperAsJsonAndTheSecondNothing(@TempDir Path data) throws Exception {
    String d = data.toString();
    assertThat(Cli.run("ingest", SharedCorpus.seeds().toString(), "--data", d).exit()).isZero();
    Cli.Run added = Cli.run("watch", "add", "--name", "navo", "--query", "NAVO", "--data", d);
    assertThat(added.exit()).isZero();
    assertThat(added.out()).contains("watch navo follows query \"NAVO\"");
    // the seeds were there before the watch: not news
    Cli.Run none = Cli.run("watch", "run", "--json", "--data", d);
    assertThat(none.exit()).isZero();
    assertThat(none.out()).isEmpty();

    assertThat(Cli.run("ingest", navoPaper().toString(), "--data", d).exit()).isZero();
    Cli.Run first = Cli.run("watch", "run", "--json", "--data", d);
    assertThat(first.exit()).as(first.err()).isZero();
    List<String> lines = first.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode item = Json.mapper().readTree(lines.get(0));
    assertThat(item.get("watch").asText()).isEqualTo("navo");
    assertThat(item.get("id").asText()).isEqualTo(NAVO_PAPER);

    Cli.Run second = Cli.run("watch", "run", "--json", "--data", d);
    assertThat(second.exit()).isZero();
    assertThat(second.out()).isEmpty();
    assertThat(Cli.run("watch", "show", "navo", "--data", d).out()).contains(NAVO_PAPER);
  }

  @Test
  void aWatchThatMailsWithoutAnSmtpHostFailsClearlyAndKeepsItsPapers(@TempDir Path data) {
    String d = data.toString();
    Cli.run("ingest", SharedCorpus.seeds().toString(), "--data", d);
    Cli.run(
        "watch",
        "add",
        "--name",
        "navo",
        "--query",
        "NAVO",
        "--email",
        "team@example.org",
        "--data",
        d);
    Cli.run("ingest", navoPaper().toString(), "--data", d);

    Cli.Run run = Cli.run("watch", "run", "--data", d);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("watch navo sends e-mail to team@example.org but no --smtp-host was given");
    assertThat(run.out()).isEmpty();
    assertThat(Cli.run("watch", "list", "--data", d).out()).contains("0 reported");
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo(@TempDir Path data) {
    String d = data.toString();
    Cli.Run nothing = Cli.run("watch", "add", "--name", "x", "--data", d);
    assertThat(nothing.exit()).isEqualTo(2);
    assertThat(nothing.err()).contains("needs something to follow");
    Cli.Run unknown = Cli.run("watch", "rm", "nope", "--data", d);
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no watch named \"nope\"");
  }
}
