package nl.koers.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hyphen at a line end is a real hyphen or a word broken by typesetting.
 *
 * <p>Dutch spelling keeps a hyphen where two vowels would otherwise merge into one sound ({@code
 * defensie-uitgaven}, {@code zee-egel}), before a capital ({@code trans-Atlantische}), and inside
 * compounds that already carry hyphens ({@code staakt-het-vuren}). Anything else broken at a line
 * end is a typesetter's hyphen ({@code terroris-tische}, {@code Ameri-kaanse}).
 */
public final class Dehyphenator {
  /** Vowel pairs that would read as one sound when joined; Dutch writes a hyphen between them. */
  private static final Set<String> VOWEL_CLASHES =
      Set.of(
          "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu",
          "ij", "ue", "eo", "ea");

  /**
   * Prefixes written with a hyphen before an ordinary word ({@code ex-minister}, {@code
   * niet-leden}).
   */
  private static final Set<String> HYPHENATED_PREFIXES =
      Set.of(
          "ex", "oud", "niet", "vice", "co", "non", "semi", "anti", "pro", "extra", "pre", "post");

  private Dehyphenator() {}

  /**
   * @param left the word fragment before the hyphen, possibly with earlier hyphens
   * @param right the word fragment after the line break
   * @return true if the hyphen belongs to the word
   */
  public static boolean keepHyphen(String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return true;
    }
    char first = right.charAt(0);
    char last = left.charAt(left.length() - 1);
    if (!Character.isLetter(first) || !Character.isLetter(last)) {
      return true;
    }
    if (Character.isUpperCase(first)) {
      return true;
    }
    if (left.indexOf('-') >= 0) {
      return true;
    }
    String lowerLeft = left.toLowerCase(Locale.ROOT);
    if (HYPHENATED_PREFIXES.contains(lowerLeft)) {
      return true;
    }
    String pair = ("" + last + first).toLowerCase(Locale.ROOT);
    return VOWEL_CLASHES.contains(pair);
  }
}
