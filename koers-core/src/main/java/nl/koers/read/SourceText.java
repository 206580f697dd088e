package nl.koers.read;

import java.util.List;
import nl.koers.document.OffsetMap;
import nl.koers.document.TextSpan;

/**
 * Text as a reader produced it, before cleaning.
 *
 * @param text the decoded text with format markup removed
 * @param toOriginal offsets of {@code text} back to the decoded original file
 * @param format the reader's name
 * @param charset the charset the bytes were decoded with
 * @param headingLines spans of lines the source marks as headings (Markdown {@code #})
 */
public record SourceText(
    String text, OffsetMap toOriginal, String format, String charset, List<TextSpan> headingLines) {
  public SourceText {
    headingLines = List.copyOf(headingLines);
  }
}
