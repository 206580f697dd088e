package nl.koers.document;

/** A half-open range {@code [begin, end)} of UTF-16 offsets over a document's cleaned text. */
public record TextSpan(int begin, int end) {
  public TextSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(TextSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** The quoted text of this span. */
  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }
}
