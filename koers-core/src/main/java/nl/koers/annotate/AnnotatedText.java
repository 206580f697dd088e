package nl.koers.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.document.TextSpan;

/** The working state annotators read and add to. Not thread-safe: one per document. */
public final class AnnotatedText {
  private final String fileName;
  private final String text;
  private final List<Segment> segments;
  private final List<Annotation> annotations = new ArrayList<>();

  public AnnotatedText(String fileName, String text, List<Segment> segments) {
    this.fileName = fileName;
    this.text = text;
    this.segments = new ArrayList<>(segments);
  }

  public String fileName() {
    return fileName;
  }

  public String text() {
    return text;
  }

  public List<Segment> segments() {
    return segments;
  }

  public List<Segment> segments(SegmentType type) {
    return segments.stream().filter(s -> s.type() == type).toList();
  }

  public void addSegment(Segment segment) {
    segments.add(segment);
  }

  public List<Annotation> annotations() {
    return annotations;
  }

  public Annotation add(AnnotationType type, int begin, int end, String value) {
    return add(type, begin, end, value, Map.of());
  }

  public Annotation add(
      AnnotationType type, int begin, int end, String value, Map<String, String> attributes) {
    Annotation a = new Annotation(type, new TextSpan(begin, end), value, attributes);
    annotations.add(a);
    return a;
  }

  /** The value of the first annotation of a type, or null. */
  public String value(AnnotationType type) {
    for (Annotation a : annotations) {
      if (a.type() == type) {
        return a.value();
      }
    }
    return null;
  }

  public List<Annotation> annotations(AnnotationType type) {
    return annotations.stream().filter(a -> a.type() == type).toList();
  }

  /** The text of a segment. */
  public String quote(Segment s) {
    return s.span().of(text);
  }
}
