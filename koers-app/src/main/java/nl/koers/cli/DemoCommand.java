package nl.koers.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koers.engine.PaperEngine;
import nl.koers.index.IngestResult;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.SearchHit;
import nl.koers.search.SearchRequest;
import nl.koers.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code koers demo}: ingests the bundled sample papers (and any paths given) into the data folder,
 * runs example searches, and on a terminal offers a search prompt.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest the bundled sample papers (plus any PATHs) into the data folder, run example",
      "searches, then, on a terminal, let you type your own queries."
    },
    footer = {"", "Examples:", "  koers demo", "  koers demo ../shared/corpus --no-prompt"})
public final class DemoCommand implements Callable<Integer> {
  private static final String SAMPLES = "/nl/koers/samples/";

  @Spec CommandSpec spec;

  /**
   * The demo's own folder, never the user's: its sample papers are fictional (dated 2031) and must
   * not show up in the timelines of the user's real papers.
   */
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "data folder for the demo, kept apart from your own (default: ${DEFAULT-VALUE})",
      defaultValue = "${env:XDG_DATA_HOME:-${sys:user.home}/.local/share}/koers-demo")
  Path dataDir;

  /** Shaped like the other commands' option, so the code below reads the same. */
  private final DataOption data = new DataOption();

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "more papers to ingest")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--no-prompt", description = "do not ask for queries, even on a terminal")
  boolean noPrompt;

  @Override
  public Integer call() throws IOException {
    data.dir = dataDir;
    PrintWriter out = spec.commandLine().getOut();
    Path samples = extractSamples();
    List<Path> files = new ArrayList<>(Files2.expand(List.of(samples)));
    files.addAll(Files2.expand(paths));
    PaperProcessor processor = PaperProcessor.standard();
    int indexed = 0;
    int unchanged = 0;
    int failed = 0;
    // the demo is always embedded: its fictional papers never go to a cluster
    try (nl.koers.engine.PaperStore index =
        nl.koers.engine.Engines.openForWriting(nl.koers.engine.EngineConfig.embedded(data.dir))) {
      for (Path f : files) {
        IngestResult r = index.ingest(f, processor);
        switch (r.status()) {
          case INDEXED, REPLACED -> indexed++;
          case UNCHANGED, SAME_PAPER -> unchanged++;
          default -> {
            failed++;
            out.printf(
                java.util.Locale.ROOT, "  %s: %s%n", SourcePaths.display(r.source()), r.reason());
          }
        }
      }
    }
    out.printf(
        java.util.Locale.ROOT,
        "Koers demo: %d papers indexed, %d unchanged, %d not indexed, in %s%n%n",
        indexed,
        unchanged,
        failed,
        data.dir);
    try (PaperEngine searcher =
        nl.koers.engine.Engines.open(nl.koers.engine.EngineConfig.embedded(data.dir))) {
      for (String q :
          List.of(
              "trans-Atlantische betrekkingen", "sancties", "\"onmisbare partner\"", "Van Dam")) {
        show(out, searcher, q);
      }
      out.println(
          "Try next:  ./koers show kst-21501-02-9002   ./koers search --help   ./koers stats");
      out.println(
          "In a browser:  ./koers serve --data "
              + data.dir
              + "   then open http://127.0.0.1:8080/");
      out.flush();
      if (!noPrompt && System.console() != null) {
        prompt(out, searcher);
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private static void show(PrintWriter out, PaperEngine searcher, String q) throws IOException {
    SearchResults r = searcher.search(SearchRequest.of(q));
    out.printf(java.util.Locale.ROOT, "search %s → %d paper(s)%n", q, r.totalPapers());
    for (SearchHit h : r.hits().subList(0, Math.min(3, r.hits().size()))) {
      String passage = h.highlight() == null ? "" : h.highlight().replaceAll("\\s+", " ");
      if (passage.length() > 160) {
        passage = passage.substring(0, 157) + "…";
      }
      out.printf(
          java.util.Locale.ROOT,
          "  %-22s %s  %s%n",
          h.id(),
          h.date() == null ? "(undated)" : h.date(),
          passage);
    }
    out.println();
  }

  private static void prompt(PrintWriter out, PaperEngine searcher) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    while (true) {
      out.print("zoek (leeg = stop)> ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.isBlank()) {
        return;
      }
      try {
        show(out, searcher, line.strip());
      } catch (IllegalArgumentException e) {
        out.println("  " + e.getMessage());
      }
    }
  }

  /** Copies the bundled samples to a folder so they ingest like any user's files. */
  private Path extractSamples() throws IOException {
    Path dir = data.dir.resolve("samples");
    Files.createDirectories(dir);
    try (InputStream list = DemoCommand.class.getResourceAsStream(SAMPLES + "index.txt")) {
      if (list == null) {
        throw new IOException("the sample corpus is missing from the jar");
      }
      for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (name.isBlank()) {
          continue;
        }
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name.strip())) {
          if (in == null) {
            throw new IOException("sample " + name + " is missing from the jar");
          }
          byte[] bytes = in.readAllBytes();
          Path target = dir.resolve(name.strip());
          if (!Files.exists(target)
              || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            Files.write(target, bytes);
          }
        }
      }
    }
    return dir;
  }
}
