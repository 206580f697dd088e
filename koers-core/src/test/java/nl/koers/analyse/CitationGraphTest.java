package nl.koers.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koers.SharedCorpus;
import nl.koers.index.PaperIndex;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationGraphTest {
  private static CitationGraph graph(Path data, List<Path> folders) throws IOException {
    PaperProcessor processor = PaperProcessor.standard();
    try (PaperIndex index = PaperIndex.open(data)) {
      for (Path folder : folders) {
        try (var files = Files.list(folder)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            index.ingest(f, processor);
          }
        }
      }
    }
    try (PaperSearcher s = PaperSearcher.open(data)) {
      return CitationGraph.of(s.papers(null, null, null, null, null));
    }
  }

  private static List<Path> seedsAndDev() {
    return List.of(SharedCorpus.seeds(), SharedCorpus.dev().resolve("docs"));
  }

  @Test
  void seed003sMotionsAreEdgesToTheirKstIds(@TempDir Path data) throws IOException {
    CitationGraph g = graph(data, List.of(SharedCorpus.seeds()));
    assertThat(g.in("kst-21501-02-2244"))
        .filteredOn(e -> e.type().equals("reported-in"))
        .extracting(CitationGraph.Edge::from, CitationGraph.Edge::member)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kst-35570-V-42", "Ploumen"),
            org.assertj.core.groups.Tuple.tuple("kst-35570-V-31", "Van Helvert"),
            org.assertj.core.groups.Tuple.tuple("kst-21501-02-2234", "Omtzigt"),
            org.assertj.core.groups.Tuple.tuple("kst-35570-V-33", "Van Helvert"),
            org.assertj.core.groups.Tuple.tuple("kst-35570-V-35", "Karabulut"),
            org.assertj.core.groups.Tuple.tuple("kst-35570-45", "Voordewind"));
    assertThat(g.node("kst-35570-V-42").type()).isEqualTo("placeholder");
  }

  @Test
  void seed002AnswersThePiriRequest(@TempDir Path data) throws IOException {
    CitationGraph g = graph(data, List.of(SharedCorpus.seeds()));
    assertThat(g.in("kst-21501-02-2976"))
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("answered-by");
              assertThat(e.member()).isEqualTo("Piri");
              assertThat(g.node(e.from()).title())
                  .isEqualTo("verzoek van het lid Piri van 2024-11-12");
            });
    assertThat(g.out("kst-21501-02-2976"))
        .extracting(CitationGraph.Edge::to)
        .contains("kst-21501-02-2958");
  }

  @Test
  void aroundKeepsTheNeighbourhoodAndOnlyItsEdges(@TempDir Path data) throws IOException {
    CitationGraph g = graph(data, List.of(SharedCorpus.seeds()));
    CitationGraph near = g.around("kst-21501-02-2976", 1);
    assertThat(near.nodes())
        .extracting(CitationGraph.Node::id)
        .contains("kst-21501-02-2976", "kst-21501-02-2958")
        .hasSizeLessThan(g.nodes().size());
    assertThat(near.edges())
        .allMatch(e -> near.node(e.from()) != null && near.node(e.to()) != null)
        .allMatch(
            e ->
                e.from().equals("kst-21501-02-2976")
                    || e.to().equals("kst-21501-02-2976")
                    || near.out(e.from()).contains(e));
    assertThat(g.around("kst-21501-02-2976", 0).nodes()).hasSize(1);
    assertThat(g.around("kst-0-0", 2).nodes()).isEmpty();
    assertThat(g.around("kst-21501-02-2976", 3).nodes().size())
        .isGreaterThanOrEqualTo(near.nodes().size());
  }

  @Test
  void theOrderOfIngestDoesNotMatter(@TempDir Path one, @TempDir Path two) throws IOException {
    List<Path> forward = seedsAndDev();
    List<Path> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    CitationGraph a = graph(one, forward);
    CitationGraph b = graph(two, backward);
    assertThat(a.edges()).isNotEmpty();
    assertThat(new java.util.HashSet<>(b.edges())).isEqualTo(new java.util.HashSet<>(a.edges()));
    assertThat(new java.util.HashSet<>(b.nodes())).isEqualTo(new java.util.HashSet<>(a.nodes()));
  }

  @Test
  void writesGraphmlAndDotThatNameEveryEdge(@TempDir Path data) throws IOException {
    CitationGraph g = graph(data, List.of(SharedCorpus.seeds()));
    String graphml = GraphFormats.write(g, "graphml");
    assertThat(graphml).contains("<graphml").contains("source=\"request:piri:2024-11-12\"");
    assertThat(graphml.split("<edge ", -1)).hasSize(g.edges().size() + 1);
    String dot = GraphFormats.write(g, "dot");
    assertThat(dot.split(" -> ", -1)).hasSize(g.edges().size() + 1);
  }

  @Test
  void opensOnTheMostCitedPapersWithTheirCiters(@TempDir Path data) throws IOException {
    CitationGraph g = graph(data, seedsAndDev());
    CitationGraph top = g.mostCited(3, 10);
    List<String> mostCited =
        g.nodes().stream()
            .map(CitationGraph.Node::id)
            .sorted(
                java.util.Comparator.comparingInt((String id) -> -g.in(id).size())
                    .thenComparing(java.util.Comparator.naturalOrder()))
            .limit(3)
            .toList();
    assertThat(top.nodes())
        .extracting(CitationGraph.Node::id)
        .startsWith(mostCited.toArray(String[]::new));
    assertThat(g.in(mostCited.get(0)).size()).isGreaterThanOrEqualTo(g.in(mostCited.get(2)).size());
    assertThat(top.edges())
        .isNotEmpty()
        .allMatch(e -> top.node(e.from()) != null && top.node(e.to()) != null);
  }
}
