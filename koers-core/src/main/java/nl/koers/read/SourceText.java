package nl.koers.read;

import java.util.List;
import java.util.Map;
import nl.koers.document.OffsetMap;
import nl.koers.document.TextSpan;

/**
 * Text as a reader produced it, before cleaning.
 *
 * @param text the decoded text with format markup removed
 * @param toOriginal offsets of {@code text} back to the decoded original file (identity for binary
 *     formats, whose "original" is the text the format carries)
 * @param format the format's name ({@code text}, {@code markdown}, {@code pdf}, {@code koop-xml}…)
 * @param charset the charset the bytes were decoded with, or the format's own
 * @param headingLines spans of lines the source marks as headings (Markdown {@code #}, {@code
 *     <h2>})
 * @param tables spans of tables the source marks as such: one row per line, cells separated by a
 *     tab
 * @param links spans the source links to another paper ({@code <extref doc="kst-…">})
 * @param metadata what the source says about itself, by {@link SourceMetadata} key
 * @param notes per-file remarks worth showing a user (a page without text layer)
 */
public record SourceText(
    String text,
    OffsetMap toOriginal,
    String format,
    String charset,
    List<TextSpan> headingLines,
    List<TextSpan> tables,
    List<SourceLink> links,
    Map<String, String> metadata,
    List<String> notes) {
  public SourceText {
    headingLines = List.copyOf(headingLines);
    tables = List.copyOf(tables);
    links = List.copyOf(links);
    metadata = Map.copyOf(metadata);
    notes = List.copyOf(notes);
  }

  /** Text without structure beyond its headings, from the text formats. */
  public SourceText(
      String text, OffsetMap toOriginal, String format, String charset, List<TextSpan> headings) {
    this(text, toOriginal, format, charset, headings, List.of(), List.of(), Map.of(), List.of());
  }

  /** This text with metadata from elsewhere (a sidecar file); values given here win. */
  public SourceText withMetadata(Map<String, String> more) {
    Map<String, String> merged = new java.util.LinkedHashMap<>(metadata);
    merged.putAll(more);
    return new SourceText(
        text, toOriginal, format, charset, headingLines, tables, links, merged, notes);
  }
}
