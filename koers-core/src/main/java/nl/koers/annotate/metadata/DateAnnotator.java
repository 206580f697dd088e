package nl.koers.annotate.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.annotate.AnnotatedText;
import nl.koers.annotate.Annotator;
import nl.koers.annotate.DutchDates;
import nl.koers.document.AnnotationType;

/**
 * The paper's own date, from the lines that state it: {@code Den Haag, 13 november 2024}, {@code
 * Vastgesteld 12 maart 2015}, {@code Voorgesteld 4 april 2013}, {@code Ontvangen 3 juli 2013},
 * answers' {@code (ontvangen 10 april 2012)}, questions' {@code (ingezonden 28 september 2020)},
 * Council conclusions' {@code Conclusies van de Raad (7 december 2020)}. A date merely mentioned in
 * the text is not the paper's date: no date line, no date.
 */
public final class DateAnnotator implements Annotator {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Date-line shapes in order of authority. */
  private static final List<Pattern> DATE_LINES =
      List.of(
          Pattern.compile("\\(ontvangen\\s+" + DutchDates.DATE + "\\)", FLAGS),
          Pattern.compile(
              "(?:^|\\s)(?:Den Haag|['’]s-Gravenhage|Brussel),\\s+" + DutchDates.DATE, FLAGS),
          Pattern.compile(
              "(?:^|\\n)\\s*(?:Vastgesteld|Voorgesteld|Ontvangen)(?:\\s+(?:tijdens|in)\\s+[^\\n]{0,80}?\\s+(?:van|op))?\\s+"
                  + DutchDates.DATE,
              FLAGS),
          Pattern.compile("\\(ingezonden\\s+" + DutchDates.DATE + "\\)", FLAGS),
          Pattern.compile(
              "Conclusies van de Raad[^\\n(]{0,160}\\(\\s*" + DutchDates.DATE + "\\s*\\)", FLAGS));

  private static final int HEADER_ZONE = 3000;

  @Override
  public String name() {
    return "date";
  }

  @Override
  public Set<String> requires() {
    return Set.of("header", "kind");
  }

  @Override
  public Set<String> produces() {
    return Set.of("date");
  }

  @Override
  public void annotate(AnnotatedText t) {
    String text = t.text();
    int zone = Math.min(text.length(), HEADER_ZONE);
    for (Pattern p : DATE_LINES) {
      Matcher m = p.matcher(text);
      m.region(0, zone);
      while (m.find()) {
        LocalDate d = DutchDates.full(m);
        if (d != null) {
          t.add(AnnotationType.DATE, m.start("day"), m.end(), d.toString());
          return;
        }
      }
    }
    if (t.value(AnnotationType.DOC_ID) != null && "other".equals(t.value(AnnotationType.KIND))) {
      // Papers such as an advice of the Raad van State are dated in their first sentence.
      Matcher m = DutchDates.DATE_PATTERN.matcher(text);
      m.region(0, zone);
      while (m.find()) {
        LocalDate d = DutchDates.full(m);
        if (d != null) {
          t.add(AnnotationType.DATE, m.start(), m.end(), d.toString());
          return;
        }
      }
    }
  }
}
