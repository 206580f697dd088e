package nl.koers.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline a search must beat: plain BM25 over whole papers with Lucene's {@link
 * StandardAnalyzer} (lower case, no stemming, no stop words), every query word optional — what a
 * default Lucene or Elasticsearch {@code match} query gives. Built in memory from the papers' text.
 */
public final class PlainBm25 implements Closeable, SearchEvaluation.Ranker {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();

  /**
   * @param papers paper id → its text
   */
  public PlainBm25(Map<String, String> papers) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Map.Entry<String, String> p : papers.entrySet()) {
        Document d = new Document();
        d.add(new StringField("id", p.getKey(), Field.Store.YES));
        d.add(new TextField("body", p.getValue(), Field.Store.NO));
        w.addDocument(d);
      }
    }
    this.reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
  }

  @Override
  public List<String> rank(String query) throws IOException {
    List<String> out = new ArrayList<>();
    String words = QueryParser.escape(query);
    if (words.isBlank()) {
      return out;
    }
    try {
      for (ScoreDoc sd :
          searcher.search(new QueryParser("body", analyzer).parse(words), 100).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).get("id"));
      }
    } catch (ParseException e) {
      return out;
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
