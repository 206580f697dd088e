package nl.koers.annotate.entity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text cut into word tokens (runs of letters and digits), each with its span and a folded form
 * (lower case, accents removed) for lookup. Hyphens, apostrophes and dots separate tokens, so
 * {@code EU-VS} is two tokens and {@code NAVO-top} starts with {@code NAVO}: a compound is matched
 * by its parts, never inside a word.
 */
public final class Tokens {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  public final int[] begin;
  public final int[] end;
  public final String[] folded;
  public final int size;
  private final String text;

  private Tokens(String text, int[] begin, int[] end, String[] folded, int size) {
    this.text = text;
    this.begin = begin;
    this.end = end;
    this.folded = folded;
    this.size = size;
  }

  public static Tokens of(String text) {
    int[] b = new int[Math.max(16, text.length() / 5)];
    int[] e = new int[b.length];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < len) {
        int c = text.codePointAt(i);
        if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
          break;
        }
        i += Character.charCount(c);
      }
      if (n == b.length) {
        b = Arrays.copyOf(b, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      b[n] = start;
      e[n] = i;
      n++;
    }
    String[] folded = new String[n];
    for (int k = 0; k < n; k++) {
      folded[k] = fold(text.substring(b[k], e[k]));
    }
    return new Tokens(text, b, e, folded, n);
  }

  public String raw(int k) {
    return text.substring(begin[k], end[k]);
  }

  /** Lower case without accents: {@code Oekraïne} → {@code oekraine}. */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    return ascii
        ? lower
        : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }
}
