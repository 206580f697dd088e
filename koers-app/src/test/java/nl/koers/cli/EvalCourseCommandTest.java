package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.koers.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCourseCommandTest {
  private static Path probes() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("eval/course/probes/docs"))) {
        return dir.resolve("eval/course/probes");
      }
    }
    throw new IllegalStateException("eval/course/probes not found");
  }

  @Test
  void scoresTheProbeStanceLabelsAndEndsWithOneSummaryLine() {
    Path p = probes();
    Cli.Run run =
        Cli.run(
            "eval-course",
            "--docs",
            p.resolve("docs").toString(),
            "--stance",
            p.resolve("stance.jsonl").toString(),
            "--commitments",
            p.resolve("commitments.jsonl").toString(),
            "--figures",
            p.resolve("figures.jsonl").toString());
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("== stance");
    assertThat(lines).contains("== commitments", "== figures");
    // every probe paper is read (stance, commitment and figure probes share the folder)
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "summary: docs=\\d+ stance_macro_f1=\\d\\.\\d{3} stance_acc=\\d\\.\\d{3}"
                + " holder_acc=\\d\\.\\d{3} commit_p=\\d\\.\\d{3} commit_r=\\d\\.\\d{3}"
                + " fig_p=\\d\\.\\d{3} fig_r=\\d\\.\\d{3} broken_labels=0");
  }

  @Test
  void aLabelWhoseAnchorIsNotFoundIsReportedAndFailsTheRun(@TempDir Path dir) throws IOException {
    Path labels = dir.resolve("stance.jsonl");
    Files.writeString(
        labels,
        "{\"doc\":\"002_91ce785e42aef5d1\",\"anchor\":\"geen van deze woorden staat erin\","
            + "\"holder\":\"government\",\"target\":\"united-states\",\"polarity\":0}\n",
        StandardCharsets.UTF_8);
    Cli.Run run =
        Cli.run(
            "eval-course",
            "--docs",
            SharedCorpus.seeds().toString(),
            "--stance",
            labels.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("broken labels:")
        .contains("anchor not found in 002_91ce785e42aef5d1");
    assertThat(run.out()).contains("broken_labels=1");
  }

  @Test
  void withoutALabelFileItSaysWhatToGive() {
    Cli.Run run = Cli.run("eval-course", "--docs", SharedCorpus.seeds().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--stance");
  }
}
