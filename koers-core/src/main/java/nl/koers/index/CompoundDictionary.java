package nl.koers.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.data.DataFile;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The words Dutch compounds are split into: a general Dutch word list (OpenTaal's, from Debian's
 * {@code wdutch} package at {@code /usr/share/dict/dutch}, BSD/CC-BY; another list can be named
 * with {@code -Dkoers.words=FILE} or {@code KOERS_WORDS}) plus the domain parts in {@code
 * compound-parts.txt}, minus the parts in {@code compound-stop-parts.txt} that cause false splits.
 *
 * <p>A split must cover the whole word with known parts (linked by {@code s}, {@code e} or {@code
 * en}, as in {@code begroting·s·staat}), so a word that merely contains a word ({@code verdragen}
 * holds {@code dragen}) is left whole; an inflected word is split as its stem ({@code gesprekken}
 * is {@code gesprek}+{@code ken}, not {@code gesp}+{@code rekken}). The words are folded like the
 * analyzer's tokens (lower case, no accents). Immutable and shared.
 */
public final class CompoundDictionary {
  /** Shortest word worth splitting. */
  static final int MIN_WORD = 7;

  /** Longest token looked at: longer ones are ids, URLs or run-together text, not compounds. */
  static final int MAX_WORD = 48;

  /** Shortest part taken from the general word list; domain parts may be shorter ({@code vn}). */
  static final int MIN_PART = 4;

  private static final String[] LINKERS = {"", "s", "e", "en", "-"};
  private static final String[] INFLECTIONS = {"en", "s", "n", "e"};

  private static final Path DEBIAN_WORDS = Path.of("/usr/share/dict/dutch");

  private static volatile CompoundDictionary standard;

  private final CharArraySet words;
  private final CharArraySet domainParts;

  /**
   * Names the word list spells with a capital ({@code Groenland}) and the words of gazetteer labels
   * ({@code Greenland}): split only when they begin with a domain part ({@code Gaza·strook}), never
   * into common words (groen + land, green + land).
   */
  private final CharArraySet properNouns;

  private final CharArraySet neverFirst;
  private final CharArraySet neverLast;
  private final String id;

  CompoundDictionary(
      List<String> general,
      List<String> names,
      List<String> domain,
      List<String> stopParts,
      String source) {
    this.words = new CharArraySet(general.size() + domain.size(), false);
    this.properNouns = new CharArraySet(names.size(), false);
    names.forEach(n -> properNouns.add(fold(n)));
    this.domainParts = new CharArraySet(domain.size(), false);
    this.neverFirst = new CharArraySet(64, false);
    this.neverLast = new CharArraySet(64, false);
    for (String line : stopParts) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        continue;
      }
      String part = fold(f[1]);
      switch (f[0].strip()) {
        case "first" -> neverFirst.add(part);
        case "last" -> neverLast.add(part);
        default -> {
          neverFirst.add(part);
          neverLast.add(part);
        }
      }
    }
    char[] buffer = new char[MAX_WORD * 4];
    for (String w : general) {
      // 400,000 words at every start: most are plain lower-case ASCII and skip the general fold
      int n = asciiLowerLetters(w, buffer);
      if (n >= 0) {
        if (n >= MIN_PART) {
          words.add(java.util.Arrays.copyOf(buffer, n));
        }
        continue;
      }
      String f = fold(w);
      if (f.length() >= MIN_PART && f.chars().allMatch(Character::isLetter)) {
        words.add(f);
      }
    }
    for (String w : domain) {
      String f = fold(w);
      words.add(f);
      domainParts.add(f);
    }
    this.id = source + ":" + words.size() + ":" + (domain.hashCode() ^ stopParts.hashCode());
  }

  /** The built-in dictionary, loaded on first use. */
  public static CompoundDictionary standard() {
    CompoundDictionary d = standard;
    if (d == null) {
      synchronized (CompoundDictionary.class) {
        d = standard;
        if (d == null) {
          d = load();
          standard = d;
        }
      }
    }
    return d;
  }

  private static CompoundDictionary load() {
    String named = System.getProperty("koers.words", System.getenv("KOERS_WORDS"));
    Path list = named != null && !named.isBlank() ? Path.of(named) : DEBIAN_WORDS;
    List<String> general = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String source = "none";
    if (Files.isReadable(list)) {
      try (BufferedReader r = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          // proper nouns stay out: "Marken" must not make "marken" a part
          if (!line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
            general.add(line);
          } else if (!line.isEmpty() && Character.isUpperCase(line.charAt(0))) {
            names.add(line);
          }
        }
        source = list.getFileName().toString();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Dutch word list " + list, e);
      }
    } else {
      System.getLogger(CompoundDictionary.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "no Dutch word list at "
                  + list
                  + ": compounds are split with the domain parts only (install Debian's wdutch)");
    }
    // names Koers knows are names, in any language: Greenland is not green + land
    for (nl.koers.annotate.entity.Entity e :
        nl.koers.annotate.entity.Gazetteer.standard().entities()) {
      for (String label : e.labels()) {
        for (String word : label.split("[^\\p{L}]+")) {
          if (word.length() >= MIN_WORD) {
            names.add(word);
          }
        }
      }
    }
    return new CompoundDictionary(
        general,
        names,
        DataFile.lines(CompoundDictionary.class, "compound-parts.txt"),
        DataFile.lines(CompoundDictionary.class, "compound-stop-parts.txt"),
        source);
  }

  /** Whether a folded word is in the word list (a Dutch word, or a domain part). */
  public boolean isWord(String folded) {
    return words.contains(folded);
  }

  /**
   * What this dictionary is, for the index fingerprint: a paper analysed with another dictionary is
   * analysed again.
   */
  public String id() {
    return id;
  }

  /**
   * The parts of a folded word, outermost split first and then the parts of long parts ({@code
   * politietrainingsmissie} → politie, trainingsmissie, training, missie); empty when the word is
   * not a compound this dictionary can cover.
   */
  public List<int[]> split(CharSequence word) {
    if (word.length() > MAX_WORD) {
      return new ArrayList<>();
    }
    return split(word.toString().toCharArray(), word.length());
  }

  /** As {@link #split(CharSequence)} over the first {@code length} chars of a token's buffer. */
  public List<int[]> split(char[] word, int length) {
    List<int[]> out = new ArrayList<>();
    if (length > MAX_WORD) {
      return out;
    }
    split(word, 0, length, out, 0);
    if (!out.isEmpty() && properNouns.contains(word, 0, length)) {
      int[] first = out.get(0);
      if (!domainParts.contains(word, first[0], first[1] - first[0])) {
        out.clear();
      }
    }
    return out;
  }

  /**
   * The parts a folded word is made of at its first cut, as words ({@code staatssecretaris} →
   * staat, secretaris), or an empty list when it is no compound: what a query asks for when it asks
   * for a compound.
   */
  public List<String> parts(String folded) {
    List<String> out = new ArrayList<>();
    for (int[] p : split(folded)) {
      out.add(folded.substring(p[0], p[1]));
      if (p[1] == folded.length()) {
        break; // the first cut is complete; what follows are the parts of parts
      }
    }
    return out;
  }

  private void split(char[] w, int begin, int end, List<int[]> out, int depth) {
    if (end - begin < MIN_WORD || depth > 3) {
      return;
    }
    int[] cut;
    int stemEnd = stemEnd(w, begin, end);
    if (stemEnd < end) {
      // an inflected word is split as its stem: sanctiepakketten as sanctiepakket, and gesprekken
      // (gesprek) not at all, though gesp and rekken are words
      cut = cover(w, begin, stemEnd);
      if (cut != null) {
        cut[cut.length - 1] = end; // the last part keeps its ending
      }
    } else {
      cut = cover(w, begin, end);
    }
    if (cut == null) {
      return;
    }
    // cut holds [b0, e0, b1, e1, …]
    for (int i = 0; i < cut.length; i += 2) {
      out.add(new int[] {cut[i], cut[i + 1]});
    }
    for (int i = 0; i < cut.length; i += 2) {
      split(w, cut[i], cut[i + 1], out, depth + 1);
    }
  }

  /**
   * The fewest parts that cover [begin, end) exactly, as begin/end pairs, or null. Dynamic
   * programming over part ends; a part may be followed by a linking s, e or en.
   */
  private int[] cover(char[] w, int begin, int end) {
    int n = end - begin;
    int[] parts = new int[n + 1]; // fewest parts covering [0, i), linkers included
    int[] partBegin = new int[n + 1];
    int[] partEnd = new int[n + 1];
    java.util.Arrays.fill(parts, Integer.MAX_VALUE);
    parts[0] = 0;
    for (int i = 0; i < n; i++) {
      if (parts[i] == Integer.MAX_VALUE) {
        continue;
      }
      for (int j = i + 2; j <= n; j++) {
        if (i == 0 && j == n) {
          continue; // the whole word is not a split
        }
        if (!isPart(w, begin + i, j - i, i == 0, j == n)) {
          continue;
        }
        for (String linker : LINKERS) {
          int k = j + linker.length();
          if (k > n || (!linker.isEmpty() && k == n) || !endsWith(w, begin, begin + k, linker)) {
            continue;
          }
          if (parts[i] + 1 < parts[k]) {
            parts[k] = parts[i] + 1;
            partBegin[k] = i;
            partEnd[k] = j;
          }
        }
      }
    }
    if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) {
      return null;
    }
    int[] cut = new int[parts[n] * 2];
    for (int k = n, p = cut.length - 2; k > 0; k = partBegin[k], p -= 2) {
      cut[p] = begin + partBegin[k];
      cut[p + 1] = begin + partEnd[k];
    }
    return cut;
  }

  /**
   * Where the stem of an inflected list word ends ({@code pakketten} → {@code pakket}, {@code
   * verdragen} → {@code verdrag}), or {@code end} when the word is no inflection of a list word.
   */
  private int stemEnd(char[] w, int begin, int end) {
    for (String inflection : INFLECTIONS) {
      int stem = end - inflection.length();
      if (stem - begin >= MIN_PART && endsWith(w, begin, end, inflection)) {
        if (words.contains(w, begin, stem - begin)) {
          return stem;
        }
        // a doubled consonant before -en: pakket·ten
        if (inflection.equals("en")
            && w[stem - 1] == w[stem - 2]
            && words.contains(w, begin, stem - 1 - begin)) {
          return stem - 1;
        }
      }
    }
    return end;
  }

  private boolean isPart(char[] w, int off, int len, boolean first, boolean last) {
    if ((first && neverFirst.contains(w, off, len)) || (last && neverLast.contains(w, off, len))) {
      return false;
    }
    return len >= MIN_PART ? words.contains(w, off, len) : domainParts.contains(w, off, len);
  }

  private static boolean endsWith(char[] w, int begin, int end, String suffix) {
    int n = suffix.length();
    if (end - begin < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (w[end - n + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Copies a word of only the letters a–z into {@code out} and returns its length; -1 when it holds
   * anything else (or is too long), which {@link #fold} must see. The same result as {@code fold}
   * for the words it accepts.
   */
  static int asciiLowerLetters(String word, char[] out) {
    int n = word.length();
    if (n > out.length) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return -1;
      }
      out[i] = c;
    }
    return n;
  }

  /** Lower case without accents, as the analyzer folds its tokens. */
  public static String fold(String word) {
    String lower = word.strip().toLowerCase(Locale.ROOT);
    char[] out = new char[lower.length() * 4];
    int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
    return new String(out, 0, n);
  }
}
