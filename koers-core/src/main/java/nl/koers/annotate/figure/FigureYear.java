package nl.koers.annotate.figure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.document.Segment;

/**
 * The year a figure refers to: the stated year ({@code in 2035}, {@code tot 2030}) nearest to it in
 * its sentence, within {@value #WINDOW} characters either side. A list item that states none
 * ({@code • Duitsland: EUR 147,2 miljard}) takes the year of the sentences that introduce the list
 * ({@code cijfers over de goederenexport in 2024 … uitgesplitst:}), at most {@value #LEAD_IN}
 * sentences before its first item. Stateless.
 */
final class FigureYear {
  private static final int WINDOW = 250;
  private static final int LEAD_IN = 2;
  private static final int MAX_ITEMS = 50;

  private static final Pattern YEAR =
      Pattern.compile(
          // not "sinds": "de steun sinds 2022 komt uit op 4 miljard" is a total, not 2022's
          "(?i)\\b(?:in|tot|voor|vóór|uiterlijk|tegen|per|vanaf|rond|eind|begin|medio)"
              + "\\s{1,3}(?<year>(?:19|20)\\d{2})(?![\\d.,]\\d)");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^\\s{0,4}(?:[•·▪◦*–-]|[a-z]\\)|\\d{1,2}[.)])\\s");

  private FigureYear() {}

  static String of(String text, List<Segment> sentences, int at) {
    int i = sentenceIndex(sentences, at);
    int b = Math.max(0, at - WINDOW);
    int e = Math.min(text.length(), at + WINDOW);
    if (i >= 0) {
      b = Math.max(b, sentences.get(i).span().begin());
      e = Math.min(e, sentences.get(i).span().end());
    }
    String year = nearest(text, b, e, at);
    if (year != null || i < 0) {
      return year;
    }
    int first = i;
    for (int n = 0; first >= 0 && n < MAX_ITEMS && isItem(text, sentences.get(first)); n++) {
      first--;
    }
    if (first == i) {
      return null; // not a list item
    }
    for (int k = first; k >= 0 && k > first - LEAD_IN; k--) {
      Segment s = sentences.get(k);
      String y = nearest(text, s.span().begin(), s.span().end(), -1);
      if (y != null) {
        return y;
      }
    }
    return null;
  }

  private static boolean isItem(String text, Segment s) {
    String q = s.span().of(text);
    return LIST_ITEM.matcher(q.substring(0, Math.min(q.length(), 12))).find();
  }

  private static String nearest(String text, int b, int e, int at) {
    Matcher y = YEAR.matcher(text);
    y.region(b, e);
    String best = null;
    int distance = Integer.MAX_VALUE;
    while (y.find()) {
      if (y.start("year") <= at && at < y.end("year")) {
        continue;
      }
      int d = at < 0 ? 0 : Math.abs(y.start("year") - at);
      if (d < distance) {
        distance = d;
        best = y.group("year");
      }
    }
    return best;
  }

  /** The index of the sentence holding {@code at}, or -1. */
  static int sentenceIndex(List<Segment> sentences, int at) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Segment s = sentences.get(mid);
      if (s.span().end() <= at) {
        lo = mid + 1;
      } else if (s.span().begin() > at) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
