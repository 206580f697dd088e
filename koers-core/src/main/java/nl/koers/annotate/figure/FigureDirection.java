package nl.koers.annotate.figure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.koers.data.DataFile;

/**
 * Whether a figure is a rise ({@code up}) or a cut ({@code down}): a minus sign right before the
 * number, else the last cue of {@code directions.tsv} ({@code verhoogd met}, {@code bezuiniging
 * van}) in the {@value #REACH} characters before it within its sentence. The "from" value of {@code
 * van 200 naar 600} has none. Immutable, thread-safe.
 */
final class FigureDirection {
  private static final int REACH = 70;

  private record Cue(String words, String direction) {}

  private static final List<Cue> CUES =
      DataFile.lines(FigureDirection.class, "directions.tsv").stream()
          .map(l -> l.split("\t"))
          .map(f -> new Cue(f[0].strip(), f[1].strip()))
          .toList();

  private static final Pattern MINUS =
      Pattern.compile("(?:^|[\\s(])[−-](?:\\s?(?:€|EUR|USD|\\$)\\s?)?$");
  private static final Pattern FROM_VALUE =
      Pattern.compile(
          "(?i)\\bvan\\s{1,3}(?:de|het)?\\s{0,3}(?:huidige\\s{1,3})?(?:€|EUR|USD|\\$)?\\s{0,2}$");
  private static final Pattern THEN_TO = Pattern.compile("(?i)^\\s{0,3}(?:naar|tot)\\b");

  private FigureDirection() {}

  /**
   * @param sentenceBegin where the figure's sentence starts (the cue search stops there)
   * @param numBegin where the figure's number starts
   * @param numEnd where the figure (number with unit) ends
   */
  static String of(String text, int sentenceBegin, int numBegin, int numEnd) {
    String before = text.substring(Math.max(sentenceBegin, numBegin - REACH), numBegin);
    if (MINUS.matcher(before).find()) {
      return "down";
    }
    String after = text.substring(numEnd, Math.min(text.length(), numEnd + 12));
    if (FROM_VALUE.matcher(before).find() && THEN_TO.matcher(after).find()) {
      return null;
    }
    String lower = before.toLowerCase(Locale.ROOT);
    int best = -1;
    String direction = null;
    for (Cue c : CUES) {
      int i = lower.lastIndexOf(c.words());
      if (i > best && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
        best = i;
        direction = c.direction();
      }
    }
    if (direction == null && WITH.matcher(before).find()) {
      // verb-final: "worden met € 2,4 mld verlaagd", "loopt met 3% op"
      String rest = text.substring(numEnd, Math.min(text.length(), numEnd + 40));
      int stop = rest.indexOf('.');
      String after2 = (stop < 0 ? rest : rest.substring(0, stop)).toLowerCase(Locale.ROOT);
      for (Cue c : CUES) {
        int i = after2.indexOf(c.words());
        if (i >= 0 && (i == 0 || !Character.isLetter(after2.charAt(i - 1)))) {
          return c.direction();
        }
      }
    }
    return direction;
  }

  private static final Pattern WITH =
      Pattern.compile("(?i)\\bmet\\s{1,3}(?:€|EUR|USD|\\$)?\\s{0,2}$");
}
