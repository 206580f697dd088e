package nl.koers.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.reference.KstIds;
import nl.koers.index.DutchSearchAnalyzer;
import nl.koers.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Reads what a user typed into a query, the way a good search box does: plain words are a
 * best-match query (every word helps, none is required: Lucene's OR with BM25), explicit syntax
 * means what it says ({@code "phrases"} exact, {@code AND}/{@code OR}/{@code NOT}/{@code -word},
 * {@code prefix*}, {@code kind:motie}, {@code dossier:21501-02}, {@code entity:nato}), and exact
 * lookups win: a kst-id or a written citation ({@code Kamerstuk 21 501-02 nr. 2958}) finds that
 * paper first.
 *
 * <p>A query it cannot read is never an error page: syntax errors, unknown fields ({@code Oekraïne:
 * steun}), nesting deeper than {@value #MAX_DEPTH}, more than {@value #MAX_WORDS} words or a
 * regular expression are read as plain words, and the user is told so in a {@link Parsed#notice()}.
 */
public final class PaperQueryParser {
  static final int MAX_DEPTH = 20;
  static final int MAX_WORDS = 64;
  static final int MAX_CHARS = 2000;

  /** Fields a user may name in a query, with the exact (keyword) values they hold. */
  private static final Set<String> KEYWORD_FIELDS =
      Set.of(
          Fields.KIND,
          Fields.DOSSIER,
          Fields.ENTITY,
          Fields.TOPIC,
          Fields.AUTHOR,
          Fields.DOC_ID,
          "id");

  private static final Pattern CITATION =
      Pattern.compile(
          "(?i)(?:kamerstuk(?:ken)?\\s*(?:ii\\s*)?(?:\\d{4}[/–-]\\d{2,4},?\\s*)?)?"
              + "(\\d{2}\\s?\\d{3}(?:\\s?[-–]\\s?\\d{2}|\\s[IVXLC]{1,6}\\b|\\s\\d{2}\\b)?),?\\s*nr\\.?\\s*(\\d+[a-z]?)");
  private static final Pattern KST_ID = Pattern.compile("(?i)\\b(kst-[\\w-]+-\\w+)\\b");

  /** A word of three or more hyphenated parts ({@code staakt-het-vuren}) is meant as a phrase. */
  private static final Pattern HYPHENATED =
      Pattern.compile("(?<![\\w\"])(\\p{L}+(?:-\\p{L}+){2,})(?![\\w\"])");

  private final QueryVocabulary vocabulary;
  private final Analyzer exact = DutchSearchAnalyzer.exact();

  public PaperQueryParser(QueryVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * A parsed query: what to search papers with, what to pick passages with, and what the user
   * should know about how the query was read.
   */
  public record Parsed(
      Query papers, Query passages, boolean english, List<String> expansions, String notice) {}

  public Parsed parse(String typed) {
    String text = clean(typed);
    String notice = null;
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
      notice = "the query was cut to its first " + MAX_CHARS + " characters";
    }
    if (text.strip().equals("*")) {
      return new Parsed(new MatchAllDocsQuery(), new MatchAllDocsQuery(), false, List.of(), null);
    }
    boolean english = vocabulary.isEnglish(text);
    String prepared = prepare(text);
    Query papers;
    Query passages;
    String asWords = null;
    if (depth(prepared) > MAX_DEPTH) {
      asWords = "the query nests parentheses too deeply";
    } else if (prepared.split("\\s+").length > MAX_WORDS) {
      asWords =
          "the query has more than " + MAX_WORDS + " words; the first " + MAX_WORDS + " were used";
    }
    if (asWords == null) {
      try {
        papers = parser(english, paperFields()).parse(prepared);
        passages = parser(english, Map.of(Fields.TEXT, 1f)).parse(prepared);
      } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
        asWords = "the query's syntax could not be read (" + plain(e) + "); searched for its words";
        papers = null;
        passages = null;
      }
    } else {
      papers = null;
      passages = null;
    }
    if (asWords != null) {
      String words = wordsOnly(text);
      notice = notice == null ? asWords : notice + "; " + asWords;
      if (words.isBlank()) {
        return new Parsed(nothing(), nothing(), english, List.of(), notice);
      }
      try {
        papers = parser(english, paperFields()).parse(words);
        passages = parser(english, Map.of(Fields.TEXT, 1f)).parse(words);
      } catch (ParseException | IndexSearcher.TooManyClauses e) {
        throw new IllegalArgumentException("cannot read the query as words: " + plain(e), e);
      }
    }
    if (!english) {
      papers = withCompoundParts(text, papers, paperFields());
      passages = withCompoundParts(text, passages, Map.of(Fields.TEXT, 1f));
    }
    papers = withExactLookups(text, onlyNegative(papers));
    passages = onlyNegative(passages);
    return new Parsed(papers, passages, english, vocabulary.expansions(text, english), notice);
  }

  private static Map<String, Float> paperFields() {
    // the title says what a paper is about; facts (ids, people, citations) decide between papers
    return Map.of(Fields.BODY, 1.0f, Fields.TITLE_TEXT, 1.5f, Fields.FACTS, 0.5f);
  }

  private QueryParser parser(boolean english, Map<String, Float> weights) {
    Analyzer analyzer = vocabulary.analyzer(english);
    String[] names = weights.keySet().toArray(String[]::new);
    java.util.Arrays.sort(names);
    MultiFieldQueryParser p =
        new MultiFieldQueryParser(names, analyzer, weights) {
          @Override
          protected Query getFieldQuery(String field, String queryText, boolean quoted)
              throws ParseException {
            if (field != null && isKeywordField(field)) {
              return keyword(field, queryText);
            }
            if (field != null && !weights.containsKey(field)) {
              // "Oekraïne: steun" is two words, not a field
              return getFieldQuery(null, field + " " + queryText, quoted);
            }
            return super.getFieldQuery(field, queryText, quoted);
          }

          @Override
          protected Query getFieldQuery(String field, String queryText, int slop)
              throws ParseException {
            if (field != null && !weights.containsKey(field)) {
              return getFieldQuery(null, queryText, slop);
            }
            // quoted: a phrase means exactly what it says, without synonyms or compound parts;
            // a hyphenated word keeps its synonyms
            QueryBuilder phrases =
                new QueryBuilder(queryText.matches("[\\p{L}-]+") ? analyzer : exact);
            phrases.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            if (field == null) {
              List<BooleanClause> clauses = new ArrayList<>();
              for (String f : names) {
                Query q = phrases.createPhraseQuery(f, queryText, slop);
                if (q != null) {
                  clauses.add(
                      new BooleanClause(
                          new BoostQuery(q, weights.get(f)), BooleanClause.Occur.SHOULD));
                }
              }
              return clauses.isEmpty() ? null : getBooleanQuery(clauses);
            }
            return phrases.createPhraseQuery(field, queryText, slop);
          }

          @Override
          protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return getFieldQuery(field, termStr, false);
          }
        };
    p.setDefaultOperator(QueryParser.Operator.OR);
    p.setSplitOnWhitespace(false);
    p.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    p.setAllowLeadingWildcard(false);
    return p;
  }

  private static boolean isKeywordField(String field) {
    return KEYWORD_FIELDS.contains(field);
  }

  private static Query keyword(String field, String value) {
    String v = value.strip();
    if (field.equals(Fields.DOSSIER)) {
      v = KstIds.dossier(v);
    }
    return new TermQuery(new Term(field.equals("id") ? Fields.DOC_ID : field, v));
  }

  /**
   * A typed compound also matches its parts found together, at half weight: {@code
   * terrorismebestrijding} finds {@code bestrijding van terrorisme}, and {@code staatssecretaris}
   * never finds a paper that only says {@code staat}. Only for queries of plain optional words,
   * whose meaning an added optional clause cannot change.
   */
  private Query withCompoundParts(String text, Query query, Map<String, Float> weights) {
    if (!(query instanceof BooleanQuery bq)
        || bq.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.SHOULD)
        || text.contains("\"")
        || text.contains(":")) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(query, BooleanClause.Occur.SHOULD);
    boolean any = false;
    for (String word : text.split("[^\\p{L}]+")) {
      List<String> parts = word.length() < 7 ? List.of() : vocabulary.compoundParts(word);
      if (parts.size() < 2) {
        continue;
      }
      for (Map.Entry<String, Float> field : weights.entrySet()) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : parts) {
          Query q = new QueryBuilder(exact).createBooleanQuery(field.getKey(), part);
          if (q != null) {
            all.add(q, BooleanClause.Occur.MUST);
          }
        }
        b.add(new BoostQuery(all.build(), 0.5f * field.getValue()), BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : query;
  }

  /** A kst-id or a written citation in the query finds that paper first. */
  private static Query withExactLookups(String text, Query query) {
    List<String> ids = new ArrayList<>();
    Matcher m = KST_ID.matcher(text);
    while (m.find()) {
      ids.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    Matcher c = CITATION.matcher(text);
    while (c.find()) {
      ids.add(KstIds.of(KstIds.dossier(c.group(1)), c.group(2)));
    }
    String bare = text.strip();
    if (bare.matches("[\\p{L}\\p{N}._-]+")) {
      ids.add(bare); // a paper's id as search printed it
    }
    if (ids.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(query, BooleanClause.Occur.SHOULD);
    for (String id : ids) {
      b.add(
          new BoostQuery(new TermQuery(new Term(Fields.DOC_ID, id)), 100f),
          BooleanClause.Occur.SHOULD);
    }
    return b.setMinimumNumberShouldMatch(1).build();
  }

  /** {@code NOT VS} means every paper without VS, not nothing. */
  private static Query onlyNegative(Query q) {
    if (q instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    return q;
  }

  /** Drops what no query needs and cannot be searched: control and unpaired surrogate chars. */
  static String clean(String typed) {
    StringBuilder b = new StringBuilder(typed.length());
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < typed.length()
          && Character.isLowSurrogate(typed.charAt(i + 1))) {
        b.append(c).append(typed.charAt(++i));
      } else if (Character.isSurrogate(c) || c == '\uFFFD' || Character.isISOControl(c)) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Spaced dossier numbers joined, hyphenated phrases quoted. */
  private static String prepare(String text) {
    String t = text.replaceAll("(?<![\\d])(\\d{2}) (\\d{3})(?![\\d])", "$1$2");
    return HYPHENATED.matcher(t).replaceAll("\"$1\"");
  }

  private static int depth(String text) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        max = Math.max(max, ++depth);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  /** The query's words without any syntax, at most {@value #MAX_WORDS} of them. */
  private static String wordsOnly(String text) {
    String[] words = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, MAX_WORDS)))
        .replaceAll("\\b(AND|OR|NOT|TO)\\b", "");
  }

  private static Query nothing() {
    return new org.apache.lucene.search.MatchNoDocsQuery("the query has no words");
  }

  private static String plain(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.length() > 120 ? m.substring(0, 117) + "…" : m;
  }
}
