package nl.koers.index;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch full-text analysis, composed the Lucene way: a char filter that closes the space in dossier
 * numbers ({@code 21 501-02} → {@code 21501-02}, so citations are findable however they are
 * spelled), the standard tokenizer, optionally query-time synonyms (before lower-casing, so the
 * abbreviation {@code US} expands and the word {@code us} does not), lower-casing, accent folding
 * ({@code Oekraïne} = {@code Oekraine}), Dutch stop words (plus English ones for English queries),
 * optionally compound parts ({@link DutchCompoundFilter}), stem overrides from {@code
 * stem-overrides.tsv}, and the Snowball Dutch stemmer. Hyphenated words become adjacent tokens, so
 * {@code staakt-het-vuren} and {@code kst-21501-02-2976} are found as phrases.
 *
 * <p>Three configurations: {@link #DutchSearchAnalyzer() for indexing} (compounds), for queries
 * (compounds and synonyms) and {@link #exact() for quoted phrases} (neither: a phrase means what it
 * says).
 */
public final class DutchSearchAnalyzer extends Analyzer {
  private static final Pattern SPACED_DOSSIER =
      Pattern.compile("(?<![\\d])(\\d{2}) (\\d{3})(?![\\d])");

  private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = loadOverrides();

  private final CharArraySet stopWords;
  private final SynonymMap synonyms;
  private final CompoundDictionary compounds;

  /** Whether to split with the standard dictionary, loaded when a token stream first needs it. */
  private final boolean standardCompounds;

  /**
   * The index-time analyzer: compounds split, no synonyms. The word list is loaded when the first
   * text is analysed, not here: a search builds its query vocabulary meanwhile (issue 19).
   */
  public DutchSearchAnalyzer() {
    this.synonyms = null;
    this.stopWords = DutchAnalyzer.getDefaultStopSet();
    this.compounds = null;
    this.standardCompounds = true;
  }

  /**
   * @param synonyms query-time synonyms, or null
   * @param stopWords folded stop words
   * @param compounds the compound dictionary, or null for no splitting
   */
  public DutchSearchAnalyzer(
      SynonymMap synonyms, CharArraySet stopWords, CompoundDictionary compounds) {
    this.synonyms = synonyms;
    this.stopWords = stopWords;
    this.compounds = compounds;
    this.standardCompounds = false;
  }

  /** For quoted phrases: no synonyms, no compound parts. */
  public static DutchSearchAnalyzer exact() {
    return new DutchSearchAnalyzer(null, DutchAnalyzer.getDefaultStopSet(), null);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(SPACED_DOSSIER, "$1$2", reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream ts = source;
    if (synonyms != null && synonyms.fst != null) {
      ts = new SynonymGraphFilter(ts, synonyms, false);
    }
    ts = new LowerCaseFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    ts = new StopFilter(ts, stopWords);
    CompoundDictionary dictionary = standardCompounds ? CompoundDictionary.standard() : compounds;
    if (dictionary != null) {
      ts = new DutchCompoundFilter(ts, dictionary);
    }
    ts = new StemmerOverrideFilter(ts, OVERRIDES);
    ts = new SnowballFilter(ts, new DutchStemmer());
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static StemmerOverrideFilter.StemmerOverrideMap loadOverrides() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    for (String line :
        nl.koers.data.DataFile.lines(DutchSearchAnalyzer.class, "stem-overrides.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length == 2) {
        builder.add(parts[0].strip(), parts[1].strip());
      }
    }
    try {
      return builder.build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
