package nl.koers.clean;

import java.util.List;
import nl.koers.document.OffsetMap;
import nl.koers.document.Segment;

/** Cleaned text, its offsets back to the original, and its structural segments. */
public record CleanText(String text, OffsetMap offsets, List<Segment> segments) {
  public CleanText {
    segments = List.copyOf(segments);
  }
}
