package nl.koers.analyse;

import java.util.ArrayList;
import java.util.List;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;

/**
 * The parts of a paper that concern a subject: sentences naming an entity, paragraphs on a topic.
 */
final class Scope {
  private Scope() {}

  /** Null when neither entity nor topic is given: the whole paper. */
  static List<TextSpan> of(Document d, String entity, String topic) {
    if (entity == null && topic == null) {
      return null;
    }
    List<TextSpan> spans = new ArrayList<>();
    for (Annotation a : d.annotations()) {
      if (entity != null && a.type() == AnnotationType.ENTITY && a.value().equals(entity)) {
        spans.add(Quotes.sentenceAt(d, a.span().begin()));
      }
      if (topic != null && a.type() == AnnotationType.TOPIC && a.value().equals(topic)) {
        spans.add(a.span());
      }
    }
    return spans;
  }
}
