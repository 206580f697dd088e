package nl.koers.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.koers.index.PaperIndex;
import nl.koers.index.ParallelIngest;
import nl.koers.pipeline.PaperProcessor;
import nl.koers.search.PaperSearcher;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/** The engines the benchmark runs: Koers and its baselines, on the same generated papers. */
final class Engines {
  private Engines() {}

  /** An engine under test. {@code query} returns the number of hits it found (kept, not judged). */
  interface Engine extends AutoCloseable {
    String name();

    void ingest(Iterable<CorpusGenerator.Paper> papers) throws Exception;

    /** Opens for querying after ingest. */
    void open() throws Exception;

    boolean answers(BenchQuery q);

    int query(BenchQuery q) throws Exception;

    long indexBytes() throws IOException;

    @Override
    void close() throws Exception;
  }

  /**
   * Koers' full pipeline: read, clean, segment, annotate, index; grouped search with highlights and
   * facets.
   */
  static final class Koers implements Engine {
    private final Path dir;
    private final int threads;
    private PaperSearcher searcher;

    Koers(Path dir, int threads) {
      this.dir = dir;
      this.threads = threads;
    }

    @Override
    public String name() {
      return "koers";
    }

    @Override
    public void ingest(Iterable<CorpusGenerator.Paper> papers) throws IOException {
      PaperProcessor processor = PaperProcessor.standard();
      try (PaperIndex index = PaperIndex.open(dir)) {
        // as `koers ingest` does: annotated on every core, written in order
        new ParallelIngest(index, processor, threads)
            .run(
                () ->
                    java.util.stream.StreamSupport.stream(papers.spliterator(), false)
                        .map(p -> ParallelIngest.Input.bytes(p.name(), p.bytes()))
                        .iterator(),
                r -> {});
      }
    }

    @Override
    public void open() throws IOException {
      searcher = PaperSearcher.open(dir);
    }

    @Override
    public boolean answers(BenchQuery q) {
      return true;
    }

    @Override
    public int query(BenchQuery q) throws IOException {
      return searcher.search(q.koersRequest()).totalPapers();
    }

    @Override
    public long indexBytes() throws IOException {
      return size(dir);
    }

    @Override
    public void close() throws IOException {
      if (searcher != null) {
        searcher.close();
      }
    }
  }

  /** The lower bound: plain Lucene, StandardAnalyzer, one entry per passage, no annotation. */
  static final class PlainLucene implements Engine {
    private final Path dir;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    PlainLucene(Path dir) {
      this.dir = dir;
    }

    @Override
    public String name() {
      return "lucene-plain";
    }

    @Override
    public void ingest(Iterable<CorpusGenerator.Paper> papers) throws IOException {
      try (FSDirectory d = FSDirectory.open(dir);
          IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
        for (CorpusGenerator.Paper p : papers) {
          for (String passage : p.text().split("\n\n")) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new StringField("paper", p.name(), Field.Store.YES));
            doc.add(new TextField("body", passage, Field.Store.NO));
            w.addDocument(doc);
          }
        }
        w.commit();
      }
    }

    @Override
    public void open() throws IOException {
      reader = DirectoryReader.open(FSDirectory.open(dir));
      searcher = new IndexSearcher(reader);
    }

    @Override
    public boolean answers(BenchQuery q) {
      return true;
    }

    @Override
    public int query(BenchQuery q) throws Exception {
      QueryParser parser = new QueryParser("body", analyzer);
      return searcher.search(parser.parse(q.lucene()), 10).scoreDocs.length;
    }

    @Override
    public long indexBytes() throws IOException {
      return size(dir);
    }

    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
        reader.directory().close();
      }
    }
  }

  /** SQLite FTS5 through sqlite-jdbc, ranked by bm25(): the engine of berthubert/tkconv. */
  static final class SqliteFts5 implements Engine {
    private final Path file;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new ArrayList<>();

    SqliteFts5(Path file) {
      this.file = file;
    }

    @Override
    public String name() {
      return "sqlite-fts5";
    }

    @Override
    public void ingest(Iterable<CorpusGenerator.Paper> papers) throws SQLException {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE VIRTUAL TABLE passages USING fts5(paper UNINDEXED, body)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ins =
            c.prepareStatement("INSERT INTO passages(paper, body) VALUES (?, ?)")) {
          for (CorpusGenerator.Paper p : papers) {
            for (String passage : p.text().split("\n\n")) {
              ins.setString(1, p.name());
              ins.setString(2, passage);
              ins.addBatch();
            }
            ins.executeBatch();
          }
        }
        c.commit();
      }
    }

    @Override
    public void open() {}

    private synchronized Connection connection() throws SQLException {
      Connection c = connections.get();
      if (c == null) {
        c = DriverManager.getConnection("jdbc:sqlite:" + file);
        connections.set(c);
        opened.add(c);
      }
      return c;
    }

    @Override
    public boolean answers(BenchQuery q) {
      return true;
    }

    @Override
    public int query(BenchQuery q) throws SQLException {
      try (PreparedStatement s =
          connection()
              .prepareStatement(
                  "SELECT paper FROM passages WHERE passages MATCH ? ORDER BY bm25(passages) LIMIT 10")) {
        s.setString(1, q.fts5());
        int n = 0;
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            n++;
          }
        }
        return n;
      }
    }

    @Override
    public long indexBytes() throws IOException {
      return Files.size(file);
    }

    @Override
    public synchronized void close() throws SQLException {
      for (Connection c : opened) {
        c.close();
      }
    }
  }

  /**
   * ripgrep over the paper files, for single terms and phrases: what a user without an index does.
   */
  static final class Ripgrep implements Engine {
    private final Path dir;
    private final String rg;

    Ripgrep(Path dir, String rg) {
      this.dir = dir;
      this.rg = rg;
    }

    /** The ripgrep binary on the PATH, or null. */
    static String find() {
      for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(p, "rg");
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
      return null;
    }

    @Override
    public String name() {
      return "ripgrep";
    }

    @Override
    public void ingest(Iterable<CorpusGenerator.Paper> papers) throws IOException {
      CorpusGenerator.write(papers, dir);
    }

    @Override
    public void open() {}

    @Override
    public boolean answers(BenchQuery q) {
      return q.grep() != null;
    }

    @Override
    public int query(BenchQuery q) throws Exception {
      Process p =
          new ProcessBuilder(rg, "-l", "-i", "-F", "--", q.grep(), dir.toString())
              .redirectErrorStream(true)
              .start();
      int lines;
      try (var in = p.inputReader()) {
        lines = (int) in.lines().count();
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("ripgrep took over 120 s");
      }
      return lines;
    }

    @Override
    public long indexBytes() throws IOException {
      return size(dir);
    }

    @Override
    public void close() {}
  }

  static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
