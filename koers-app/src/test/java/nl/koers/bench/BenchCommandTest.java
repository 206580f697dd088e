package nl.koers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.koers.SharedCorpus;
import nl.koers.cli.KoersCommand;
import nl.koers.document.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A tiny run of the benchmark so it cannot rot. Speed is never asserted here. */
class BenchCommandTest {
  @Test
  void aThousandPassageRunMeasuresKoersAndItsBaselines(@TempDir Path work) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = KoersCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    Path json = work.resolve("bench.json");
    int exit =
        cl.execute(
            "bench",
            "--passages",
            "1000",
            "--rounds",
            "2",
            "--corpus",
            SharedCorpus.root().toString(),
            "--work",
            work.resolve("w").toString(),
            "--out",
            json.toString());
    assertThat(exit).isZero();
    JsonNode run = Json.mapper().readTree(json.toFile()).get("runs").get(0);
    assertThat(run.get("papers").asInt()).isPositive();
    for (String engine : new String[] {"koers", "lucene-plain", "sqlite-fts5"}) {
      JsonNode e = run.get("engines").get(engine);
      assertThat(e.get("ingestSeconds").asDouble()).as(engine).isPositive();
      assertThat(e.get("p50Millis").asDouble()).as(engine).isPositive();
      assertThat(e.get("indexKilobytesPerPaper").asDouble()).as(engine).isPositive();
    }
    assertThat(run.get("ratios").fieldNames())
        .toIterable()
        .contains("ingest time koers / lucene-plain (target ≤ 3)");
    assertThat(out.toString())
        .contains("koers")
        .contains("sqlite-fts5")
        .contains("p50 sqlite-fts5 / koers");
  }

  @Test
  void theGeneratorIsDeterministic() throws Exception {
    CorpusGenerator g = CorpusGenerator.from(SharedCorpus.seeds());
    assertThat(g.generate(7, 200)).isEqualTo(g.generate(7, 200));
    assertThat(g.generate(7, 200)).isNotEqualTo(g.generate(8, 200));
    assertThat(g.generate(7, 200).stream().mapToInt(CorpusGenerator.Paper::paragraphs).sum())
        .isGreaterThanOrEqualTo(200);
  }
}
