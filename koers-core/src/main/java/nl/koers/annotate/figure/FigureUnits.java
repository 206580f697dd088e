package nl.koers.annotate.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koers.data.DataFile;

/**
 * The normalised units of figures: {@code EUR}, {@code USD}, {@code GBP}, {@code percent}, {@code
 * percent_gdp}, {@code percent_gni}, {@code percentage_points} and the count units of {@code
 * count-nouns.tsv} ({@code persons}, {@code jobs}, {@code tonnes} …); what a percentage is a share
 * of from {@code percent-bases.tsv}; the nouns that make a bare scaled number a sum of euros from
 * {@code money-nouns.txt}. Immutable, thread-safe.
 */
final class FigureUnits {
  /** Count noun as written → unit. */
  static final Map<String, String> NOUNS = tsv("count-nouns.tsv");

  private static final Map<String, String> PERCENT_BASES = tsv("percent-bases.tsv");
  private static final List<String> MONEY_NOUNS =
      DataFile.lines(FigureUnits.class, "money-nouns.txt");

  private static final java.util.regex.Pattern OTHER_FIGURE =
      java.util.regex.Pattern.compile("\\d|\\s(?:en|of|dan|tot|naar)\\s");

  /** How far around a percentage its base may be named, within the clause. */
  private static final int BASE_REACH = 45;

  private FigureUnits() {}

  private static Map<String, String> tsv(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : DataFile.lines(FigureUnits.class, name)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(name + ": expected two tab-separated fields: " + line);
      }
      out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
    }
    return out;
  }

  /** The unit of a currency sign or word ({@code €}, {@code US$}, {@code dollar}, {@code £}). */
  static String currency(String written) {
    String c = written.toLowerCase(Locale.ROOT);
    if (c.contains("$") || c.contains("dollar") || c.equals("usd")) {
      return "USD";
    }
    if (c.contains("£") || c.equals("gbp") || c.contains("pond")) {
      return "GBP";
    }
    return "EUR";
  }

  /**
   * The unit of a percentage whose number ends at {@code end}: the base named in the clause after
   * it ({@code van het bbp}) or before it ({@code NAVO-norm van}), else {@code percent}. The clause
   * stops at {@code , ; : ( )} so {@code 5,9%, gebaseerd op de BNI-verdeelsleutel} stays a plain
   * percentage.
   */
  static String percent(String text, int begin, int end) {
    String after = clause(text, end, Math.min(text.length(), end + BASE_REACH), true);
    String before = clause(text, Math.max(0, begin - BASE_REACH), begin, false);
    for (Map.Entry<String, String> e : PERCENT_BASES.entrySet()) {
      if (after.contains(e.getKey()) || before.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return "percent";
  }

  private static String clause(String text, int b, int e, boolean forward) {
    String s = text.substring(b, e).toLowerCase(Locale.ROOT);
    // another number or a conjunction starts another figure's phrase: "25 procent en om 22
    // procent van het bbp" names the base of the second only
    if (forward) {
      int stop = firstStop(s);
      String c = stop < 0 ? s : s.substring(0, stop);
      return OTHER_FIGURE.split(c, 2)[0];
    }
    int stop = -1;
    for (int i = s.length() - 1; i >= 0; i--) {
      if (isStop(s.charAt(i)) || Character.isDigit(s.charAt(i))) {
        stop = i;
        break;
      }
    }
    return s.substring(stop + 1);
  }

  private static int firstStop(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isStop(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isStop(char c) {
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.';
  }

  /** Whether a word in {@code window} ends in a money noun ({@code financieringsplafond}). */
  static boolean namesMoney(String window) {
    List<String> words = new ArrayList<>();
    for (String w : window.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    for (String w : words) {
      for (String n : MONEY_NOUNS) {
        if (w.endsWith(n)) {
          return true;
        }
      }
    }
    return false;
  }
}
