package nl.koers.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Text as the embedded engine indexes it, written so the cluster's {@code koers_tokens} analyzer
 * reads back the same terms at the same positions: positions separated by spaces, terms sharing a
 * position (a compound and its parts, {@code sanctiepakket|sanctie|pakket}) joined by {@code |},
 * and a position a stop word left empty as {@code _} (dropped again by the cluster, position kept).
 * The analysis itself is {@link nl.koers.index.DutchSearchAnalyzer}, run here: one analyzer for
 * both engines, so BM25 sees the same terms, lengths and positions.
 */
final class Tokens {
  private Tokens() {}

  /** The encoded tokens of {@code text} as {@code analyzer} analyses it for {@code field}. */
  static String encode(Analyzer analyzer, String field, String text) {
    StringBuilder out = new StringBuilder(text.length());
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      boolean first = true;
      while (ts.incrementToken()) {
        int step = inc.getPositionIncrement();
        if (step == 0 && !first) {
          out.append('|');
        } else {
          // the first token's position is its increment less one, as in Lucene's indexer
          for (int gap = 1; gap < step; gap++) {
            out.append(first ? "" : " ").append('_');
            first = false;
          }
          if (!first) {
            out.append(' ');
          }
        }
        out.append(term);
        first = false;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
