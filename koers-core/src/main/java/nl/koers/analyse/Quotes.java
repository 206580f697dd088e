package nl.koers.analyse;

import java.util.List;
import nl.koers.document.Document;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.document.TextSpan;

/** The sentence or paragraph around an offset: the quote that proves a claim. */
public final class Quotes {
  private static final int MAX = 600;

  private Quotes() {}

  /** The span of the sentence holding {@code offset}, else of its paragraph, else a window. */
  public static TextSpan sentenceAt(Document d, int offset) {
    TextSpan paragraph = null;
    for (Segment s : d.segments()) {
      if (s.span().begin() <= offset && offset < s.span().end()) {
        if (s.type() == SegmentType.SENTENCE) {
          return s.span();
        }
        if (s.type().isPassage()) {
          paragraph = s.span();
        }
      }
    }
    if (paragraph != null && paragraph.end() - paragraph.begin() <= MAX) {
      return paragraph;
    }
    int b = Math.max(0, offset - MAX / 2);
    return new TextSpan(b, Math.min(d.text().length(), b + MAX));
  }

  /** The text of {@link #sentenceAt}, whitespace collapsed. */
  public static String sentence(Document d, int offset) {
    return d.quote(sentenceAt(d, offset)).replaceAll("\\s+", " ").strip();
  }

  /** True when a span of the document lies within one of the given spans. */
  static boolean within(List<TextSpan> spans, int offset) {
    for (TextSpan s : spans) {
      if (s.begin() <= offset && offset < s.end()) {
        return true;
      }
    }
    return false;
  }
}
