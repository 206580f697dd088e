package nl.koers.analyse;

import java.util.ArrayList;
import java.util.List;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;

/** The commitments of a set of papers, filtered like {@link FigureTable}. */
public final class CommitmentTable {
  /**
   * One commitment: who (normalised actor), what kind, the action (its verb phrase), when it is due
   * as printed (or null), whether it hangs on a condition, and the sentence as evidence.
   */
  public record Row(
      String paper,
      String date,
      boolean dateInferred,
      String actor,
      String kind,
      String action,
      String due,
      boolean conditional,
      String sentence,
      int begin,
      int end) {}

  private CommitmentTable() {}

  public static List<Row> rows(List<Document> papers, String entity, String topic) {
    List<Row> out = new ArrayList<>();
    for (Document d : papers) {
      PaperDate when = PaperDate.of(d);
      List<TextSpan> scope = Scope.of(d, entity, topic);
      for (Annotation a : d.annotations(AnnotationType.COMMITMENT)) {
        if (scope != null && !overlaps(scope, a.span())) {
          continue;
        }
        out.add(
            new Row(
                d.id(),
                when.date() == null ? null : when.date().toString(),
                when.inferred(),
                a.attribute("actor"),
                a.attribute("kind"),
                a.value(),
                a.attribute("due"),
                "true".equals(a.attribute("conditional")),
                d.quote(a.span()).replaceAll("\\s+", " ").strip(),
                a.span().begin(),
                a.span().end()));
      }
    }
    return out;
  }

  private static boolean overlaps(List<TextSpan> scope, TextSpan s) {
    for (TextSpan t : scope) {
      if (t.begin() < s.end() && s.begin() < t.end()) {
        return true;
      }
    }
    return false;
  }
}
