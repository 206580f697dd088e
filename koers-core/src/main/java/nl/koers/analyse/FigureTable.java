package nl.koers.analyse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.koers.annotate.figure.FigureFormat;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;

/**
 * The figures of a set of papers, one row each with its own quote: the clause the figure stands in,
 * so a sentence with three figures gives three different quotes, not the sentence three times. With
 * an entity, only figures in a sentence that mentions it; with a topic, only figures in a paragraph
 * about it.
 */
public final class FigureTable {
  /**
   * One figure. {@code value} is the fully scaled number (a plain decimal in CSV and JSON), {@code
   * display} the same for people ({@code € 474,3 mln}); {@code year} and {@code direction} null
   * when the text states none.
   */
  public record Row(
      String paper,
      String date,
      boolean dateInferred,
      String text,
      BigDecimal value,
      String display,
      String unit,
      String direction,
      String year,
      String measure,
      String quote,
      int begin,
      int end) {}

  /** How far around a figure its quote may reach. */
  private static final int REACH = 140;

  private FigureTable() {}

  public static List<Row> rows(List<Document> papers, String entity, String topic) {
    List<Row> out = new ArrayList<>();
    for (Document d : papers) {
      PaperDate when = PaperDate.of(d);
      List<TextSpan> scope = Scope.of(d, entity, topic);
      for (Annotation a : d.annotations(AnnotationType.FIGURE)) {
        if (scope != null && !Quotes.within(scope, a.span().begin())) {
          continue;
        }
        BigDecimal value = new BigDecimal(a.value());
        out.add(
            new Row(
                d.id(),
                when.date() == null ? null : when.date().toString(),
                when.inferred(),
                d.quote(a.span()),
                value,
                FigureFormat.human(value, a.attribute("unit"), a.attribute("direction")),
                a.attribute("unit"),
                a.attribute("direction"),
                a.attribute("year"),
                a.attribute("measure"),
                clause(d, a.span()),
                a.span().begin(),
                a.span().end()));
      }
    }
    return out;
  }

  /**
   * The clause around a figure within its sentence: from the last {@code ; : •} or comma before it
   * to the next one after it, at most {@value #REACH} characters either side.
   */
  static String clause(Document d, TextSpan figure) {
    TextSpan span = Quotes.sentenceAt(d, figure.begin());
    if (span.begin() > figure.begin() || span.end() < figure.end()) {
      span =
          new TextSpan(
              Math.max(0, figure.begin() - REACH),
              Math.min(d.text().length(), figure.end() + REACH));
    }
    String sentence = d.quote(span);
    int sb = span.begin();
    int at = figure.begin() - sb;
    int atEnd = Math.min(sentence.length(), figure.end() - sb);
    int b = Math.max(0, at - REACH);
    boolean cutB = b > 0;
    for (int i = at - 1; i >= b; i--) {
      if (boundary(sentence, i)) {
        b = i + 1;
        cutB = false;
        break;
      }
    }
    while (cutB && b < at && !Character.isWhitespace(sentence.charAt(b))) {
      b++; // start at a word, not inside one
    }
    int e = Math.min(sentence.length(), atEnd + REACH);
    boolean cutE = e < sentence.length();
    for (int i = atEnd; i < e; i++) {
      if (boundary(sentence, i)) {
        e = i;
        cutE = false;
        break;
      }
    }
    while (cutE && e > atEnd && !Character.isWhitespace(sentence.charAt(e))) {
      e--;
    }
    String q = sentence.substring(b, e).replaceAll("\\s+", " ").strip();
    // "… a een uitbreiding van Phare (van 1 miljard naar 1,5 miljard Euro op jaarbasis) …"
    return (b > 0 ? "… " : "") + q + (e < sentence.length() ? " …" : "");
  }

  /** A clause break: {@code ; : •}, or a comma followed by a space (not the one in "1,5"). */
  private static boolean boundary(String s, int i) {
    char c = s.charAt(i);
    return c == ';'
        || c == ':'
        || c == '•'
        || c == ',' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1));
  }
}
