package nl.koers.document;

/** A structural unit of the cleaned text; {@code label} is a footnote number or null. */
public record Segment(SegmentType type, TextSpan span, String label) {
  public static Segment of(SegmentType type, int begin, int end) {
    return new Segment(type, new TextSpan(begin, end), null);
  }
}
