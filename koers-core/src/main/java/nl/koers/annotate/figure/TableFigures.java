package nl.koers.annotate.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money in budget tables whose caption or header states the scale: {@code Tabel 1 Budgettaire
 * gevolgen (x € 1.000)}, {@code Bedragen x € 1 mln}, {@code (bedragen in miljoenen euro)}. Every
 * amount in the lines under such a caption is a figure in euros times the scale, until a line of
 * prose (eight words or more ending in a full stop) or the next caption. Row labels (an article
 * number opening a line) and years are not amounts; a minus sign makes a cut. The scale phrase
 * right after one amount ({@code verlaagd met € 474.300 (x € 1.000)}) scales that amount only: see
 * {@link #inlineScale}. Work is linear in the text; stateless.
 */
final class TableFigures {
  /** A table cell found as a figure. */
  record Cell(int begin, int end, BigDecimal value, String unit, String year, String direction) {}

  private static final String SCALE_WORD =
      "(?<scale>1\\.000\\.000\\.000|1\\.000\\.000|1\\.000|1000|1\\s?mln\\.?|1\\s?miljoen|1\\s?mld\\.?"
          + "|1\\s?miljard|mln\\.?|mld\\.?|miljoenen|miljarden|duizenden|miljoen|miljard|duizend)";
  private static final String CUR = "(?<cur>€|EUR|euro|US\\$|\\$|USD|dollar)";

  /**
   * {@code (x € 1.000)}, {@code x € 1 mln}, {@code bedragen in miljoenen euro}, {@code (in € mln)}.
   */
  static final Pattern SCALE =
      Pattern.compile(
          "(?i)(?:\\(\\s{0,2}(?:x|×|in)\\s{0,2}"
              + CUR.replace("<cur>", "<cur1>")
              + "?\\s{0,2}"
              + SCALE_WORD.replace("<scale>", "<scale1>")
              + "\\s{0,2}(?:"
              + CUR.replace("<cur>", "<cur2>")
              + ")?\\s{0,2}\\)|bedragen\\s{1,3}(?:x|×|in)\\s{0,2}"
              + CUR.replace("<cur>", "<cur3>")
              + "?\\s{0,2}"
              + SCALE_WORD.replace("<scale>", "<scale2>")
              + "(?:\\s{0,2}"
              + CUR.replace("<cur>", "<cur4>")
              + ")?)");

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])(?<sign>[−-])?(?<num>\\d{1,3}(?:\\.\\d{3}){1,4}(?:,\\d{1,4})?"
              + "|\\d{1,6}(?:,\\d{1,4})?)(?![\\p{L}\\d]|[.,]\\d)");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
  private static final Pattern ROW_YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\s{1,12}$");

  /** The spans of every scale phrase: "€ 1 mln" in "(bedragen x € 1 mln)" is no amount. */
  static boolean[] scalePhrases(String text) {
    boolean[] in = new boolean[text.length() + 1];
    Matcher m = SCALE.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        in[i] = true;
      }
    }
    return in;
  }

  private static final int MAX_LINES = 2_000;

  /** At most this many amounts per line: a reflowed table is one line. */
  private static final int MAX_CELLS = 20_000;

  private TableFigures() {}

  /** The factor and currency of a scale phrase match. */
  record Scale(BigDecimal factor, String unit) {}

  static Scale scale(Matcher m) {
    String w = m.group("scale1") != null ? m.group("scale1") : m.group("scale2");
    String c = null;
    for (String g : new String[] {"cur1", "cur2", "cur3", "cur4"}) {
      if (m.group(g) != null) {
        c = m.group(g);
      }
    }
    String f = w.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
    BigDecimal factor =
        switch (f) {
          case "1000", "duizend", "duizenden" -> BigDecimal.valueOf(1_000);
          case "1000000", "1mln", "1miljoen", "mln", "miljoen", "miljoenen" ->
              BigDecimal.valueOf(1_000_000);
          default -> BigDecimal.valueOf(1_000_000_000);
        };
    return new Scale(factor, c == null ? "EUR" : FigureUnits.currency(c));
  }

  /**
   * The scale of a phrase standing right after an amount ({@code € 474.300 (x € 1.000)}), or null.
   */
  static Scale inlineScale(String text, int from) {
    Matcher m = SCALE.matcher(text).region(from, Math.min(text.length(), from + 40));
    if (m.find() && text.substring(from, m.start()).isBlank()) {
      return scale(m);
    }
    return null;
  }

  /**
   * Every table amount under a scale caption, skipping offsets already {@code taken}. Each stretch
   * of text is scanned once (a caption's scope ends where the next caption starts), so the work is
   * linear even in a text of one endless line.
   */
  static List<Cell> find(String text, boolean[] taken) {
    List<Cell> out = new ArrayList<>();
    List<int[]> captions = new ArrayList<>();
    Matcher c = SCALE.matcher(text);
    while (c.find()) {
      captions.add(new int[] {c.start(), c.end()});
    }
    for (int k = 0; k < captions.size(); k++) {
      int capStart = captions.get(k)[0];
      int capEnd = captions.get(k)[1];
      int scopeEnd = k + 1 < captions.size() ? captions.get(k + 1)[0] : text.length();
      int lineStart = lineStart(text, capStart);
      if (endsInAmount(text.substring(lineStart, capStart))) {
        continue; // "€ 474.300 (x € 1.000)": scales that amount, not a table
      }
      Matcher m = SCALE.matcher(text).region(capStart, capEnd);
      if (!m.lookingAt()) {
        continue;
      }
      Scale scale = scale(m);
      String year = firstYear(text.substring(lineStart, Math.min(text.length(), capEnd + 200)));
      int pos = capEnd;
      for (int lines = 0; pos < scopeEnd && lines < MAX_LINES; lines++) {
        int end = text.indexOf('\n', pos);
        if (end < 0 || end > scopeEnd) {
          end = scopeEnd;
        }
        String line = text.substring(pos, end);
        if (lines > 0 && isProse(line)) {
          break;
        }
        boolean hasAmount = false;
        Matcher a = AMOUNT.matcher(line);
        int cells = 0;
        while (a.find() && cells < MAX_CELLS) {
          String num = a.group("num");
          // an article or row number opens a row: "1  Noodhulp  125.400" (also reflowed into one
          // line: "… wijziging 1 Noodhulp 125.400 12.000 137.400 2 Vredesopbouw …")
          boolean rowLabel =
              a.group("sign") == null
                  && !num.contains(".")
                  && !num.contains(",")
                  && num.length() <= 3
                  && wordFollows(line, a.end());
          if (rowLabel || YEAR.matcher(num).matches() || taken[pos + a.start("num")]) {
            continue;
          }
          hasAmount = true;
          cells++;
          // a year opening the row is the year of its amounts: "2023   120,5   133,0"
          Matcher rowYear =
              ROW_YEAR.matcher(line.substring(Math.max(0, a.start() - 20), a.start()));
          String cellYear = rowYear.find() ? rowYear.group(1) : year;
          BigDecimal value;
          try {
            value = BigDecimal.valueOf(DutchNumbers.parse(num)).multiply(scale.factor());
          } catch (NumberFormatException e) {
            continue;
          }
          for (int i = pos + a.start("num"); i < pos + a.end("num"); i++) {
            taken[i] = true;
          }
          out.add(
              new Cell(
                  pos + a.start(),
                  pos + a.end(),
                  value,
                  scale.unit(),
                  cellYear,
                  a.group("sign") != null ? "down" : null));
        }
        if (!hasAmount && year == null) {
          year = firstYear(line.length() > 400 ? line.substring(0, 400) : line); // a header row
        }
        pos = end + 1;
      }
    }
    return out;
  }

  /** Where the line holding {@code at} starts, looking back at most 300 characters. */
  private static int lineStart(String text, int at) {
    int limit = Math.max(0, at - 300);
    for (int i = at - 1; i >= limit; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return limit;
  }

  /** A word (after at most eight spaces) right after {@code at}. */
  private static boolean wordFollows(String line, int at) {
    int i = at;
    while (i < line.length() && i < at + 8 && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i > at && i < line.length() && Character.isLetter(line.charAt(i));
  }

  private static boolean endsInAmount(String s) {
    return s.strip().matches("(?s).*\\d");
  }

  private static String firstYear(String s) {
    Matcher y = YEAR.matcher(s);
    return y.find() ? y.group() : null;
  }

  /** A line (or reflowed paragraph) of running text ends the table. */
  private static boolean isProse(String line) {
    String l = line.strip();
    if (!l.endsWith(".")) {
      return false;
    }
    String[] words = l.split("\\s+");
    int numbers = 0;
    for (String w : words) {
      if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '−')) {
        numbers++;
      }
    }
    return words.length >= 8 && numbers * 4 < words.length;
  }
}
