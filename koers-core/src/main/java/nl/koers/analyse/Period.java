package nl.koers.analyse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.koers.document.Document;

/**
 * A period as users write it on both sides of a comparison: a year ({@code 2018}), a quarter
 * ({@code 2020-Q4}) or a month ({@code 2024-11}).
 */
public final class Period {
  private static final Pattern FORM = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");

  private Period() {}

  /** Whether {@code key} is written as a period. */
  public static boolean isPeriod(String key) {
    return key != null && FORM.matcher(key).matches();
  }

  /** Whether {@code date} falls in the period {@code key}. */
  public static boolean contains(String key, LocalDate date) {
    if (date == null) {
      return false;
    }
    String y = Integer.toString(date.getYear());
    String q = y + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    String m = String.format(Locale.ROOT, "%s-%02d", y, date.getMonthValue());
    return key.equals(y) || key.equals(q) || key.equals(m);
  }

  /** The first and last day of the period; {@code key} must be a period. */
  public static LocalDate[] range(String key) {
    int year = Integer.parseInt(key.substring(0, 4));
    if (key.length() == 4) {
      return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }
    if (key.charAt(5) == 'Q') {
      LocalDate first = LocalDate.of(year, (key.charAt(6) - '1') * 3 + 1, 1);
      return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
    }
    LocalDate first = LocalDate.of(year, Integer.parseInt(key.substring(5)), 1);
    return new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
  }

  /** The papers dated (stated or inferred) in the period. */
  public static List<Document> papersIn(String key, List<Document> papers) {
    return papers.stream().filter(d -> contains(key, PaperDate.of(d).date())).toList();
  }
}
