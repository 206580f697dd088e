package nl.koers.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The structural units a cleaned paper is cut into. */
public enum SegmentType {
  /** A section heading line. */
  HEADING,
  /** A running-text paragraph. */
  PARAGRAPH,
  /** A numbered point ({@code 3. Gezien de ...}); also a paragraph. */
  NUMBERED_POINT,
  /** A sentence inside a paragraph, numbered point or footnote. */
  SENTENCE,
  /** A footnote moved out of the running text; its label is the footnote number. */
  FOOTNOTE,
  /** The place in the running text where a footnote was referred to; an empty span. */
  FOOTNOTE_REF,
  /** A table the source marked as one: a line per row, cells separated by a tab. */
  TABLE,
  /** A running page footer ({@code Tweede Kamer, vergaderjaar ..., nr. 2244 4}). */
  PAGE_FOOTER;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether segments of this type hold running text worth indexing as a passage. */
  public boolean isPassage() {
    return this == PARAGRAPH
        || this == NUMBERED_POINT
        || this == HEADING
        || this == FOOTNOTE
        || this == TABLE;
  }
}
