package nl.koers.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch dates as parliamentary papers write them: {@code 13 november 2024}, {@code 8 dec. jl.},
 * {@code 9 okt jl.}, {@code 9juni 2004}, ranges ({@code 26/27 oktober 1998}, {@code 20-21 juni},
 * {@code 24 en 25 juni a.s.}, {@code 31 mei en 1 juni 2023}). A range is dated by its first day.
 * Dates without a year are resolved against an anchor date: {@code jl.} (jongstleden) looks back,
 * {@code a.s.} (aanstaande) looks ahead, and a bare date takes the nearest year.
 */
public final class DutchDates {
  private static final Map<String, Integer> MONTHS = new TreeMap<>();

  /** The months' full names, January first. */
  private static final java.util.List<String> FULL_MONTHS =
      java.util.List.of(
          "januari",
          "februari",
          "maart",
          "april",
          "mei",
          "juni",
          "juli",
          "augustus",
          "september",
          "oktober",
          "november",
          "december");

  static {
    for (int i = 0; i < FULL_MONTHS.size(); i++) {
      MONTHS.put(FULL_MONTHS.get(i), i + 1);
    }
    String[][] abbreviations = {
      {"jan", "1"}, {"feb", "2"}, {"febr", "2"}, {"mrt", "3"}, {"apr", "4"}, {"jun", "6"},
      {"jul", "7"}, {"aug", "8"}, {"sep", "9"}, {"sept", "9"}, {"okt", "10"}, {"nov", "11"},
      {"dec", "12"}
    };
    for (String[] a : abbreviations) {
      MONTHS.put(a[0], Integer.parseInt(a[1]));
    }
  }

  private static final String MONTH =
      "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
          + "|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)";

  /**
   * A date, possibly a range, with groups {@code day}, {@code lastDay} (a range's last day in the
   * same month, optional), {@code month}, {@code year} (optional) and {@code rel} ({@code jl.} or
   * {@code a.s.}, optional). Case-insensitive.
   */
  public static final String DATE =
      "(?<day>[0-3]?\\d)(?:\\s*(?:[-–/]|en|tot(?: en met)?)\\s*(?<lastDay>[0-3]?\\d))?\\s?(?<month>"
          + MONTH
          + ")(?![\\p{L}])\\.?"
          + "(?:\\s*(?:[-–]|en|tot(?: en met)?)\\s*[0-3]?\\d\\s?"
          + MONTH
          + "(?![\\p{L}])\\.?)?"
          + "(?:\\s+(?<year>(?:1[89]|20)\\d{2})(?!\\d))?"
          + "(?:\\s*(?<rel>jl\\.?|jongstleden|a\\.s\\.?|aanstaande))?";

  public static final Pattern DATE_PATTERN =
      Pattern.compile(
          "(?=\\d)(?<![\\d\\p{L}])" + DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DutchDates() {}

  /** The Dutch name of month 1 to 12: {@code maart} for 3. */
  public static String monthName(int month) {
    return FULL_MONTHS.get(month - 1);
  }

  /** The month number of a Dutch month name or abbreviation, or 0. */
  public static int month(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    return m == null ? 0 : m;
  }

  /** The full date a {@link #DATE} match gives, or null when it has no year or is impossible. */
  public static LocalDate full(Matcher m) {
    if (m.group("year") == null) {
      return null;
    }
    return of(Integer.parseInt(m.group("year")), month(m.group("month")), m.group("day"));
  }

  /**
   * How far a date announced as coming may lie before the anchor, or a past one after it, and still
   * be this year's: a letter is often dated a few days after it was written, and an undated paper's
   * anchor is the latest date it mentions, which the paper itself follows. A week or two of slack
   * keeps {@code 24 en 25 juni a.s.} in a letter of late June in that June, not the next.
   */
  static final int SLACK_DAYS = 14;

  /**
   * The date a {@link #DATE} match gives, resolving a missing year against {@code anchor}; null if
   * it has no year and there is no anchor. {@code a.s.} takes the next occurrence whose last day is
   * not more than {@value #SLACK_DAYS} days before the anchor, {@code jl.} the last occurrence not
   * more than {@value #SLACK_DAYS} days after it, a bare date the nearest occurrence.
   */
  public static LocalDate resolve(Matcher m, LocalDate anchor) {
    LocalDate full = full(m);
    if (full != null) {
      return full;
    }
    if (anchor == null) {
      return null;
    }
    int month = month(m.group("month"));
    String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
    LocalDate same = of(anchor.getYear(), month, m.group("day"));
    if (same == null) {
      return null;
    }
    long span = rangeDays(m);
    if (rel.startsWith("j")) {
      return same.isAfter(anchor.plusDays(SLACK_DAYS)) ? same.minusYears(1) : same;
    }
    if (rel.startsWith("a")) {
      return same.plusDays(span).isBefore(anchor.minusDays(SLACK_DAYS)) ? same.plusYears(1) : same;
    }
    LocalDate best = same;
    for (LocalDate c : new LocalDate[] {same.minusYears(1), same.plusYears(1)}) {
      if (Math.abs(c.toEpochDay() - anchor.toEpochDay())
          < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The last day of the (resolved) date a {@link #DATE} match gives: the range's last day when it
   * is written in the same month ({@code 23 en 24 november 2020} ends on the 24th), else the date.
   */
  public static LocalDate lastDay(Matcher m, LocalDate resolved) {
    return resolved == null ? null : resolved.plusDays(rangeDays(m));
  }

  /** Days from a range's first to its last day in one month, 0 for a single day. */
  private static long rangeDays(Matcher m) {
    String last = m.group("lastDay");
    if (last == null) {
      return 0;
    }
    int days = Integer.parseInt(last) - Integer.parseInt(m.group("day"));
    return days > 0 && days < 7 ? days : 0;
  }

  private static LocalDate of(int year, int month, String day) {
    if (month == 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The anchor for resolving a date at {@code offset}: the document's own date if known, else the
   * latest full date written before the offset.
   */
  public static LocalDate anchor(
      java.util.NavigableMap<Integer, LocalDate> fullDates, int offset, String documentDate) {
    if (documentDate != null) {
      return LocalDate.parse(documentDate);
    }
    Map.Entry<Integer, LocalDate> before = fullDates.lowerEntry(offset);
    return before == null ? null : before.getValue();
  }

  /** Every full date in a text by its offset, for {@link #anchor}. */
  public static java.util.NavigableMap<Integer, LocalDate> fullDates(String text) {
    java.util.NavigableMap<Integer, LocalDate> dates = new TreeMap<>();
    Matcher m = DATE_PATTERN.matcher(text);
    while (m.find()) {
      LocalDate d = full(m);
      if (d != null) {
        dates.put(m.start(), d);
      }
    }
    return dates;
  }
}
