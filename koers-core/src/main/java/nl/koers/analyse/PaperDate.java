package nl.koers.analyse;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.DutchDates;
import nl.koers.document.Document;

/**
 * When a paper was written: its own date when it states one, else a date inferred from its text and
 * flagged as such, with the basis named. Inference, in order: a full date in the opening lines (a
 * report's heading names its meeting); the latest full date mentioned that is not announced as
 * coming ({@code a.s.}) and not past the year after the year the paper names most; that most-named
 * year, refined by the latest {@code jl.} date in it. An inferred date is never earlier than an
 * event the paper reports as past: a {@code jl.} date ({@code geïnformeerd op 23 november jl.}) or
 * a full date whose clause says it took place ({@code die op 23 en 24 november 2020 plaatsvond});
 * the paper is then dated the day that event ended, with basis {@code after an event reported as
 * past}.
 *
 * @param date null when nothing in the text dates the paper
 * @param basis {@code stated}, {@code heading}, {@code latest date mentioned}, {@code year named
 *     most}, {@code after an event reported as past}
 */
public record PaperDate(LocalDate date, boolean inferred, String basis) {
  private static final int OPENING = 400;

  /** A year, also inside a web address ({@code /documenten/2025/09/}), not a document number. */
  private static final Pattern YEAR =
      Pattern.compile(
          "(?=[12])(?<![\\d.,-])(?<!nr\\. )(?<!nrs\\. )((?:19[4-9]|20\\d)\\d)(?![\\d.,])");

  /** Words after a date in its clause that say the dated event has taken place. */
  private static final Pattern TOOK_PLACE =
      Pattern.compile(
          "[^.;:?!]{0,60}?(?<![\\p{L}])(?:plaatsvond(?:en)?|vond(?:en)?\\s[^.;:?!]{0,50}?plaats"
              + "|(?:heeft|hebben|had|hadden)\\s+plaatsgevonden|(?:werd|werden)\\s+gehouden"
              + "|bijeenkwam(?:en)?)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  public static PaperDate of(Document d) {
    if (d.facts().date() != null) {
      return new PaperDate(LocalDate.parse(d.facts().date()), false, "stated");
    }
    PaperDate guess = guess(d.text());
    if (guess.date() == null) {
      return guess;
    }
    LocalDate past = latestPastEvent(d.text(), guess.date());
    return past != null && past.isAfter(guess.date())
        ? new PaperDate(past, true, "after an event reported as past")
        : guess;
  }

  /**
   * The end of the latest event the text reports as past, with {@code jl.} dates resolved against
   * {@code anchor}; null when there is none.
   */
  static LocalDate latestPastEvent(String text, LocalDate anchor) {
    LocalDate latest = null;
    Matcher m = DutchDates.DATE_PATTERN.matcher(text);
    Matcher after = TOOK_PLACE.matcher(text);
    while (m.find()) {
      String rel = m.group("rel");
      LocalDate end = null;
      if (rel != null && rel.toLowerCase(java.util.Locale.ROOT).startsWith("j")) {
        end = DutchDates.lastDay(m, DutchDates.resolve(m, anchor));
      } else if (rel == null && DutchDates.full(m) != null) {
        after.region(m.end(), Math.min(text.length(), m.end() + 120));
        if (after.lookingAt()) {
          end = DutchDates.lastDay(m, DutchDates.full(m));
        }
      }
      if (end != null && (latest == null || end.isAfter(latest))) {
        latest = end;
      }
    }
    return latest;
  }

  /** The date the text suggests before past events are weighed. */
  private static PaperDate guess(String text) {
    int mostNamed = mostNamedYear(text);
    LocalDate heading = null;
    LocalDate latest = null;
    Matcher m = DutchDates.DATE_PATTERN.matcher(text);
    while (m.find()) {
      LocalDate full = DutchDates.full(m);
      if (full == null) {
        continue;
      }
      if (m.start() < OPENING && heading == null) {
        heading = full;
      }
      String rel = m.group("rel");
      boolean coming = rel != null && rel.toLowerCase(java.util.Locale.ROOT).startsWith("a");
      boolean tooLate = mostNamed > 0 && full.getYear() > mostNamed + 1;
      if (!coming && !tooLate && (latest == null || full.isAfter(latest))) {
        latest = full;
      }
    }
    if (heading != null) {
      return new PaperDate(heading, true, "heading");
    }
    if (latest != null) {
      return new PaperDate(latest, true, "latest date mentioned");
    }
    if (mostNamed > 0) {
      LocalDate anchor = LocalDate.of(mostNamed, 12, 31);
      LocalDate best = null;
      m.reset();
      while (m.find()) {
        String rel = m.group("rel");
        if (rel != null && rel.toLowerCase(java.util.Locale.ROOT).startsWith("j")) {
          LocalDate r = DutchDates.resolve(m, anchor);
          if (r != null && (best == null || r.isAfter(best))) {
            best = r;
          }
        }
      }
      return new PaperDate(
          best != null ? best : LocalDate.of(mostNamed, 7, 1), true, "year named most");
    }
    return new PaperDate(null, true, "none");
  }

  /**
   * The year written most often in the text, or 0; on a tie the earlier, since a later year is
   * usually a target ({@code 5% in 2035}) rather than the present.
   */
  static int mostNamedYear(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      counts.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
    }
    int best = 0;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
