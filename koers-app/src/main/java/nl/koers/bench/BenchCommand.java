package nl.koers.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koers.document.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code koers bench}: Koers' ingest and query speed beside its baselines — plain Lucene, SQLite
 * FTS5 (tkconv's engine) and ripgrep — on the same generated papers in the same run. Prints a table
 * with explicit ratios and writes every figure, with the machine's description, as JSON.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark ingest and queries against plain Lucene, SQLite FTS5 and ripgrep on generated papers",
      "(recombined at run time from the real papers in --corpus). Timings are for this machine only;",
      "read the ratios. Each ratio with a target says \"met\" or \"missed\"; with several sizes, how",
      "ingest and query time grew with size (ingest should be linear, queries sublinear).",
      "Run with KOERS_JAVA_OPTS=-Xmx1g to check the memory target (10M passages: -Xmx2g)."
    },
    footer = {
      "",
      "Examples:",
      "  ./koers bench --passages 10000",
      "  ./koers bench --passages 100000 --threads 1",
      "  ./koers bench --passages 10000,100000,1000000 --out bench.json"
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--passages",
      split = ",",
      description = "corpus sizes in passages (default: ${DEFAULT-VALUE})")
  List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Koers' ingest threads, as `koers ingest --threads` (default: ${DEFAULT-VALUE})")
  int threads = nl.koers.index.ParallelIngest.defaultThreads();

  @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--corpus", description = "real papers to recombine (default: ${DEFAULT-VALUE})")
  Path corpus = Path.of("..", "shared", "corpus");

  @Option(
      names = "--work",
      description = "scratch folder for indexes and files (default: a temporary folder)")
  Path work;

  @Option(
      names = "--rounds",
      description = "measured rounds of the query mix per client (default: ${DEFAULT-VALUE})")
  int rounds = 20;

  @Option(names = "--out", description = "JSON results file (default: ${DEFAULT-VALUE})")
  Path out = Path.of("koers-bench.json");

  @Option(
      names = "--write-corpus",
      paramLabel = "DIR",
      description = "only write the generated papers as files to DIR")
  Path writeCorpus;

  @Option(
      names = "--backend",
      description =
          "also measure Koers on this backend beside the embedded engine, e.g. opensearch"
              + " (with --url)")
  String backend;

  @Option(names = "--url", description = "the cluster of --backend, e.g. http://127.0.0.1:9200")
  String url;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    CorpusGenerator generator = CorpusGenerator.from(corpus);
    if (writeCorpus != null) {
      List<CorpusGenerator.Paper> papers = generator.generate(seed, sizes.get(0));
      CorpusGenerator.write(papers, writeCorpus);
      o.printf(Locale.ROOT, "wrote %d papers to %s%n", papers.size(), writeCorpus);
      o.flush();
      return 0;
    }
    Path scratch =
        work != null ? Files.createDirectories(work) : Files.createTempDirectory("koers-bench");
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("machine", machine());
    results.put("seed", seed);
    results.put("sentences", generator.sentenceCount());
    List<Map<String, Object>> runs = new ArrayList<>();
    for (int size : sizes) {
      runs.add(runScale(o, generator, size, scratch.resolve("p" + size)));
    }
    results.put("runs", runs);
    if (runs.size() > 1) {
      o.printf(Locale.ROOT, "%n== growth with size ==%n");
      Map<String, Object> growth = new LinkedHashMap<>();
      for (BenchTargets.Verdict v : BenchTargets.growth(runs)) {
        print(o, v);
        growth.put(v.name(), Map.of("value", v.value(), "verdict", v.word()));
      }
      results.put("growth", growth);
    }
    Files.writeString(
        out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
    o.printf(Locale.ROOT, "%nall figures: %s%n", out.toAbsolutePath());
    o.flush();
    return 0;
  }

  private Map<String, Object> runScale(PrintWriter o, CorpusGenerator g, int passages, Path dir)
      throws Exception {
    Iterable<CorpusGenerator.Paper> papers = g.stream(seed, passages);
    long bytes = 0;
    int paperCount = 0;
    for (CorpusGenerator.Paper p : papers) {
      bytes += p.bytes().length;
      paperCount++;
    }
    o.printf(
        Locale.ROOT,
        "%n== %,d passages: %,d papers, %.1f MB ==%n",
        passages,
        paperCount,
        bytes / 1e6);
    List<Engines.Engine> engines = new ArrayList<>();
    engines.add(new Engines.Koers(dir.resolve("koers"), Math.max(1, threads)));
    if (backend != null && !backend.equals(nl.koers.engine.Engines.DEFAULT)) {
      engines.add(
          new ClusterEngine(
              new nl.koers.engine.EngineConfig(
                  backend,
                  dir,
                  url,
                  null,
                  null,
                  null,
                  null,
                  Map.of(
                      "index",
                      "koers-bench-" + passages + "-" + System.currentTimeMillis(),
                      "replicas",
                      "0"))));
    }
    engines.add(new Engines.PlainLucene(dir.resolve("lucene")));
    engines.add(new Engines.SqliteFts5(Files.createDirectories(dir).resolve("fts5.db")));
    String rg = Engines.Ripgrep.find();
    if (rg != null) {
      engines.add(new Engines.Ripgrep(dir.resolve("files"), rg));
    } else {
      o.println(
          "ripgrep: not installed, skipped (Debian: apt-get install ripgrep; ./koers bench installs it when run as root)");
    }
    Map<String, Object> scale = new LinkedHashMap<>();
    scale.put("passages", passages);
    scale.put("papers", paperCount);
    scale.put("megabytes", bytes / 1e6);
    Map<String, Map<String, Object>> byEngine = new LinkedHashMap<>();
    o.printf(
        Locale.ROOT,
        "%-13s %10s %9s %8s %10s %9s %8s %8s %8s %9s %9s%n",
        "engine",
        "ingest s",
        "papers/s",
        "MB/s",
        "heap MB",
        "KB/paper",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "q/s 1",
        "q/s 4");
    for (Engines.Engine e : engines) {
      Map<String, Object> f = new LinkedHashMap<>();
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      e.ingest(papers);
      double seconds = (System.nanoTime() - t0) / 1e9;
      f.put("ingestSeconds", seconds);
      f.put("papersPerSecond", paperCount / seconds);
      f.put("megabytesPerSecond", bytes / 1e6 / seconds);
      f.put(
          "peakHeapMegabytes",
          e.name().equals("ripgrep") || e.name().equals("sqlite-fts5") ? null : peakHeap() / 1e6);
      f.put(
          "indexKilobytesPerPaper", e.indexBytes() < 0 ? null : e.indexBytes() / 1e3 / paperCount);
      e.open();
      List<BenchQuery> mix = BenchQuery.mix().stream().filter(e::answers).toList();
      int r = e.name().equals("ripgrep") ? Math.max(1, rounds / 10) : rounds;
      for (int w = 0; w < Math.max(1, r / 4); w++) {
        for (BenchQuery q : mix) {
          e.query(q);
        }
      }
      double[] single = latencies(e, mix, r);
      long t1 = System.nanoTime();
      int done = concurrent(e, mix, r, 4);
      double qps4 = done / ((System.nanoTime() - t1) / 1e9);
      double qps1 = single.length / (Arrays.stream(single).sum() / 1000);
      Arrays.sort(single);
      f.put("queries", mix.stream().map(BenchQuery::label).toList());
      f.put("p50Millis", pct(single, 50));
      f.put("p95Millis", pct(single, 95));
      f.put("p99Millis", pct(single, 99));
      f.put("queriesPerSecond1", qps1);
      f.put("queriesPerSecond4", qps4);
      e.close();
      byEngine.put(e.name(), f);
      o.printf(
          Locale.ROOT,
          "%-13s %10.2f %9.1f %8.2f %10s %9s %8.2f %8.2f %8.2f %9.1f %9.1f%n",
          e.name(),
          seconds,
          paperCount / seconds,
          bytes / 1e6 / seconds,
          f.get("peakHeapMegabytes") == null
              ? "–"
              : String.format(Locale.ROOT, "%.0f", (Double) f.get("peakHeapMegabytes")),
          f.get("indexKilobytesPerPaper") == null
              ? "–"
              : String.format(Locale.ROOT, "%.1f", (Double) f.get("indexKilobytesPerPaper")),
          pct(single, 50),
          pct(single, 95),
          pct(single, 99),
          qps1,
          qps4);
      o.flush();
    }
    scale.put("engines", byEngine);
    Map<String, Object> ratios = new LinkedHashMap<>();
    Map<String, Object> verdicts = new LinkedHashMap<>();
    for (BenchTargets.Verdict v :
        BenchTargets.ratios(passages, byEngine, Runtime.getRuntime().maxMemory() / 1e6)) {
      print(o, v);
      ratios.put(v.name(), v.value());
      if (v.met() != null) {
        verdicts.put(v.name(), v.word());
      }
    }
    scale.put("ratios", ratios);
    scale.put("verdicts", verdicts);
    return scale;
  }

  private static void print(PrintWriter o, BenchTargets.Verdict v) {
    o.printf(Locale.ROOT, "  %-56s %8.2f  %s%n", v.name(), v.value(), v.word());
    o.flush();
  }

  private static double[] latencies(Engines.Engine e, List<BenchQuery> mix, int rounds)
      throws Exception {
    double[] ms = new double[mix.size() * rounds];
    int i = 0;
    for (int round = 0; round < rounds; round++) {
      for (BenchQuery q : mix) {
        long t = System.nanoTime();
        e.query(q);
        ms[i++] = (System.nanoTime() - t) / 1e6;
      }
    }
    return ms;
  }

  private static int concurrent(Engines.Engine e, List<BenchQuery> mix, int rounds, int clients)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(
            pool.submit(
                () -> {
                  int n = 0;
                  for (int round = 0; round < rounds; round++) {
                    for (BenchQuery q : mix) {
                      e.query(q);
                      n++;
                    }
                  }
                  return n;
                }));
      }
      int total = 0;
      for (Future<Integer> f : futures) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMegabytes", Runtime.getRuntime().maxMemory() / 1e6);
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    try {
      m.put(
          "cpu",
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.replaceAll(".*:\\s*", ""))
              .orElse(null));
    } catch (IOException e) {
      m.put("cpu", null);
    }
    return m;
  }
}
