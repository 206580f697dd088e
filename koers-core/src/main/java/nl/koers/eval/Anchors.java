package nl.koers.eval;

import java.util.Locale;
import nl.koers.document.Document;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.document.TextSpan;

/**
 * Finds a label's sentence in a paper's cleaned text by its anchor: a few consecutive words copied
 * from the sentence, matched ignoring case and whitespace (line breaks and double spaces in the
 * cleaned text do not break a match). The labelled unit is the sentence segment that holds the
 * anchor's first character. Stateless.
 */
public final class Anchors {
  private Anchors() {}

  /**
   * The sentence holding the anchor, or null when the anchor is absent (a broken label) or blank.
   * When the anchor occurs more than once the first occurrence wins; label files should pick
   * anchors that are unique.
   */
  public static TextSpan sentence(Document d, String anchor) {
    int at = find(d.text(), anchor);
    if (at < 0) {
      return null;
    }
    for (Segment s : d.segments(SegmentType.SENTENCE)) {
      if (s.span().begin() <= at && at < s.span().end()) {
        return s.span();
      }
    }
    // text outside any sentence (a heading): the line around the anchor is the unit
    String text = d.text();
    int b = text.lastIndexOf('\n', at) + 1;
    int e = text.indexOf('\n', at);
    return new TextSpan(b, e < 0 ? text.length() : e);
  }

  /** The offset in {@code text} where the anchor starts, or -1. */
  static int find(String text, String anchor) {
    String needle = squeeze(anchor == null ? "" : anchor, null);
    if (needle.isEmpty()) {
      return -1;
    }
    int[] map = new int[text.length()];
    String hay = squeeze(text, map);
    int i = hay.indexOf(needle);
    return i < 0 ? -1 : map[i];
  }

  /** Lower case with all whitespace removed; {@code map} receives each kept char's offset. */
  private static String squeeze(String s, int[] map) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        continue;
      }
      if (map != null) {
        map[out.length()] = i;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
