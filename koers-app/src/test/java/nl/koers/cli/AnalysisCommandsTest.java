package nl.koers.cli;

import static nl.koers.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands on an index of the seeds, as a user runs them. */
class AnalysisCommandsTest {
  @TempDir static Path data;

  private static Cli.Run on(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    return run(all);
  }

  @BeforeAll
  static void ingestTheSeedsWithAUsersGazetteer(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(
        mine,
        "maia-sandu\tperson\t\tMaia Sandu|Sandu\t\t\tpresident of Moldova\n",
        StandardCharsets.UTF_8);
    Cli.Run ingest =
        run(
            "ingest",
            "--data",
            data.toString(),
            "--gazetteer",
            mine.toString(),
            SharedCorpus.seeds().toString());
    assertThat(ingest.exit()).isZero();
  }

  @Test
  void searchFiltersByEntityAndTopicAndCountsFacets() throws Exception {
    JsonNode r =
        Json.mapper()
            .readTree(
                on("search", "*", "--entity", "Q30", "--topic", "security-defence", "--json")
                    .out());
    assertThat(r.get("hits")).isNotEmpty();
    assertThat(r.get("facets").get("entity").get("united-states").asInt())
        .isEqualTo(r.get("totalPapers").asInt());
    assertThat(r.get("facets").get("topic").has("security-defence")).isTrue();
    Cli.Run unknown = on("search", "x", "--entity", "Atlantis");
    assertThat(unknown.exit()).isNotZero();
    assertThat(unknown.err()).contains("no entity \"Atlantis\"");
  }

  @Test
  void listsEntitiesAndShowsOneWithQuotesByDate() {
    assertThat(on("entities", "--type", "country").out()).contains("united-states").contains("Q30");
    Cli.Run us = on("entity", "VS", "--quotes", "1");
    assertThat(us.out())
        .contains("Verenigde Staten  (country, Q30)")
        .contains("~2018-07-02  001_68752d408e2ec76a");
    assertThat(on("entity", "sandu").out())
        .contains("president of Moldova")
        .contains("kst-21501-02-2244");
    assertThat(on("entity", "member-piri").out()).contains("kst-21501-02-2976");
  }

  @Test
  void exportsFiguresAndCommitmentsAsCsv() {
    String figures = on("figures", "--entity", "NAVO", "--csv").out();
    assertThat(figures.lines().findFirst().orElseThrow())
        .contains("value")
        .contains("display")
        .contains("unit")
        .contains("quote");
    assertThat(figures).contains("5% van het bbp").contains(",percent_gdp,,2035,");
    assertThat(figures).doesNotContainPattern("\\dE[+-]?\\d"); // plain decimals, never 1.5E9
    String commitments = on("commitments", "--csv").out();
    assertThat(commitments)
        .contains("zal hierover in gesprek gaan met de Kamer")
        .doesNotContain("nu niet op vooruitlopen") // a refusal (seed 002)
        .doesNotContain("Nederland zet zich actief in voor het implementeren"); // present tense
  }

  @Test
  void followsTheCourseAndTheCitations() throws Exception {
    JsonNode t = Json.mapper().readTree(on("timeline", "VS", "--json").out());
    assertThat(t.get("points")).hasSize(4);
    assertThat(on("timeline", "topic:security-defence", "--csv").out()).startsWith("period,");
    assertThat(on("refs", "kst-21501-02-2976").out())
        .contains("kst-21501-02-2958        (not indexed)")
        .contains("verzoek van het lid Piri van 2024-11-12");
    assertThat(on("graph", "--format", "graphml").out()).contains("<graphml");
    assertThat(on("dossier", "21 501-02").out())
        .contains("kst-21501-02-2244")
        .contains("verslag-raad");
    assertThat(on("compare", "2018", "2025").out())
        .contains("gained in 2025:")
        .contains("us-national-security-strategy");
    assertThat(on("compare", "2018", "nonsense").err())
        .contains("neither an indexed paper nor a period");
  }

  @Test
  void printsTheSameMotionsAsTextAndAsJson() throws Exception {
    JsonNode json = Json.mapper().readTree(on("refs", "kst-21501-02-2244", "--json").out());
    long inJson = 0;
    for (JsonNode e : json.get("in")) {
      inJson += e.get("type").asText().equals("reported-in") ? 1 : 0;
    }
    String text = on("refs", "kst-21501-02-2244").out();
    String motions =
        text.substring(text.indexOf("motions reported on:"), text.indexOf("reported on in:"));
    assertThat(inJson).isEqualTo(6);
    assertThat(on("show", "kst-21501-02-2244", "--no-text").out())
        .contains("motie Ploumen (kst-35570-V-42)")
        .contains("motie Voordewind (kst-35570-45)");
    assertThat(motions.lines().skip(1))
        .hasSize(6)
        .anyMatch(l -> l.contains("kst-35570-V-42  (Ploumen)"));
  }
}
