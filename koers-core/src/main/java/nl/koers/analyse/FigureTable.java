package nl.koers.analyse;

import java.util.ArrayList;
import java.util.List;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;

/**
 * The figures of a set of papers, one row each with the sentence it stands in. With an entity, only
 * figures in a sentence that mentions it; with a topic, only figures in a paragraph about it.
 */
public final class FigureTable {
  /** One figure. {@code value} is the scaled number; {@code year} null when none is stated. */
  public record Row(
      String paper,
      String date,
      boolean dateInferred,
      String text,
      double value,
      String unit,
      String year,
      String measure,
      String sentence,
      int begin,
      int end) {}

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
        out.add(
            new Row(
                d.id(),
                when.date() == null ? null : when.date().toString(),
                when.inferred(),
                d.quote(a.span()),
                Double.parseDouble(a.value()),
                a.attribute("unit"),
                a.attribute("year"),
                a.attribute("measure"),
                Quotes.sentence(d, a.span().begin()),
                a.span().begin(),
                a.span().end()));
      }
    }
    return out;
  }
}
