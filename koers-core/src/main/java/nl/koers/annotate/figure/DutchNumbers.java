package nl.koers.annotate.figure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dutch numbers as written in papers: {@code 825.000} (dot groups thousands), {@code 3,5} (comma is
 * the decimal sign), and words from {@code twee} to {@code honderd} ({@code vijfentwintig}, {@code
 * tweeëntwintig}). {@code een} is left out: it is nearly always the article.
 */
public final class DutchNumbers {
  private static final String[] UNITS = {
    "", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"
  };
  private static final String[] TEENS = {
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien"
  };
  private static final String[] TENS = {
    "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"
  };

  /** Every written number with its value, longest first so a regex alternation prefers them. */
  static final Map<String, Integer> WORDS = words();

  /** A regex alternation of {@link #WORDS}. */
  static final String WORD_PATTERN = String.join("|", WORDS.keySet());

  private DutchNumbers() {}

  private static Map<String, Integer> words() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("honderd", 100);
    for (int t = 9; t >= 2; t--) {
      for (int u = 9; u >= 1; u--) {
        String unit = u == 1 ? "een" : UNITS[u];
        // a vowel clash takes a diaeresis: twee-en → tweeën, drie-en → drieën
        String and = unit.endsWith("e") ? "ën" : "en";
        w.put(unit + and + TENS[t], t * 10 + u);
      }
      w.put(TENS[t], t * 10);
    }
    for (int i = TEENS.length - 1; i >= 0; i--) {
      w.put(TEENS[i], 10 + i);
    }
    for (int u = 9; u >= 1; u--) {
      w.put(UNITS[u], u);
    }
    return w;
  }

  /**
   * The value of {@code 825.000}, {@code 3,5}, {@code 1.234,5}, {@code 2035} or a written number.
   *
   * @throws NumberFormatException for anything else
   */
  public static double parse(String written) {
    String s = written.strip().toLowerCase(Locale.ROOT);
    Integer word = WORDS.get(s);
    if (word != null) {
      return word;
    }
    if (s.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?")) {
      return Double.parseDouble(s.replace(".", "").replace(',', '.'));
    }
    if (s.matches("\\d+(?:,\\d+)?")) {
      return Double.parseDouble(s.replace(',', '.'));
    }
    if (s.matches("\\d+\\.\\d{1,2}")) {
      // an English decimal point, as in tables copied from English sources
      return Double.parseDouble(s);
    }
    throw new NumberFormatException("not a Dutch number: " + written);
  }

  /** The factor of a scale word: {@code miljoen}, {@code mln}, {@code miljard}, {@code mld}. */
  static double scale(String word) {
    if (word == null) {
      return 1;
    }
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    return switch (w) {
      case "duizend" -> 1e3;
      case "miljoen", "mln", "mio" -> 1e6;
      case "miljard", "mld", "mrd" -> 1e9;
      case "biljoen" -> 1e12;
      default -> 1;
    };
  }
}
