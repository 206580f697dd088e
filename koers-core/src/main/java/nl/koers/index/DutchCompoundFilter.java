package nl.koers.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the parts of a Dutch compound after it, at the same position ({@code sanctiepakket} →
 * sanctiepakket, sanctie, pakket), so {@code sancties} finds {@code sanctiepakket} and {@code
 * police training} (politie training) reaches {@code politietrainingsmissie}.
 *
 * <p>Lucene's {@code DictionaryCompoundWordTokenFilter} emits every dictionary word found anywhere
 * inside a token ({@code verdragen} → {@code dragen}); this filter reuses its base class but only
 * accepts splits that cover the whole word, as decided by {@link CompoundDictionary}.
 */
public final class DutchCompoundFilter extends CompoundWordTokenFilterBase {
  /** Words remembered per filter; past this the memory is dropped and filled again. */
  static final int MAX_REMEMBERED = 20_000;

  private final CompoundDictionary dictionary;
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  /**
   * The splits this filter made, by word. An analyzer keeps one filter per thread, so this is one
   * thread's memory of the words it has indexed. Government prose repeats its long words, and the
   * split is the costliest step of indexing a token: a tenth of ingest's CPU in the JFR profile
   * before (issue 19). The split of a word never changes, so neither does the output.
   */
  private final Map<String, List<int[]>> remembered = new HashMap<>();

  public DutchCompoundFilter(TokenStream input, CompoundDictionary dictionary) {
    super(
        input,
        CharArraySet.EMPTY_SET,
        CompoundDictionary.MIN_WORD,
        2,
        CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE,
        false);
    this.dictionary = dictionary;
  }

  @Override
  protected void decompose() {
    if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
      return; // a synonym the query gained is matched whole, not scattered into parts
    }
    for (int i = 0; i < termAtt.length(); i++) {
      if (!Character.isLetter(termAtt.charAt(i)) && termAtt.charAt(i) != '-') {
        return; // numbers and ids are no compounds
      }
    }
    String word = new String(termAtt.buffer(), 0, termAtt.length());
    List<int[]> parts = remembered.get(word);
    if (parts == null) {
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      parts = dictionary.split(termAtt.buffer(), termAtt.length());
      remembered.put(word, parts.isEmpty() ? List.of() : parts);
    }
    for (int[] part : parts) {
      tokens.add(new CompoundToken(part[0], part[1] - part[0]));
    }
  }
}
