package nl.koers.document;

import java.util.Map;

/**
 * A typed claim about a span of the cleaned text: its {@code value} is the normalised fact (an ISO
 * date, a kst-id, a name), {@code attributes} carry the rest (the body of a meeting, the party of a
 * member).
 */
public record Annotation(
    AnnotationType type, TextSpan span, String value, Map<String, String> attributes) {

  public Annotation {
    attributes = Map.copyOf(attributes);
  }

  public static Annotation of(AnnotationType type, TextSpan span, String value) {
    return new Annotation(type, span, value, Map.of());
  }

  public String attribute(String key) {
    return attributes.get(key);
  }
}
