package nl.koers.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.koers.annotate.entity.Entity;
import nl.koers.annotate.entity.Gazetteer;
import nl.koers.data.DataFile;
import nl.koers.index.CompoundDictionary;
import nl.koers.index.DutchSearchAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * What a query's words may also mean, from what Koers already knows: every name, abbreviation and
 * adjective of a gazetteer entity ({@code NAVO ⇄ NATO}, {@code VS ⇄ Verenigde Staten ⇄ Amerikaanse
 * ⇄ United States}), the Dutch equivalences of {@code synonyms.txt}, and the English–Dutch policy
 * lexicon {@code en-nl-lexicon.tsv} ({@code sanctions → sancties}), whose "ambiguous" block
 * (English words that are also Dutch words) only applies to queries read as English. English stop
 * words ({@code en-stopwords.txt}) are dropped from English queries. Users extend all of these
 * files; see docs/data-files.md.
 *
 * <p>Synonyms are matched before lower-casing, each rule in its written, lower-case and capitalised
 * form, so the abbreviation {@code US} expands while the pronoun {@code us} does not. Immutable and
 * shared.
 */
public final class QueryVocabulary {
  private static volatile QueryVocabulary standard;

  private final SynonymMap dutch;
  private final CharArraySet dutchStops;
  private final CharArraySet allStops;
  private final Set<String> englishWords;
  private final CompoundDictionary compounds;

  /** Analyzers are thread-safe and reuse their token streams per thread: built once. */
  private final Analyzer dutchAnalyzer;

  /** The English rules, turned into a synonym map only when an English query comes (issue 19). */
  private final String englishRules;

  private volatile English englishSide;

  private record English(Analyzer analyzer, Map<String, Set<String>> display) {}

  /** Rule inputs (each case variant, words space-separated) → their outputs, for display. */
  private final Map<String, Set<String>> dutchDisplay = new java.util.HashMap<>();

  /** A label as its words ({@code Wit Rusland}) → as written ({@code Wit-Rusland}), for display. */
  private final Map<String, String> written = new java.util.HashMap<>();

  private QueryVocabulary(
      Gazetteer gazetteer,
      List<String> synonymLines,
      List<String> lexiconLines,
      List<String> englishStops,
      java.util.function.Supplier<CompoundDictionary> compounds) {
    this.dutchStops = DutchAnalyzer.getDefaultStopSet();
    this.allStops = new CharArraySet(dutchStops, false);
    allStops.addAll(englishStops);
    StringBuilder common = new StringBuilder();
    for (Entity e : gazetteer.entities()) {
      common.append(rule(e.labels())).append('\n');
      e.labels()
          .forEach(l -> written.putIfAbsent(l.replaceAll("[^\\p{L}\\p{N}]+", " ").strip(), l));
    }
    synonymLines.forEach(l -> common.append(l).append('\n'));
    StringBuilder ambiguous = new StringBuilder();
    this.englishWords = new HashSet<>(englishStops);
    boolean inAmbiguous = false;
    for (String line : lexiconLines) {
      if (line.startsWith("#")) {
        // the block of English words that are also Dutch words starts at its marker line
        inAmbiguous |= line.toLowerCase(Locale.ROOT).startsWith("# ambiguous:");
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        continue;
      }
      String en = f[0].strip().toLowerCase(Locale.ROOT);
      List<String> inputs = englishForms(en);
      englishWords.addAll(inputs);
      // the words of a phrase tell English too: "human rights china" is English
      for (String input : inputs) {
        englishWords.addAll(List.of(input.split(" ")));
      }
      List<String> outputs = new ArrayList<>(inputs);
      for (String nl : f[1].split("\\|")) {
        if (!nl.isBlank()) {
          outputs.add(nl.strip());
        }
      }
      String r = escape(inputs) + " => " + escape(outputs) + "\n";
      (inAmbiguous ? ambiguous : common).append(r);
    }
    this.dutch = build(common.toString(), dutchDisplay);
    this.englishRules = common + ambiguous.toString();
    // a typed compound is matched whole here; its parts are asked for together (PaperQueryParser)
    this.dutchAnalyzer = new DutchSearchAnalyzer(dutch, dutchStops, null);
    this.compounds = compounds.get();
  }

  /** The built-in vocabulary with the standard gazetteer. */
  public static QueryVocabulary standard() {
    QueryVocabulary v = standard;
    if (v == null) {
      synchronized (QueryVocabulary.class) {
        v = standard;
        if (v == null) {
          v = of(Gazetteer.standard());
          standard = v;
        }
      }
    }
    return v;
  }

  /** The built-in files with another gazetteer (a user's entities added). */
  public static QueryVocabulary of(Gazetteer gazetteer) {
    // the word list takes longest to load (400,000 words): on another core while the synonym maps
    // are built, which halves the start of a command-line search (issue 19)
    java.util.concurrent.CompletableFuture<CompoundDictionary> dictionary =
        java.util.concurrent.CompletableFuture.supplyAsync(CompoundDictionary::standard);
    return new QueryVocabulary(
        gazetteer,
        DataFile.lines(QueryVocabulary.class, "synonyms.txt"),
        rawLines("en-nl-lexicon.tsv"),
        DataFile.lines(QueryVocabulary.class, "en-stopwords.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT))
            .toList(),
        () -> {
          try {
            return dictionary.join();
          } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
              throw r; // the word list's own error, e.g. an unreadable file
            }
            throw e;
          }
        });
  }

  /**
   * The analyzer for unquoted query words: synonyms and the stop words of the query's language. A
   * typed compound is not scattered into parts here ({@code staatssecretaris} is no query for
   * {@code staat}); {@link #compoundParts} gives them, to be asked for together.
   */
  public Analyzer analyzer(boolean englishQuery) {
    return englishQuery ? english().analyzer() : dutchAnalyzer;
  }

  private English english() {
    English e = englishSide;
    if (e == null) {
      synchronized (this) {
        e = englishSide;
        if (e == null) {
          Map<String, Set<String>> display = new java.util.HashMap<>();
          SynonymMap english = build(englishRules, display);
          // English words are no Dutch compounds
          e = new English(new DutchSearchAnalyzer(english, allStops, null), display);
          englishSide = e;
        }
      }
    }
    return e;
  }

  /**
   * The parts of a typed Dutch compound ({@code terrorismebestrijding} → terrorisme, bestrijding),
   * folded, or an empty list.
   */
  public List<String> compoundParts(String word) {
    return compounds.parts(CompoundDictionary.fold(word));
  }

  /**
   * Whether a query reads as English: more of its words are English function words or lexicon
   * entries than Dutch function words or Dutch words ({@code police training} is English, {@code
   * training politie} is not; a bare name such as {@code Iraq} counts as Dutch).
   */
  public boolean isEnglish(String query) {
    int en = 0;
    int nl = 0;
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      boolean english = englishWords.contains(w);
      boolean dutchWord = dutchStops.contains(w) || compounds.isWord(w);
      if (english && !dutchWord) {
        en += 2;
      } else if (english) {
        en++;
        nl++;
      } else if (dutchWord) {
        nl += 2;
      }
    }
    return en > nl;
  }

  /**
   * What the query's words were expanded to, one line per expanded phrase: {@code NATO → NAVO,
   * North Atlantic Treaty Organization, …}.
   */
  public List<String> expansions(String query, boolean englishQuery) {
    Map<String, Set<String>> rules = englishQuery ? english().display() : dutchDisplay;
    List<String> words = new ArrayList<>();
    try (Analyzer a = plainTokens();
        TokenStream ts = a.tokenStream("q", query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = new ArrayList<>();
    // longest rule first at each word, as the synonym filter matches
    for (int i = 0; i < words.size(); ) {
      int matched = 0;
      for (int n = Math.min(6, words.size() - i); n >= 1 && matched == 0; n--) {
        String input = String.join(" ", words.subList(i, i + n));
        Set<String> outputs = rules.get(input);
        if (outputs != null) {
          List<String> others =
              outputs.stream()
                  .filter(o -> !o.equalsIgnoreCase(input))
                  .map(o -> written.getOrDefault(o, o))
                  .distinct()
                  .toList();
          if (!others.isEmpty()) {
            lines.add(input + " → " + String.join(", ", others));
          }
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return lines;
  }

  /** The lexicon file with its comment lines (they mark the ambiguous block). */
  private static List<String> rawLines(String name) {
    List<String> out = new ArrayList<>();
    try (var in = QueryVocabulary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the class path");
      }
      for (String l :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank()) {
          out.add(l.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** An English word and its plural: sanction, sanctions; policy, policies; tax, taxes. */
  static List<String> englishForms(String en) {
    List<String> forms = new ArrayList<>();
    forms.add(en);
    String[] words = en.split(" ");
    String last = words[words.length - 1];
    String plural;
    if (last.endsWith("y")
        && last.length() > 2
        && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
      plural = last.substring(0, last.length() - 1) + "ies";
    } else if (last.matches(".*(s|x|z|ch|sh)")) {
      plural = last + "es";
    } else {
      plural = last + "s";
    }
    words[words.length - 1] = plural;
    forms.add(String.join(" ", words));
    return forms;
  }

  private static String rule(List<String> labels) {
    return escape(labels);
  }

  private static String escape(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : new LinkedHashSet<>(words)) {
      out.add(w.replace("\\", "\\\\").replace(",", "\\,").replace("=>", "\\=>"));
    }
    return String.join(", ", out);
  }

  private static SynonymMap build(String rules, Map<String, Set<String>> display) {
    CaseVariants parser = new CaseVariants(display);
    try {
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("synonym rules cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Solr-format rules, each input added as written, in lower case and capitalised: the synonym
   * filter runs before lower-casing so that case still tells an abbreviation from a word. Short
   * upper-case abbreviations ({@code US}, {@code VS}) are matched only in upper case.
   */
  private static final class CaseVariants extends SolrSynonymParser {
    private final Map<String, Set<String>> display;

    CaseVariants(Map<String, Set<String>> display) {
      super(true, true, plainTokens());
      this.display = display;
    }

    @Override
    public void add(CharsRef input, CharsRef output, boolean includeOrig) {
      String in = input.toString();
      Set<String> variants = new LinkedHashSet<>();
      variants.add(in);
      boolean shortAbbreviation = in.length() <= 2 && in.equals(in.toUpperCase(Locale.ROOT));
      if (!shortAbbreviation) {
        String lower = in.toLowerCase(Locale.ROOT);
        variants.add(lower);
        variants.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
      }
      String out = output.toString().replace(SynonymMap.WORD_SEPARATOR, ' ');
      if (out.equalsIgnoreCase(in.replace(SynonymMap.WORD_SEPARATOR, ' '))) {
        return; // the word itself is kept as typed (below), so it keeps its type: not a synonym
      }
      for (String v : variants) {
        // the original always stays: what was typed is searched for, whatever it expands to
        super.add(new CharsRefBuilder().append(v).get(), output, true);
        display
            .computeIfAbsent(v.replace(SynonymMap.WORD_SEPARATOR, ' '), k -> new LinkedHashSet<>())
            .add(out);
      }
    }
  }

  /** The standard tokenizer alone: rules and queries cut into words, case kept. */
  private static Analyzer plainTokens() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StandardTokenizer());
      }
    };
  }
}
